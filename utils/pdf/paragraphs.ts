/**
 * Where one line of a page stops being the same paragraph as the line before it, from the page's
 * geometry: a change of font size, a wider gap, a first-line indent, a list marker, or a line that
 * ended well short of the margin after a full stop. Within a paragraph, lines are joined as the
 * reader reads them: nothing between CJK characters, one space between words.
 */
import { isWideChar } from '@/utils/text/wide';
import type { TextLine } from './lines';

export interface PageStats {
  /** The most common font size (by characters): the body text. */
  bodySize: number;
  /** Left and right edges of the body text. */
  left: number;
  right: number;
  /** The usual baseline-to-baseline distance of body lines, or null when the page has too few. */
  lineGap: number | null;
}

/** Lines that open a list item, a numbered heading or a chapter, a clause or an attachment. */
export const BLOCK_START =
  /^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百\d]+[）)]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十百\d]+[章条节部分]|[•●▪■◆◇○·]\s?|附件\s*\d*[：:]?$)/;
const SENTENCE_END = /[。！？；：.!?;:"”’』」）)]$/;

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? null;
};

const similarSize = (a: number, b: number): boolean => Math.abs(a - b) <= 0.15 * Math.min(a, b);

export function pageStats(lines: readonly TextLine[]): PageStats {
  const weights = new Map<number, number>();
  for (const line of lines) {
    const key = Math.round(line.size * 2) / 2;
    weights.set(key, (weights.get(key) ?? 0) + line.text.length);
  }
  let bodySize = 0;
  let best = -1;
  for (const [size, weight] of weights) if (weight > best) [bodySize, best] = [size, weight];
  const body = lines.filter((l) => similarSize(l.size, bodySize));
  const gaps: number[] = [];
  for (let i = 1; i < body.length; i++) {
    const gap = (body[i - 1] as TextLine).y - (body[i] as TextLine).y;
    if (gap > 0 && gap < bodySize * 3) gaps.push(gap);
  }
  return {
    bodySize,
    left: body.length ? Math.min(...body.map((l) => l.x0)) : 0,
    right: body.length ? Math.max(...body.map((l) => l.x1)) : 0,
    lineGap: gaps.length >= 2 ? median(gaps) : null,
  };
}

const indented = (line: TextLine, stats: PageStats): boolean => line.x0 > stats.left + line.size * 0.9;
const centred = (a: TextLine, b: TextLine, stats: PageStats): boolean =>
  indented(a, stats) && indented(b, stats) && Math.abs(a.x0 + a.x1 - (b.x0 + b.x1)) < 2 * a.size;
const standsAlone = (line: TextLine, stats: PageStats): boolean =>
  line.x0 > stats.left + (stats.right - stats.left) * 0.25;
const endsShort = (line: TextLine, stats: PageStats): boolean => line.x1 < stats.right - line.size * 1.5;

/** Whether `line` starts a new paragraph after `prev` on the same page. */
export function startsParagraph(prev: TextLine, line: TextLine, stats: PageStats): boolean {
  if (!similarSize(prev.size, line.size)) return true;
  const gap = prev.y - line.y;
  if (gap < -line.size * 0.5) return true; // back up the page: another column or a text box
  const usual = (similarSize(line.size, stats.bodySize) ? stats.lineGap : null) ?? line.size * 1.5;
  if (gap > Math.max(usual * 1.35, line.size * 1.2)) return true;
  if (BLOCK_START.test(line.text)) return true;
  if (centred(prev, line, stats)) return false;
  // A line set well in from the margin on its own (a signature, a date, a right-aligned note).
  if (standsAlone(prev, stats) || standsAlone(line, stats)) return true;
  if (indented(line, stats) && !indented(prev, stats)) return true;
  if (endsShort(prev, stats) && SENTENCE_END.test(prev.text)) return true;
  // A line ending before two thirds of the width is a heading or the last line of a paragraph.
  return prev.x1 < stats.left + (stats.right - stats.left) * 0.66;
}

/** Whether the first line of a page continues the last paragraph of the page before. */
export function continuesAcrossPages(
  last: TextLine,
  lastStats: PageStats,
  first: TextLine,
  firstStats: PageStats,
): boolean {
  return (
    similarSize(last.size, first.size) &&
    !endsShort(last, lastStats) &&
    !SENTENCE_END.test(last.text) &&
    !indented(first, firstStats) &&
    !BLOCK_START.test(first.text)
  );
}

/** What joins two lines of one paragraph: nothing next to CJK or after a hyphen, else a space. */
export function lineJoiner(before: string, after: string): string {
  const last = before.at(-1);
  const first = after[0];
  if (isWideChar(last) || isWideChar(first)) return '';
  if (last === '-' || last === '\u2010') return '';
  return ' ';
}
