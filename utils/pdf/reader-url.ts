/**
 * The reader page's address for a PDF, and back. The PDF's own address travels in `?url=`: it is what
 * the reader shows and what quotes are cited to. Only web and file addresses are read.
 */
const READER_PATH = '/pdf.html';
const READABLE = new Set(['http:', 'https:', 'file:']);

/** `/pdf.html?url=…` for `pdfUrl` (give it to `runtime.getURL`). */
export function readerPath(pdfUrl: string): string {
  return `${READER_PATH}?url=${encodeURIComponent(pdfUrl)}`;
}

/** The PDF address a reader page was opened for, or null when it names none the reader may read. */
export function readerTarget(readerHref: string): URL | null {
  let raw: string | null;
  try {
    raw = new URL(readerHref).searchParams.get('url');
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return READABLE.has(url.protocol) ? url : null;
  } catch {
    return null;
  }
}
