/**
 * Offsets of `Article.text` ⇄ pages and pdf.js text items. A finding's or a highlight's offsets give
 * its page (for `p. 3` in a citation and the reader's scroll), and the text items — the text layer's
 * spans — its characters are drawn in.
 */
import type { PdfPageText } from './types';

/** Numbers per run in `PdfPageText.runs`. */
const RUN = 5;

/** The page holding `offset` (a separator between pages belongs to the page after it); null when none. */
export function pageAt(pages: readonly PdfPageText[], offset: number): number | null {
  let lo = 0;
  let hi = pages.length - 1;
  let found: PdfPageText | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const page = pages[mid] as PdfPageText;
    if (page.start <= offset && page.start < page.end) {
      found = page;
      lo = mid + 1;
    } else if (page.start <= offset) {
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found && offset < found.end) return found.page;
  // Between two pages (a paragraph break): the next page with text.
  return pages.find((p) => p.start > offset && p.start < p.end)?.page ?? null;
}

/** Every page the range `[start, end)` has characters on, in order. */
export function pagesOfRange(pages: readonly PdfPageText[], start: number, end: number): number[] {
  return pages.filter((p) => p.start < end && p.end > start && p.start < p.end).map((p) => p.page);
}

export interface ItemRange {
  page: number;
  /** Index of the item in the page's text content (the text layer's span order). */
  item: number;
  /** Character range within that item's `str`. */
  from: number;
  to: number;
}

/** The pieces of text items that `[start, end)` covers; separators the extraction wrote have none. */
export function itemRanges(pages: readonly PdfPageText[], start: number, end: number): ItemRange[] {
  const out: ItemRange[] = [];
  for (const page of pages) {
    if (page.end <= start || page.start >= end) continue;
    const { runs } = page;
    for (let i = 0; i < runs.length; i += RUN) {
      const [runStart = 0, length = 0, item = 0, itemOffset = 0, itemLength = 0] = runs.slice(i, i + RUN);
      const from = Math.max(start, runStart);
      const to = Math.min(end, runStart + length);
      if (from >= to) continue;
      // A normalised character maps as a whole; anything else character by character.
      const linear = length === itemLength;
      out.push({
        page: page.page,
        item,
        from: linear ? itemOffset + from - runStart : itemOffset,
        to: linear ? itemOffset + to - runStart : itemOffset + itemLength,
      });
    }
  }
  return out;
}

/** The text offset of character `offset` of item `item` on `page`, or null when the extraction dropped it. */
export function textOffsetOf(
  pages: readonly PdfPageText[],
  page: number,
  item: number,
  offset: number,
): number | null {
  const runs = pages.find((p) => p.page === page)?.runs ?? [];
  for (let i = 0; i < runs.length; i += RUN) {
    const [runStart = 0, length = 0, runItem = 0, itemOffset = 0, itemLength = 0] = runs.slice(i, i + RUN);
    if (runItem !== item || offset < itemOffset || offset >= itemOffset + itemLength) continue;
    return length === itemLength ? runStart + offset - itemOffset : runStart;
  }
  return null;
}

/**
 * The text span `[from, to)` of item `item` on `page` contributes, or null when the extraction dropped
 * all of it (page furniture, a running header): a selection in the text layer → a passage of the text.
 */
export function textSpanOfItem(
  pages: readonly PdfPageText[],
  page: number,
  item: number,
  from: number,
  to: number,
): { start: number; end: number } | null {
  const runs = pages.find((p) => p.page === page)?.runs ?? [];
  let start = Infinity;
  let end = -Infinity;
  for (let i = 0; i < runs.length; i += RUN) {
    const [runStart = 0, length = 0, runItem = 0, itemOffset = 0, itemLength = 0] = runs.slice(i, i + RUN);
    const a = Math.max(from, itemOffset);
    const b = Math.min(to, itemOffset + itemLength);
    if (runItem !== item || a >= b) continue;
    const linear = length === itemLength;
    start = Math.min(start, linear ? runStart + a - itemOffset : runStart);
    end = Math.max(end, linear ? runStart + b - itemOffset : runStart + length);
  }
  return start < end ? { start, end } : null;
}
