/**
 * One walk over the page collects every element the metadata steps read (meta, link, JSON-LD scripts,
 * headings, `<time>`) and counts elements for the size limit. On jsdom each `querySelectorAll` over a
 * whole page costs about a fortieth of a Readability run, so eight of them would break the speed budget;
 * one walk does not.
 */
import { descendants } from './dom';

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
}

const MAX_HEADINGS_PER_LEVEL = 30;
const MAX_TIME_ELEMENTS = 60;
const HEADING_LEVELS = ['h1', 'h2', 'h3'] as const;
type HeadingLevel = (typeof HEADING_LEVELS)[number];

function isHeadingLevel(name: string): name is HeadingLevel {
  return name === 'h1' || name === 'h2' || name === 'h3';
}

export function scanPage(doc: Document): PageScan {
  const root = doc.documentElement;
  const scan: PageScan = { elementCount: 0, metas: [], links: [], jsonLdScripts: [], headings: [], times: [] };
  if (!root) return scan;
  const byLevel: Record<HeadingLevel, Element[]> = { h1: [], h2: [], h3: [] };
  const all = descendants(root);
  scan.elementCount = all.length + 1;
  for (const el of all) {
    const name = el.localName;
    if (name === 'meta') scan.metas.push(el);
    else if (name === 'link' && el.hasAttribute('rel')) scan.links.push(el);
    else if (name === 'script' && (el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json') scan.jsonLdScripts.push(el);
    else if (isHeadingLevel(name) && byLevel[name].length < MAX_HEADINGS_PER_LEVEL) byLevel[name].push(el);
    else if (name === 'time' && scan.times.length < MAX_TIME_ELEMENTS) scan.times.push(el);
  }
  scan.headings = HEADING_LEVELS.flatMap((level) => byLevel[level]);
  return scan;
}
