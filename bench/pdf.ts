/**
 * PDF figures on a generated 100-page Chinese report (tests/support/pdf-fixtures.ts: one chapter a page,
 * running header, page numbers, text in a non-embedded CID font read through the CMaps):
 * - `pdf.extractMsPerPage`: our extraction in Node (open + text per page + lines, paragraphs, page map,
 *   front matter), median of runs, per page; `pdf.pdfjsTextMsPerPage` is pdf.js alone on the same file
 *   (open + `getTextContent` of every page), the baseline of `pdf.extractVsPdfjs`;
 * - `pdf.detectMs`: detection on the extracted text (the reader runs it once the text is read);
 * - `pdf.readerFirstPageMs` and `pdf.readerSuggestionsMs` in real Chromium (bench/pdf-reader.ts).
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { NODE_PDF_RESOURCES } from '@/cli/pdf-node';
import { detect } from '@/utils/detect';
import { extractPdf, openPdf, pdfDocumentParams, type GetDocument, type PdfDocumentLike } from '@/utils/pdf';
import type { AreaBench } from './context';
import { withFreshChromeBuild } from './fresh-build';
import { readerFigures } from './pdf-reader';

const PAGES = 100;
const RUNS = 7;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

async function timeExtraction(pdf: Uint8Array): Promise<{ ms: number; text: string }> {
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
  return { ms, text: result.article.text };
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
  for (let i = 0; i < RUNS; i++) {
    const run = await timeExtraction(pdf);
    ours.push(run.ms);
    text = run.text;
    baseline.push(await timePdfjsText(pdf));
  }
  const detectRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    detect(text, { lang: 'zh-CN' });
    detectRuns.push(performance.now() - started);
  }
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
      textLength: text.length,
      ...reader,
    },
  };
};
