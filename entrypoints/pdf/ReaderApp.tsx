/**
 * The PDF reader page: gets the PDF at `?url=`, shows it in pdf.js's viewer (pages render as they
 * scroll into view, each with its text layer), reads its text page by page (progress, Stop) and lists
 * the suggestions. Every failure is worded from its code in the UI language. The original address
 * stays at the top: it is what a quote from this PDF is cited to.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PageHighlights } from '@/components/popup/PageHighlights';
import { localize, useI18n } from '@/components/i18n';
import type { UserText } from '@/utils/messages/user-text';
// Straight from the modules, not the index: the index brings detection, which loads later (read-text.ts).
import type { PdfAnalysis } from '@/utils/pdf';
import { openPdf, type GetDocument } from '@/utils/pdf/open';
import { fileNameTitle } from '@/utils/pdf/article';
import { pdfFailureText } from '@/utils/pdf/failure-text';
import type { PdfDownload } from './fetch-pdf';
import { READER_MARKS } from './marks';
import { createViewer, pdfResources, type PDFDocumentProxy, type PdfViewerHandle } from './pdfjs';
import { PasswordForm } from './PasswordForm';
import { SourceBar } from './SourceBar';
import { SuggestionsPanel } from './SuggestionsPanel';
import { usePdfHighlights } from './usePdfHighlights';

/** How long reading the text waits for the first page to show (a first page without text draws no text layer). */
const FIRST_PAGE_WAIT_MS = 1500;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

type Stage =
  | { kind: 'downloading'; received: number; total: number | null }
  | { kind: 'opening' }
  | { kind: 'failed'; text: UserText; askPassword: boolean }
  | { kind: 'open'; pageCount: number };

type Reading =
  | { kind: 'idle' }
  | { kind: 'reading'; done: number; total: number }
  | { kind: 'done'; analysis: Extract<PdfAnalysis, { ok: true }> }
  | { kind: 'failed'; text: UserText; cancelled: boolean };

interface Props {
  /** The PDF's own address (null when the reader's address names none it may read). */
  url: URL | null;
  /** Its download, started before the page rendered (null with no address). */
  download: PdfDownload | null;
  loadPdf: GetDocument<PDFDocumentProxy>;
}

