/**
 * Which addresses Policy Clipper ever makes into a live link, in one place for every surface: the
 * library's and the popup's hrefs, the links of exported briefs (page data and the user's notes), and
 * the URL fields a backup may bring in.
 *
 * The rule: `http:` and `https:` only, absolute. `mailto:` is allowed only where the user wrote the
 * link (notes in briefs: a press contact's address is a normal thing to cite); page data and stored
 * records never link anywhere but the web. Everything else (`javascript:`, `data:`, `file:`,
 * `chrome:`, `blob:`, relative addresses, garbage) is shown as plain text.
 *
 * One exception, asked for explicitly (`ownOrigin`): a link to one of the extension's own pages (the
 * saved copy a brief may link to). The origin is the running extension's (`runtime.getURL` at export
 * time, never anything read from data) and is compared exactly: scheme `chrome-extension:` or
 * `moz-extension:`, the same id, no user, password or port. Another extension's pages stay refused.
 *
 * Decided by the WHATWG URL parser, the one browsers use for an `href`: tabs and line breaks inside a
 * scheme (`java\tscript:`), upper case (`JAVASCRIPT:`) and surrounding whitespace are read as the
 * browser reads them, and an entity (`javascript&#58;…`) is no scheme at all (no HTML is ever decoded
 * here: Preact sets `href` as a property).
 */

/** Schemes of page addresses: what a clipped page, an article record or a backup may hold. */
const WEB_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:']);
/** Schemes of links the user wrote in a note. */
const NOTE_SCHEMES: ReadonlySet<string> = new Set([...WEB_SCHEMES, 'mailto:']);

export interface LinkPolicy {
  /** Also allow `mailto:` (links the user wrote in a note). */
  mailto?: boolean;
  /** Also allow the pages of this extension origin (`chrome-extension://<id>`; see above). */
  ownOrigin?: string;
}

/** What an extension's own origin looks like (Chrome: 32 letters a–p; Firefox: a UUID). */
const EXTENSION_ORIGIN = /^(?:chrome|moz)-extension:\/\/[a-z0-9-]{1,64}$/;

/**
 * `url` as the parser writes it when it is a page of exactly the extension origin `ownOrigin` (and
 * `ownOrigin` is one), else null: the exception alone, web addresses included in it never.
 */
export function ownPageHref(url: string, ownOrigin: string): string | null {
  const parsed = parse(url);
  return parsed && isOwnPage(parsed, ownOrigin) ? parsed.href : null;
}

function isOwnPage(parsed: URL, ownOrigin: string): boolean {
  return (
    EXTENSION_ORIGIN.test(ownOrigin) &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    `${parsed.protocol}//${parsed.host}` === ownOrigin
  );
}

const schemesOf = (policy: LinkPolicy): ReadonlySet<string> => (policy.mailto ? NOTE_SCHEMES : WEB_SCHEMES);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The address to put in an `href`, or null when it must be shown as plain text. The result is the
 * parser's serialisation, so the browser reads exactly the scheme that was checked.
 */
export function safeHref(url: string, policy: LinkPolicy = {}): string | null {
  const parsed = parse(url);
  if (!parsed) return null;
  if (policy.ownOrigin !== undefined && isOwnPage(parsed, policy.ownOrigin)) return parsed.href;
  if (!schemesOf(policy).has(parsed.protocol)) return null;
  // `https:example.com` parses (special schemes need no slashes) but is no address anyone wrote.
  if (WEB_SCHEMES.has(parsed.protocol) && parsed.host === '') return null;
  return parsed.href;
}

/**
 * True when a stored address field holds an absolute http(s) URL written as such: the scheme and `//`
 * literally at the start (no surrounding whitespace, no control character the parser would drop).
 * What backups must hold for `url`, `originalUrl`, `pageUrls[]`, `canonicalUrl`.
 */
export function isWebAddress(url: string): boolean {
  return startsWithLinkScheme(url) && safeHref(url) !== null && !/[\u0000-\u0020\u007f]/u.test(url);
}

const WEB_PREFIX = /^https?:\/\//i;
const NOTE_PREFIX = /^(?:https?:\/\/|mailto:)/i;

/**
 * True when `text` begins, literally, with an allowed scheme (`https://`, and `mailto:` under the note
 * policy). Markdown decodes backslash escapes and entities in a destination but not in the letters of
 * a scheme written plainly, so a destination that starts this way resolves to that scheme in every
 * renderer: the brief's rule for the user's own links (see `containNote`).
 */
export function startsWithLinkScheme(text: string, policy: LinkPolicy = {}): boolean {
  return (policy.mailto ? NOTE_PREFIX : WEB_PREFIX).test(text);
}
