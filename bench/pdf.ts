/**
 * PDF figures on a generated 100-page Chinese report (tests/support/pdf-fixtures.ts: one chapter a page,
 * running header, page numbers, text in a non-embedded CID font read through the CMaps):
 * - `pdf.extractMsPerPage`: our extraction in Node (open + text per page + lines, paragraphs, page map,
 *   front matter), median of runs, per page; `pdf.pdfjsTextMsPerPage` is pdf.js alone on the same file
 *   (open + `getTextContent` of every page), the baseline of `pdf.extractVsPdfjs`;
 * - `pdf.detectMs`: detection on the extracted text (the reader runs it once the text is read);
 * - `pdf.anchor.totalMs`: placing 200 stored highlights (quote + position + page selectors, spread
 *   over the document) in its text, as the reader does on reopening, median of runs, in Node; its
 *   `longestChunkMs` is the longest stretch between two yields to the event loop;
 * - `pdf.readerFirstPageMs` and `pdf.readerSuggestionsMs` in real Chromium (bench/pdf-reader.ts).
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { NODE_PDF_RESOURCES } from '@/cli/pdf-node';
import { detect } from '@/utils/detect';
import {
  describePdfPassage,
  extractPdf,
  openPdf,
  pdfDocumentParams,
  pdfTextModel,
  placePdfClips,
  type GetDocument,
  type PdfDocumentLike,
  type PdfPageText,
} from '@/utils/pdf';
import type { AreaBench } from './context';
import { withFreshChromeBuild } from './fresh-build';
import { readerFigures } from './pdf-reader';
import { median } from './stats';

const PAGES = 100;
const RUNS = 7;

const HIGHLIGHTS = 200;

/** Places 200 highlights spread over the text: total time (median of runs) and the longest chunk. */
async function timeAnchoring(
  text: string,
  pages: PdfPageText[],
): Promise<{ totalMs: number; longestChunkMs: number }> {
  const model = pdfTextModel(text);
  const step = Math.floor(text.length / HIGHLIGHTS);
  const list = Array.from({ length: HIGHLIGHTS }, (_, i) =>
    describePdfPassage(model, pages, i * step, i * step + 24),
  );
  const totals: number[] = [];
  let longest = 0;
  for (let run = 0; run < RUNS; run++) {
    let last = performance.now();
    const started = last;
    const yieldTo = async (): Promise<void> => {
      longest = Math.max(longest, performance.now() - last);
      await new Promise((resolve) => setTimeout(resolve, 0));
      last = performance.now();
    };
    const placed = await placePdfClips(model, list, { yieldTo });
    longest = Math.max(longest, performance.now() - last);
    totals.push(performance.now() - started);
    if (placed.some((p) => !p.ok)) throw new Error('bench: a highlight did not anchor');
  }
  return { totalMs: median(totals), longestChunkMs: longest };
}

async function timeExtraction(pdf: Uint8Array): Promise<{ ms: number; text: string; pages: PdfPageText[] }> {
  const started = performance.now();
  const opened = await openPdf(
    getDocument as unknown as GetDocument<PdfDocumentLike>,
    pdf.slice(),
    NODE_PDF_RESOURCES,
  );
  if (!opened.ok) throw new Error(`bench PDF refused: ${opened.message}`);
  const result = await extractPdf(opened.doc, 'https://example.cn/report.pdf');
  const ms = performance.now() - started;
  await opened.close();
  if (!result.ok) throw new Error(`bench PDF refused: ${result.message}`);
  return { ms, text: result.article.text, pages: result.pdf.pages };
}

async function timePdfjsText(pdf: Uint8Array): Promise<number> {
  const started = performance.now();
  const task = getDocument(pdfDocumentParams(pdf.slice(), NODE_PDF_RESOURCES));
  const doc = await task.promise;
  for (let n = 1; n <= doc.numPages; n++) await (await doc.getPage(n)).getTextContent();
  const ms = performance.now() - started;
  await task.destroy();
  return ms;
}

export const bench: AreaBench = async ({ root, chromePath }) => {
  const { multiPagePdf } = await import('@/tests/support/pdf-fixtures');
  const pdf = await multiPagePdf(PAGES);
  const ours: number[] = [];
  const baseline: number[] = [];
  let text = '';
  let pages: PdfPageText[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await timeExtraction(pdf);
    ours.push(run.ms);
    text = run.text;
    pages = run.pages;
    baseline.push(await timePdfjsText(pdf));
  }
  const detectRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    detect(text, { lang: 'zh-CN' });
    detectRuns.push(performance.now() - started);
  }
  const anchor = await timeAnchoring(text, pages);
  const reader = chromePath
    ? await withFreshChromeBuild(root, (dir) => readerFigures(dir, chromePath, pdf))
    : { skipped: 'no Chromium (set CHROME_PATH or install chromium)' };
  return {
    pdf: {
      corpus: `generated ${PAGES}-page Chinese report (${pdf.length} bytes, tests/support/pdf-fixtures.ts)`,
      extractMsPerPage: median(ours) / PAGES,
      pdfjsTextMsPerPage: median(baseline) / PAGES,
      extractVsPdfjs: median(ours) / median(baseline),
      detectMs: median(detectRuns),
      anchor: { ...anchor, highlights: HIGHLIGHTS, where: 'Node (the reader runs the same code)' },
      textLength: text.length,
      ...reader,
    },
  };
};
