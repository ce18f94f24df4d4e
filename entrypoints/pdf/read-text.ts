/**
 * Reading the whole text (page by page, on the main thread between pdf.js's answers) and detecting on
 * it (in a worker), loaded once the first page is on screen: neither is in the way of the first paint,
 * and a long document never freezes the page.
 */
import type { Finding } from '@/utils/detect/types';
import { extractPdf, type PdfAnalysis, type PdfDocumentLike } from '@/utils/pdf';
import type { PdfExtractOptions } from '@/utils/pdf/types';
import type { DetectRequest } from './detect.worker';

function detectInWorker(request: DetectRequest): Promise<Finding[]> {
  const worker = new Worker(new URL('./detect.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Finding[]>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Finding[]>) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(event.message));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

export async function readPdfText(
  doc: PdfDocumentLike,
  url: string,
  options: PdfExtractOptions,
): Promise<PdfAnalysis> {
  const extracted = await extractPdf(doc, url, options);
  if (!extracted.ok) return extracted;
  const { text, lang } = extracted.article;
  return { ...extracted, findings: await detectInWorker({ text, lang }) };
}
