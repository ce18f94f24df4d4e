/**
 * The reader page's address for a PDF, and back: what the reader shows and what quotes are cited to.
 * Only web and file addresses are read.
 *
 * The PDF's address is everything after `#src=`, as it stands (`pdf.html#src=https://x.org/a.pdf?a=1&b=2`).
 * Chrome's declarativeNetRequest redirect (`pdfRedirectRule`) can only paste the address in raw (`\0`),
 * never encode it; in a query `&` and `#` would split it, but a fragment ends only with the string, and
 * a URL's own serialisation (what both the redirect and `readerPath` paste) never needs decoding to be
 * read again. `?url=` (the address percent-encoded, what earlier versions opened) is still read when
 * there is no `#src=`.
 */
const READER_PATH = '/pdf.html';
/** What comes before the PDF's address in the reader's fragment. */
const SOURCE_MARK = '#src=';
const READABLE = new Set(['http:', 'https:', 'file:']);

/** `/pdf.html#src=…` for `pdf` (give it to `runtime.getURL`). */
export function readerPath(pdf: URL): string {
  return `${READER_PATH}${SOURCE_MARK}${pdf.href}`;
}

/**
 * What a declarativeNetRequest `regexSubstitution` makes of an address its `regexFilter` matched whole
 * (`\0`): the reader at `readerPageUrl` (the extension's `pdf.html`) for that address.
 */
export function readerSubstitution(readerPageUrl: string): string {
  return `${readerPageUrl}${SOURCE_MARK}\\0`;
}

/** The address the reader's `href` names: the raw `#src=` form first, else the encoded `?url=`. */
function namedAddress(readerHref: string): string | null {
  let reader: URL;
  try {
    reader = new URL(readerHref);
  } catch {
    return null;
  }
  if (reader.hash.startsWith(SOURCE_MARK)) return reader.hash.slice(SOURCE_MARK.length);
  return reader.searchParams.get('url');
}

/** The PDF address a reader page was opened for, or null when it names none the reader may read. */
export function readerTarget(readerHref: string): URL | null {
  const raw = namedAddress(readerHref);
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return READABLE.has(url.protocol) ? url : null;
  } catch {
    return null;
  }
}
