/**
 * Highlights in a PDF, without a DOM: a passage of `Article.text` ⇄ selectors (quote + position +
 * page), and stored selectors → the passage again. The reader draws the text layer page by page, so
 * clips are placed in the text once and painted on each page as its text layer appears (the text
 * items each passage covers come from `itemRanges`).
 */
import { matchAllInText, quoteSelectorFromText, type AnchorAllOptions } from '../anchor';
import type { PageSelector, Selector } from '../anchor/types';
import { isSpaceCode } from '../anchor/normalize';
import { pageAt } from './page-map';
import type { PdfPageText } from './types';

const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/u;
const isCollapsible = (c: string): boolean =>
  c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';

/**
 * The article text with the anchoring text model's whitespace rules applied (`anchor/normalize.ts`:
 * runs collapsed, invisible characters dropped, no-break spaces as spaces), and where each of its
 * characters came from: selectors' positions count in `text`, the reader's text items in `source`.
 */
export interface PdfTextModel {
  /** The article text as extracted. */
  source: string;
  /** Normalised. */
  text: string;
  /** `toSource[i]`: offset in `source` of `text[i]` (of a collapsed run's first character). */
  toSource: Int32Array;
}

export function pdfTextModel(source: string): PdfTextModel {
  const chars: string[] = [];
  const map: number[] = [];
  let run = -1;
  let runBreaks = false;
  const flush = (): void => {
    if (run < 0) return;
    chars.push(runBreaks ? '\n' : ' ');
    map.push(run);
    run = -1;
    runBreaks = false;
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (INVISIBLE.test(c)) continue;
    if (isCollapsible(c)) {
      if (run < 0) run = i;
      if (c === '\n' || c === '\r') runBreaks = true;
      continue;
    }
    flush();
    chars.push(c === '\u00a0' ? ' ' : c);
    map.push(i);
  }
  flush();
  return { source, text: chars.join(''), toSource: Int32Array.from(map) };
}

/** The normalised offset of the first character at or after `offset` of the source. */
function toModel(model: PdfTextModel, offset: number): number {
  const map = model.toSource;
  let lo = 0;
  let hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((map[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `[start, end)` of the source without the whitespace at its edges (a quote never starts with a space). */
export function trimSpan(source: string, start: number, end: number): { start: number; end: number } {
  while (start < end && isSpaceCode(source.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(source.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** The page selector for a passage starting at `offset` of the article text, or null off every page. */
export function pageSelectorAt(pages: readonly PdfPageText[], offset: number): PageSelector | null {
  const page = pageAt(pages, offset);
  return page === null ? null : { type: 'PageSelector', index: page - 1, label: String(page) };
}

export { pageOfSelectors } from '../anchor/page';

/**
 * Quote, position and page selectors for `source.slice(start, end)`; an empty list when the span holds
 * only whitespace. Positions count in the normalised text, as the web pages' do in theirs.
 */
export function describePdfPassage(
  model: PdfTextModel,
  pages: readonly PdfPageText[],
  start: number,
  end: number,
): Selector[] {
  const span = trimSpan(model.source, start, end);
  if (span.start >= span.end) return [];
  const from = toModel(model, span.start);
  const to = toModel(model, span.end - 1) + 1;
  const page = pageSelectorAt(pages, span.start);
  return [
    quoteSelectorFromText(model.source, span.start, span.end),
    { type: 'TextPositionSelector', start: from, end: to },
    ...(page ? [page] : []),
  ];
}

/** Where a stored clip is in this PDF's text (source offsets), or an orphan. */
export type PdfPlacement = { ok: true; start: number; end: number } | { ok: false };

/**
 * Places clips in the PDF's text, in slices that yield to the event loop (200 highlights on a
 * 100-page report must not freeze the reader). Results in the order of `list`.
 */
export async function placePdfClips(
  model: PdfTextModel,
  list: readonly (readonly Selector[])[],
  options: AnchorAllOptions = {},
): Promise<PdfPlacement[]> {
  const matches = await matchAllInText(model.text, list, options);
  return matches.map((m) => {
    if (!m.ok) return { ok: false };
    const start = model.toSource[m.start] as number;
    const end = (model.toSource[m.end - 1] as number) + 1;
    return { ok: true, start, end };
  });
}
