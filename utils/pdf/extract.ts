/**
 * An open PDF → its article text, page spans and front matter. Pages are read in order with a few
 * requests ahead (pdf.js answers from its worker), each page's text content is reduced to lines and
 * released at once, so a 500-page document never holds 500 pages of items. Progress is reported per
 * page; an abort signal stops the reading between pages.
 */
import { buildPdfArticle } from './article';
import { failureFromPdfJs, pdfFailure } from './errors';
import { readFrontMatter } from './front-matter';
import { removeFurniture, type PageLines } from './furniture';
import { readPdfInfo, type PdfMetadataLike } from './info';
import { assembleText } from './assemble';
import { buildLines, type PdfTextItemLike } from './lines';
import type { PdfExtractOptions, PdfExtractResult } from './types';

/** The parts of pdf.js's `PDFPageProxy` and `PDFDocumentProxy` read here. */
export interface PdfPageLike {
  view: number[];
  getTextContent(params?: { disableNormalization?: boolean }): Promise<{ items: readonly unknown[] }>;
  cleanup(): unknown;
}
export interface PdfDocumentLike {
  numPages: number;
  fingerprints: readonly (string | null)[];
  getMetadata(): Promise<PdfMetadataLike>;
  getPage(pageNumber: number): Promise<PdfPageLike>;
}

/** Pages requested ahead of the one being read: enough to keep the worker busy, few enough to stay small. */
const READ_AHEAD = 4;
/** A document with fewer letters and digits than this (after page numbers) has no text layer. */
const MIN_TEXT_CHARS = 20;

const isTextItem = (item: unknown): item is PdfTextItemLike =>
  typeof item === 'object' && item !== null && typeof (item as { str?: unknown }).str === 'string';

async function readPage(doc: PdfDocumentLike, pageNumber: number): Promise<PageLines> {
  const page = await doc.getPage(pageNumber);
  // Raw characters, as the viewer's text layer reads them: lines.ts normalises and keeps the mapping.
  const content = await page.getTextContent({ disableNormalization: true });
  const lines = buildLines(content.items.filter(isTextItem));
  const view = [...page.view];
  page.cleanup();
  return { lines, view };
}

function countTextChars(text: string): number {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

export async function extractPdf(
  doc: PdfDocumentLike,
  url: string,
  options: PdfExtractOptions = {},
): Promise<PdfExtractResult> {
  const { signal, onProgress } = options;
  const total = doc.numPages;
  const pages: PageLines[] = [];
  try {
    const meta = await doc.getMetadata();
    const pending = new Map<number, Promise<PageLines>>();
    const request = (n: number): void => {
      if (n > total || pending.has(n)) return;
      const reading = readPage(doc, n);
      reading.catch(() => undefined); // awaited in turn; a page read ahead of a failure is not unhandled
      pending.set(n, reading);
    };
    for (let n = 1; n <= total; n++) {
      if (signal?.aborted) return pdfFailure('cancelled');
      for (let ahead = n; ahead < n + READ_AHEAD; ahead++) request(ahead);
      pages.push(await (pending.get(n) as Promise<PageLines>));
      pending.delete(n);
      onProgress?.({ done: n, total });
    }
    if (signal?.aborted) return pdfFailure('cancelled');
    const lines = removeFurniture(pages);
    const { text, pages: spans } = assembleText(lines);
    if (countTextChars(text) < MIN_TEXT_CHARS) return pdfFailure('no-text');
    const withText = lines.filter((l) => l.length > 0);
    const front = readFrontMatter(
      withText[0] ?? [],
      (withText.at(-1) ?? []).map((l) => l.text),
    );
    const info = readPdfInfo(meta);
    const { article, publishedFrom } = buildPdfArticle(text, front, info, url);
    return {
      ok: true,
      article,
      pdf: {
        fingerprint: doc.fingerprints[0] ?? '',
        pageCount: total,
        pages: spans,
        pagesWithoutText: spans.filter((s) => s.start === s.end).map((s) => s.page),
        info,
        policy: front.policy,
        publishedFrom,
      },
    };
  } catch (error) {
    return signal?.aborted ? pdfFailure('cancelled') : failureFromPdfJs(error);
  }
}
