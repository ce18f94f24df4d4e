/**
 * pdf.js in the extension: the modern build, its worker as a file of the extension (Vite's `?url`),
 * the CMaps, standard fonts and wasm decoders the build copies under `pdfjs/` (wxt.config.ts), and the
 * viewer with its text layer. The PDF's own code never runs: fonts are not compiled with `eval`
 * (utils/pdf/open.ts), XFA is off, forms render read-only, and no scripting manager is created.
 */
import * as pdfjs from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import 'pdfjs-dist/web/pdf_viewer.css';
import { browser } from 'wxt/browser';
import type { GetDocument, PdfResources } from '@/utils/pdf';

export type { PDFDocumentProxy };

/** Where the build put pdf.js's data files (see `PDFJS_ASSETS` in wxt.config.ts). */
export function pdfResources(): PdfResources {
  const url = (path: string): string => browser.runtime.getURL(`/pdfjs/${path}/` as '/');
  return {
    cMapUrl: url('cmaps'),
    standardFontDataUrl: url('standard_fonts'),
    wasmUrl: url('wasm'),
    iccUrl: url('iccs'),
  };
}

/**
 * Starts pdf.js's worker (its 1.2 MB script parses while the PDF downloads, not after) and gives the
 * document loader that uses it. pdf.js's documented way: a worker port set before `getDocument`.
 */
export function startPdfWorker(): GetDocument<PDFDocumentProxy> {
  pdfjs.GlobalWorkerOptions.workerPort ??= new Worker(workerUrl, { type: 'module' });
  return (params) => pdfjs.getDocument(params);
}

export interface PdfViewerHandle {
  setDocument(doc: PDFDocumentProxy): void;
  goToPage(page: number): void;
  /** Called with each page number whose text layer has been drawn (pages render as they scroll into view). */
  onTextLayer(listener: (page: number) => void): void;
  /** The page's element (null before the document is set). */
  pageElement(page: number): HTMLElement | null;
  /**
   * The text layer's span of each text item of the page, in the order of `getTextContent` (an item with
   * no text has a span that is not in the document); null while the page has no text layer.
   */
  textSpans(page: number): readonly HTMLElement[] | null;
}

/** What the viewer's page views expose of their text layer (`TextHighlighter.textDivs`, as pdf.js's own find and autolinker read it). */
interface PageViewLike {
  div?: HTMLElement;
  _textHighlighter?: { textDivs?: HTMLElement[] | null };
}

/** The pdf.js viewer in `container` (absolutely positioned, as pdf.js requires) around `viewer`. */
export async function createViewer(
  container: HTMLDivElement,
  viewer: HTMLDivElement,
): Promise<PdfViewerHandle> {
  // The viewer components read pdf.js from this global: set it before loading them.
  (globalThis as { pdfjsLib?: unknown }).pdfjsLib = pdfjs;
  const { EventBus, PDFLinkService, PDFViewer, LinkTarget } = await import('pdfjs-dist/web/pdf_viewer.mjs');
  const eventBus = new EventBus();
  const linkService = new PDFLinkService({
    eventBus,
    externalLinkTarget: LinkTarget.BLANK,
    externalLinkRel: 'noopener noreferrer nofollow',
  });
  const pdfViewer = new PDFViewer({
    container,
    viewer,
    eventBus,
    linkService,
    textLayerMode: 1,
    annotationMode: pdfjs.AnnotationMode.ENABLE,
  });
  linkService.setViewer(pdfViewer);
  eventBus.on('pagesinit', () => {
    pdfViewer.currentScaleValue = 'page-width';
  });
  return {
    setDocument(doc) {
      pdfViewer.setDocument(doc);
      linkService.setDocument(doc, null);
    },
    goToPage(page) {
      linkService.goToPage(page);
    },
    onTextLayer(listener) {
      eventBus.on('textlayerrendered', (event: { pageNumber: number }) => listener(event.pageNumber));
    },
    pageElement(page) {
      return (pdfViewer.getPageView(page - 1) as PageViewLike | undefined)?.div ?? null;
    },
    textSpans(page) {
      const view = pdfViewer.getPageView(page - 1) as PageViewLike | undefined;
      return view?._textHighlighter?.textDivs ?? null;
    },
  };
}
