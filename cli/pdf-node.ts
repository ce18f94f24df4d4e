/**
 * pdf.js in Node for the CLI, the tests and the bench: the legacy build (the modern one needs
 * `DOMMatrix`), its fake worker, and the CMaps, standard fonts and wasm decoders read from
 * node_modules. Then the same `utils/pdf` pipeline as the extension's reader.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  analyzePdfExtraction,
  extractPdf,
  openPdf,
  type GetDocument,
  type PdfAnalysis,
  type PdfDocumentLike,
  type PdfExtractOptions,
  type PdfResources,
} from '../utils/pdf';

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export const NODE_PDF_RESOURCES: PdfResources = {
  cMapUrl: join(PDFJS_DIR, 'cmaps/'),
  standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts/'),
  wasmUrl: join(PDFJS_DIR, 'wasm/'),
  iccUrl: join(PDFJS_DIR, 'iccs/'),
};

const nodeGetDocument = getDocument as unknown as GetDocument<PdfDocumentLike>;

export interface NodePdfOptions extends PdfExtractOptions {
  password?: string;
  /** Overrides where pdf.js finds its data (a test shows what happens without CMaps). */
  resources?: PdfResources;
}

/** PDF bytes (handed over: pdf.js detaches them) → the article, its findings and the PDF's facts. */
export async function analyzePdfBytes(
  bytes: Uint8Array,
  url: string,
  options: NodePdfOptions = {},
): Promise<PdfAnalysis> {
  const opened = await openPdf(nodeGetDocument, bytes, options.resources ?? NODE_PDF_RESOURCES, options);
  if (!opened.ok) return opened;
  try {
    return analyzePdfExtraction(await extractPdf(opened.doc, url, options));
  } finally {
    await opened.close();
  }
}