export function ReaderApp({ url, download, loadPdf }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const container = useRef<HTMLDivElement>(null);
  const viewerElement = useRef<HTMLDivElement>(null);
  const viewer = useRef<PdfViewerHandle | null>(null);
  const doc = useRef<PDFDocumentProxy | null>(null);
  const bytes = useRef<Uint8Array | null>(null);
  const reading = useRef<AbortController | null>(null);
  /** Resolves when the first text layer is drawn: reading the text waits for it (one worker serves both). */
  const firstTextLayer = useRef(Promise.withResolvers<void>());
  const [stage, setStage] = useState<Stage>({ kind: 'downloading', received: 0, total: null });
  const [result, setResult] = useState<Reading>({ kind: 'idle' });
  const [shownViewer, setShownViewer] = useState<PdfViewerHandle | null>(null);
  /** Where the selection ends on screen, for its Highlight button; null when nothing is selected. */
  const [selectionAt, setSelectionAt] = useState<{ x: number; y: number } | null>(null);
  const analysis = result.kind === 'done' ? result.analysis : null;
  const hl = usePdfHighlights(shownViewer, analysis, url?.href ?? '', {
    highlighted: (n) => t('pdfHighlighted', n),
    deleted: t('statusDeleted'),
    nothing: t('pdfSelectFirst'),
  });
  const latest = useRef(hl);
  latest.current = hl;

  const fail = (text: UserText, askPassword = false): void => setStage({ kind: 'failed', text, askPassword });

  async function read(opened: PDFDocumentProxy): Promise<void> {
    reading.current?.abort();
    const controller = new AbortController();
    reading.current = controller;
    setResult({ kind: 'reading', done: 0, total: opened.numPages });
    const { readPdfText } = await import('./read-text');
    const analysis = await readPdfText(opened, url?.href ?? '', {
      signal: controller.signal,
      onProgress: ({ done, total }) => setResult({ kind: 'reading', done, total }),
    });
    if (analysis.ok) {
      document.title = `${analysis.article.title} · ${t('extName')}`;
      setResult({ kind: 'done', analysis });
      performance.mark(READER_MARKS.suggestions);
    } else {
      setResult({ kind: 'failed', text: pdfFailureText(analysis), cancelled: analysis.code === 'cancelled' });
    }
  }

  async function open(password?: string): Promise<void> {
    if (!bytes.current) return;
    setStage({ kind: 'opening' });
    // pdf.js takes the buffer it is given: keep ours for a retry with a password.
    const opened = await openPdf(loadPdf, bytes.current.slice(), pdfResources(), { password });
    if (!opened.ok) {
      fail(pdfFailureText(opened), opened.code === 'password');
      return;
    }
    doc.current = opened.doc;
    bytes.current = null;
    setStage({ kind: 'open', pageCount: opened.doc.numPages });
    viewer.current?.setDocument(opened.doc);
    // The first page first: reading every page's text would queue ahead of its rendering in the worker.
    await Promise.race([firstTextLayer.current.promise, sleep(FIRST_PAGE_WAIT_MS)]);
    await read(opened.doc);
  }

  useEffect(() => {
    void (async () => {
      if (!url || !download) return fail(pdfFailureText({ code: 'bad-url' }));
      document.title = `${fileNameTitle(url.href)} · ${t('extName')}`;
      const created = createViewer(
        container.current as HTMLDivElement,
        viewerElement.current as HTMLDivElement,
      );
      download.onProgress((received, total) => setStage({ kind: 'downloading', received, total }));
      const fetched = await download.result;
      viewer.current = await created;
      setShownViewer(viewer.current);
      let marked = false;
      viewer.current.onTextLayer(() => {
        if (!marked) performance.mark(READER_MARKS.firstTextLayer);
        marked = true;
        firstTextLayer.current.resolve();
      });
      if (!fetched.ok) return fail(pdfFailureText(fetched.failure));
      bytes.current = fetched.bytes;
      await open();
    })();
    // The highlight shortcut (Alt+Shift+H) works here as on web pages.
    const onCommand = (command: string): void => {
      if (command === 'highlight-selection' && document.hasFocus()) latest.current.highlightSelection();
    };
    browser.commands?.onCommand.addListener(onCommand);
    return () => {
      browser.commands?.onCommand.removeListener(onCommand);
      download?.abort();
      reading.current?.abort();
      void doc.current?.destroy();
    };
  }, []);

  function trackSelection(): void {
    const selection = document.getSelection();
    const range =
      selection && !selection.isCollapsed && selection.rangeCount ? selection.getRangeAt(0) : null;
    const rect =
      range && container.current?.contains(range.endContainer) ? range.getBoundingClientRect() : null;
    setSelectionAt(rect ? { x: rect.right, y: rect.bottom + 4 } : null);
  }

  return (
    <div class="reader">
      <SourceBar url={url} pageCount={stage.kind === 'open' ? stage.pageCount : null} />
      <main class="reader-body">
        <div class="viewer-area">
          <div
            class="viewer-frame"
            ref={container}
            tabIndex={0}
            onMouseUp={(e) => {
              trackSelection();
              // A click on a painted passage (not the end of a selection) selects it in the list.
              if (document.getSelection()?.isCollapsed) {
                const id = hl.painter.current?.idAt(e.clientX, e.clientY);
                if (id) hl.setSelected(id);
              }
            }}
            onKeyUp={trackSelection}
            onScroll={() => selectionAt && setSelectionAt(null)}
          >
            <div class="pdfViewer" ref={viewerElement} />
          </div>
          {selectionAt && analysis && (
            <button
              type="button"
              class="selection-action"
              data-testid="pdf-highlight-selection"
              style={{ left: `${selectionAt.x}px`, top: `${selectionAt.y}px` }}
              // Keep the selection: the click must not move the focus out of the text.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                setSelectionAt(null);
                hl.highlightSelection();
              }}
            >
              {t('highlightSelection')}
            </button>
          )}
        </div>
        <aside class="panel" aria-live="polite">
          {stage.kind === 'downloading' && (
            <p class="status">
              {t('pdfDownloading')}{' '}
              {stage.total ? <progress max={stage.total} value={stage.received} /> : null}
            </p>
          )}
          {stage.kind === 'opening' && <p class="status">{t('pdfOpening')}</p>}
          {stage.kind === 'failed' && (
            <div class="failure" role="alert">
              <p>{localize(i18n, stage.text)}</p>
              {stage.askPassword && <PasswordForm onSubmit={(password) => void open(password)} />}
            </div>
          )}
          {result.kind === 'reading' && (
            <div class="status" data-testid="pdf-reading">
              <p>{t('pdfReadingPages', result.done, result.total)}</p>
              <progress max={result.total} value={result.done} />{' '}
              <button type="button" data-testid="pdf-stop" onClick={() => reading.current?.abort()}>
                {t('pdfStop')}
              </button>
            </div>
          )}
          {result.kind === 'failed' && (
            <div class="failure" role="alert">
              <p>{localize(i18n, result.text)}</p>
              {result.cancelled && doc.current && (
                <button
                  type="button"
                  data-testid="pdf-read-again"
                  onClick={() => doc.current && void read(doc.current)}
                >
                  {t('pdfReadAgain')}
                </button>
              )}
            </div>
          )}
          {hl.status && (
            <p class={hl.status.error ? 'status error' : 'status'} role="status" data-testid="pdf-status">
              {hl.status.text}
            </p>
          )}
          {analysis && hl.data && hl.data.clips.length > 0 && (
            <section class="pdf-highlights popup" aria-label={t('readerHighlights')}>
              <h2 class="panel-heading">
                {t('readerHighlights')} <span class="count">{hl.data.clips.length}</span>
              </h2>
              <PageHighlights
                clips={hl.data.clips}
                orphans={hl.orphans}
                orphansText={t('pdfOrphans', hl.orphans.size)}
                tagSuggestions={hl.data.tags}
                busy={hl.busy}
                onChange={hl.change}
                onDelete={hl.remove}
                onReattach={hl.reattach}
                selectedId={hl.selected}
                onShow={(id) => hl.show(id, (page) => viewer.current?.goToPage(page))}
              />
            </section>
          )}
          {analysis && (
            <SuggestionsPanel
              analysis={analysis}
              busy={hl.busy}
              onGoToPage={(page) => viewer.current?.goToPage(page)}
              onHighlight={hl.highlightFindings}
            />
          )}
        </aside>
      </main>
    </div>
  );
}
