/**
 * URL identity: one article per page, whatever tracking parameters or fragment the link carried.
 * Used by the store (article ids), the always-on content script (does this page have clips?) and briefs.
 */
import { safeHref } from './safe-link';

/** Query parameters that identify a click, not a page. Prefix entries end with `_`. */
const TRACKING_PARAMS: readonly string[] = [
  'utm_',
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'ref_src',
  'spm',
  'scm',
  'from',
  'isappinstalled',
  'share_token',
  'sharer_shareid',
  'sharer_sharetime',
  'wt_mc',
  'cmpid',
  'ncid',
  'ocid',
  'smid',
  'sr_share',
];

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.some((p) => (p.endsWith('_') ? lower.startsWith(p) : lower === p));
}

/** Only web pages can be clipped (not `chrome://`, `about:`, `file:` listings, `data:`…): `safeHref`'s rule. */
export function isWebUrl(url: string): boolean {
  return safeHref(url) !== null;
}

/**
 * The identity of a page: scheme and host lower-cased, default port, fragment and tracking parameters
 * dropped, remaining parameters sorted. Returns the input unchanged when it is not a parseable URL.
 */
export function normaliseUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  u.hash = '';
  const kept = [...u.searchParams.entries()].filter(([k]) => !isTrackingParam(k));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = kept.length ? new URLSearchParams(kept).toString() : '';
  return u.toString();
}

/**
 * The URL an article is filed under: its canonical URL when the page declares a plausible one, else the
 * page URL. A canonical pointing at a site's home page from a deeper page is a common CMS mistake, and
 * would merge every article of the site into one: it is ignored.
 */
export function articleUrl(url: string, canonicalUrl: string | null | undefined): string {
  if (canonicalUrl && isWebUrl(canonicalUrl)) {
    const canonical = new URL(canonicalUrl);
    const page = isWebUrl(url) ? new URL(url) : null;
    const pointsHome = canonical.pathname === '/' && page !== null && page.pathname !== '/';
    if (!pointsHome) return normaliseUrl(canonicalUrl);
  }
  return normaliseUrl(url);
}

/** A short stable id for a string (two 32-bit FNV-1a variants → 16 hex digits). */
export function stableId(prefix: string, key: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    h2 ^= h2 >>> 15;
  }
  return `${prefix}${h1.toString(16).padStart(8, '0')}${(h2 >>> 0).toString(16).padStart(8, '0')}`;
}

/** The id of the article filed under `normalisedUrl`. */
export function articleIdFor(normalisedUrl: string): string {
  return stableId('a_', normalisedUrl);
}

/**
 * Whether two URLs belong to the same site (hosts equal up to `www.`/`m.`/`amp.` prefixes, or one a
 * subdomain of the other). A page's declared canonical URL is trusted only within its own site, so a
 * page cannot claim another site's address to read the clips filed under it.
 */
export function sameSite(a: string, b: string): boolean {
  try {
    const strip = (h: string): string => h.toLowerCase().replace(/^(?:www|m|amp)\./, '');
    const ha = strip(new URL(a).hostname);
    const hb = strip(new URL(b).hostname);
    return ha === hb || ha.endsWith(`.${hb}`) || hb.endsWith(`.${ha}`);
  } catch {
    return false;
  }
}
