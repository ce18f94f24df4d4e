/**
 * Page furniture: the page numbers and running headers and footers a printed page repeats. They are
 * not the document's text (a `— 3 —` between two halves of a sentence would break it, and a
 * running title repeated 40 times is noise in a brief), so they are dropped before paragraphs form.
 */
import type { TextLine } from './lines';
import { pageStats } from './paragraphs';

export interface PageLines {
  lines: TextLine[];
  /** The page's box in user space: `[x0, y0, x1, y1]` (pdf.js `page.view`). */
  view: readonly number[];
}

/** Share of the page height, at the top and at the bottom, where furniture lives. */
const EDGE_SHARE = 0.12;
/** Lines from each edge that may be furniture. */
const EDGE_LINES = 2;
/** A line repeated at the edge of this share of pages (and at least 3) is a running header or footer. */
const REPEAT_SHARE = 0.5;
const REPEAT_MIN_PAGES = 3;

const PAGE_NUMBER_PATTERNS: readonly RegExp[] = [
  /^[-—–－―~·•]?\s*\d{1,4}\s*[-—–－―~·•]?$/, // 3, - 3 -, — 3 —
  /^第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?$/, // 第3页，共12页
  /^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i, // Page 3 of 12
  /^\d{1,4}\s*(?:\/|of)\s*\d{1,4}$/i, // 3 / 12
  /^[-—–]?\s*[ivxlc]{1,7}\s*[-—–]?$/i, // roman numerals of front matter
];

export function isPageNumberLine(text: string): boolean {
  const t = text.trim();
  return t.length <= 24 && PAGE_NUMBER_PATTERNS.some((p) => p.test(t));
}

/** The same running line whatever page it is on: digits (page numbers, dates) and spaces ignored. */
function repeatKey(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, '');
}

/** Indexes of the lines in the top and bottom edge zones of a page (at most EDGE_LINES each). */
function edgeLines(page: PageLines): number[] {
  const [, y0 = 0, , y1 = 0] = page.view;
  const height = Math.max(1, y1 - y0);
  const byHeight = page.lines.map((line, i) => ({ i, y: line.y })).sort((a, b) => b.y - a.y);
  const top = byHeight.slice(0, EDGE_LINES).filter((l) => l.y >= y1 - height * EDGE_SHARE);
  const bottom = byHeight.slice(-EDGE_LINES).filter((l) => l.y <= y0 + height * EDGE_SHARE);
  return [...new Set([...top, ...bottom].map((l) => l.i))];
}

/** Each page's lines without its page number and the running headers and footers of the document. */
export function removeFurniture(pages: readonly PageLines[]): TextLine[][] {
  const edges = pages.map(edgeLines);
  const pagesWithKey = new Map<string, number>();
  pages.forEach((page, p) => {
    const keys = new Set((edges[p] ?? []).map((i) => repeatKey(page.lines[i]?.text ?? '')));
    for (const key of keys) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  });
  const repeatedAt = Math.max(REPEAT_MIN_PAGES, Math.ceil(pages.length * REPEAT_SHARE));
  return pages.map((page, p) => {
    // Running lines are set no larger than the body text: the title on a cover page stays.
    const bodySize = pageStats(page.lines).bodySize;
    const drop = new Set(
      (edges[p] ?? []).filter((i) => {
        const line = page.lines[i] as TextLine;
        if (isPageNumberLine(line.text)) return true;
        return (pagesWithKey.get(repeatKey(line.text)) ?? 0) >= repeatedAt && line.size <= bodySize * 1.15;
      }),
    );
    return page.lines.filter((_, i) => !drop.has(i));
  });
}
