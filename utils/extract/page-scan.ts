/**
 * One query collects every element the metadata steps read (meta, link, JSON-LD scripts, headings,
 * `<time>`), and the element count is read for the size limit. One selector list rather than a query per
 * tag: on jsdom each whole-page query is a full walk, and the speed budget allows about two.
 */

export interface PageScan {
  elementCount: number;
  metas: Element[];
  /** `<link>` elements with a `rel`. */
  links: Element[];
  /** `<script type=application/ld+json>`. */
  jsonLdScripts: Element[];
  /** `h1`, then `h2`, then `h3` elements (each in document order, at most `MAX_HEADINGS_PER_LEVEL`). */
  headings: Element[];
  /** `<time>` elements in document order (at most `MAX_TIME_ELEMENTS`). */
  times: Element[];
  /** `<table>` elements in document order (official documents' headers are tables). */
  tables: Element[];
}

const MAX_HEADINGS_PER_LEVEL = 30;
const MAX_TIME_ELEMENTS = 60;
const HEADING_LEVELS = ['h1', 'h2', 'h3'] as const;
const SCANNED = 'meta,link[rel],script[type],h1,h2,h3,time,table';
type HeadingLevel = (typeof HEADING_LEVELS)[number];

function isHeadingLevel(name: string): name is HeadingLevel {
  return name === 'h1' || name === 'h2' || name === 'h3';
}

export function scanPage(doc: Document): PageScan {
  const root = doc.documentElement;
  const scan: PageScan = {
    elementCount: 0,
    metas: [],
    links: [],
    jsonLdScripts: [],
    headings: [],
    times: [],
    tables: [],
  };
  if (!root) return scan;
  const byLevel: Record<HeadingLevel, Element[]> = { h1: [], h2: [], h3: [] };
  scan.elementCount = doc.getElementsByTagName('*').length;
  for (const el of doc.querySelectorAll(SCANNED)) {
    const name = el.localName;
    if (name === 'meta') scan.metas.push(el);
    else if (name === 'link') scan.links.push(el);
    else if (
      name === 'script' &&
      (el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json'
    )
      scan.jsonLdScripts.push(el);
    else if (isHeadingLevel(name) && byLevel[name].length < MAX_HEADINGS_PER_LEVEL) byLevel[name].push(el);
    else if (name === 'time' && scan.times.length < MAX_TIME_ELEMENTS) scan.times.push(el);
    else if (name === 'table') scan.tables.push(el);
  }
  scan.headings = HEADING_LEVELS.flatMap((level) => byLevel[level]);
  return scan;
}
