/**
 * Metadata the page declares about itself: JSON-LD, `<meta>` tags (Open Graph, `article:*`, Dublin Core,
 * the `publishdate`/`PubDate`/`ContentSource` tags of Chinese CMSs), `<link rel=canonical>` and `<html lang>`.
 * One pass over the `<meta>` and `<link>` elements; the field tables below say which keys count, best first.
 */
import { safeHref } from '../safe-link';
import { readJsonLd, type JsonLdArticle } from './json-ld';
import type { PageScan } from './page-scan';
import { cleanInline } from './text-normalise';

export interface HeadMetadata {
  jsonLd: JsonLdArticle | null;
  /** Meta values by lower-cased key (`property`, `name`, `itemprop` or `http-equiv:` + value); first wins. */
  meta: ReadonlyMap<string, string>;
  canonicalUrl: string | null;
  htmlLang: string | null;
}

/** Keys that name a publication date, best first. */
export const DATE_META_KEYS: readonly string[] = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'og:release_date',
  'article:publish_time',
  'datepublished',
  'publication_date',
  'publishdate',
  'publish-date',
  'publish_date',
  'pubdate',
  'pub_date',
  'pub-date',
  'publishtime',
  'publish_time',
  'pubtime',
  'publishedtime',
  'published_time',
  'firstpublishedtime',
  'originalpublicationdate',
  'article_date_original',
  'rnews:datepublished',
  // Chinese portals' own names (`<meta name="apub:time">`, `<meta name="og:time ">`, `_pubtime`).
  'apub:time',
  'og:time',
  '_pubtime',
  'bytedance:published_time',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'weibo:article:create_at',
  'article:published',
  'release_date',
  'date',
];

/**
 * Keys that name when the page was last changed. Never the publication date, but a date written without
 * its year (`发布时间：05-12`) takes the year of one of these on the same month and day.
 */
export const MODIFIED_META_KEYS: readonly string[] = [
  'article:modified_time',
  'og:updated_time',
  'bytedance:updated_time',
  'datemodified',
  'dateupdate',
  'lastmodified',
  'last-modified',
  'dcterms.modified',
];

/** Keys that name the publisher or site, best first (`ContentSource` is what gov.cn pages use). */
export const SOURCE_META_KEYS: readonly string[] = [
  'og:site_name',
  'contentsource',
  'source',
  'dc.publisher',
  'dcterms.publisher',
  'publisher',
  'article:publisher',
  'sitename',
  'site_name',
  'application-name',
  'apple-mobile-web-app-title',
];

export const AUTHOR_META_KEYS: readonly string[] = [
  'author',
  'article:author',
  'dc.creator',
  'dcterms.creator',
  'byl',
  'parsely-author',
  'sailthru.author',
  'citation_author',
];

export const DESCRIPTION_META_KEYS: readonly string[] = [
  'og:description',
  'description',
  'twitter:description',
  'dc.description',
  'dcterms.description',
];

export const LANG_META_KEYS: readonly string[] = [
  'http-equiv:content-language',
  'language',
  'dc.language',
  'dcterms.language',
  'og:locale',
];

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Many CMSs escape meta values twice (`&amp;quot;`); after the parser's pass, one layer is left. */
function unescapeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(
    /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,5}));/gi,
    (whole, dec?: string, hex?: string, name?: string) => {
      if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
      const code = dec ? Number(dec) : parseInt(hex ?? '', 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

/** The keys a meta element answers to; `property` may hold several space-separated names. */
function metaKeys(el: Element): string[] {
  const httpEquiv = el.getAttribute('http-equiv');
  if (httpEquiv) return [`http-equiv:${httpEquiv.trim().toLowerCase()}`];
  const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
  if (!key) return [];
  return key
    .toLowerCase()
    .replace(/\s*:\s*/g, ':')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
}

function readMeta(metas: readonly Element[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const el of metas) {
    // Some saved pages (and some CMSs) put the value in `value` instead of `content`.
    const raw = el.getAttribute('content') ?? el.getAttribute('value');
    if (raw === null) continue;
    const value = cleanInline(unescapeEntities(raw));
    if (!value) continue;
    for (const key of metaKeys(el)) if (!values.has(key)) values.set(key, value);
  }
  return values;
}

function absoluteHttpUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    return safeHref(new URL(href.trim(), base).href);
  } catch {
    return null;
  }
}

function readCanonical(
  links: readonly Element[],
  base: string,
  meta: ReadonlyMap<string, string>,
): string | null {
  for (const link of links) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('canonical')) {
      const url = absoluteHttpUrl(link.getAttribute('href'), base);
      if (url) return url;
    }
  }
  return absoluteHttpUrl(meta.get('og:url'), base);
}

export function readHeadMetadata(doc: Document, scan: PageScan, url: string): HeadMetadata {
  const meta = readMeta(scan.metas);
  const base = doc.baseURI && doc.baseURI !== 'about:blank' ? doc.baseURI : url;
  const lang = doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang');
  return {
    jsonLd: readJsonLd(scan.jsonLdScripts),
    meta,
    canonicalUrl: readCanonical(scan.links, base, meta),
    htmlLang: lang ? lang.trim() || null : null,
  };
}

/** The first non-empty meta value among `keys` (best first) that `accept` allows. */
export function firstMeta(
  meta: ReadonlyMap<string, string>,
  keys: readonly string[],
  accept: (value: string) => boolean = () => true,
): string | null {
  for (const key of keys) {
    const value = meta.get(key);
    if (value && accept(value)) return value;
  }
  return null;
}
