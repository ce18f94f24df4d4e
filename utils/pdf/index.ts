/**
 * PDFs as articles: bytes → `Article` + `PdfFacts` (utils/pdf, pdf.js passed in) → the same detection
 * as web pages. Pure: the extension's reader page and Node (CLI, tests, bench) run the same code.
 */
import { detect } from '../detect';
import type { Finding } from '../detect/types';
import type { Article } from '../extract/types';
import type { PdfFacts, PdfFailure, PdfExtractResult } from './types';

export type PdfAnalysis = { ok: true; article: Article; findings: Finding[]; pdf: PdfFacts } | PdfFailure;

/** Findings on the PDF's text, offsets into `article.text` (as for a web page). */
export function analyzePdfExtraction(result: PdfExtractResult): PdfAnalysis {
  if (!result.ok) return result;
  return { ...result, findings: detect(result.article.text, { lang: result.article.lang }) };
}

export { checkPdfBytes, MAX_PDF_BYTES, pdfFailure, PDF_FAILURE_MESSAGES } from './errors';
export { extractPdf, type PdfDocumentLike, type PdfPageLike } from './extract';
export { openPdf, pdfDocumentParams, type GetDocument, type PdfResources } from './open';
export { itemRanges, pageAt, pagesOfRange, textOffsetOf, textSpanOfItem, type ItemRange } from './page-map';
export {
  describePdfPassage,
  pageOfSelectors,
  pdfTextModel,
  placePdfClips,
  type PdfPlacement,
  type PdfTextModel,
} from './passages';
export { readerPath, readerTarget } from './reader-url';
export * from './types';
