/**
 * Which addresses are PDFs the reader can open: the one rule the popup (a tab showing a PDF), the
 * context menu (a link to one) and page access (no clipping a PDF as a web page) share.
 *
 * Chrome's PDF viewer and Firefox's pdf.js viewer both leave the PDF's own address in the tab, so the
 * address is the evidence; a page that answered `application/pdf` (the path says nothing) is one too.
 */
import type { PageUnavailable } from '../messages/reply-schemas';

const READABLE = new Set(['http:', 'https:', 'file:']);
const PDF_TYPE = 'application/pdf';

/** A path naming a PDF file (`/a/b.pdf`, any case; the query and hash are not part of it). */
export function isPdfPath(pathname: string): boolean {
  return /\.pdf$/i.test(pathname);
}

/**
 * The PDF a tab (or a link) shows, or null when it is not one the reader can open. `contentType` is
 * what the page answered, when known.
 */
export function pdfAddress(address: string, contentType: string | null = null): URL | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (!READABLE.has(url.protocol)) return null;
  const typed = contentType !== null && contentType.split(';')[0]!.trim().toLowerCase() === PDF_TYPE;
  return typed || isPdfPath(url.pathname) ? url : null;
}

/**
 * The PDF a tab shows, when that is why the tab has no article: its address said so (page access
 * refused it as `pdf`), or the page answered `application/pdf`. Null for every other reason.
 */
export function pdfOfTab(tab: PageUnavailable & { url: string }): URL | null {
  if (tab.reason === 'restricted') return tab.detail === 'pdf' ? pdfAddress(tab.url) : null;
  return tab.reason === 'not-html' ? pdfAddress(tab.url, tab.contentType) : null;
}

/**
 * The context menu's link patterns (match patterns, case-sensitive in the path): the browser shows
 * the item only on links these match; `pdfAddress` checks the clicked link again.
 */
export const PDF_LINK_PATTERNS: readonly string[] = ['pdf', 'PDF', 'Pdf'].flatMap((ext) => [
  `*://*/*.${ext}`,
  `*://*/*.${ext}?*`,
  `*://*/*.${ext}#*`,
  `file:///*.${ext}`,
]);
