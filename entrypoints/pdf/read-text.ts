/**
 * Reading the whole text and detecting on it, loaded when the first page is on screen: the detection
 * tables and the extraction are not in the way of the reader's first paint.
 */
import { analyzePdfExtraction, extractPdf, type PdfAnalysis, type PdfDocumentLike } from '@/utils/pdf';
import type { PdfExtractOptions } from '@/utils/pdf/types';

export async function readPdfText(
  doc: PdfDocumentLike,
  url: string,
  options: PdfExtractOptions,
): Promise<PdfAnalysis> {
  return analyzePdfExtraction(await extractPdf(doc, url, options));
}
