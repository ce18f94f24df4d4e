/**
 * Word boundaries of the normalised text, as browsers see them when matching text directives: Chromium
 * accepts a match only at word boundaries found by ICU word segmentation (dictionary-based for Chinese
 * and Japanese, which have no spaces). `Intl.Segmenter` is ICU in V8, so in the extension these are the
 * very boundaries Chromium uses. Boundaries are computed per block (text between "\n"), lazily.
 */

/** Blocks longer than this are segmented in windows of this size around the position asked about. */
const MAX_SEGMENTED_SPAN = 4096;

export interface WordBoundaries {
  isBoundary(pos: number): boolean;
  /** The nearest boundary at or before `pos`, not before `floor`. */
  previous(pos: number, floor?: number): number;
  /** The nearest boundary at or after `pos`, not after `ceiling`. */
  next(pos: number, ceiling?: number): number;
  /** Start and end of the block (line) holding `pos`. */
  blockOf(pos: number): { start: number; end: number };
}

export function createWordBoundaries(text: string): WordBoundaries {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  /** Sorted boundaries of the span starting at each key. */
  const cache = new Map<number, { end: number; boundaries: number[] }>();

  const blockOf = (pos: number): { start: number; end: number } => {
    const start = pos > 0 ? text.lastIndexOf('\n', pos - 1) + 1 : 0;
    const nl = text.indexOf('\n', pos);
    return { start, end: nl === -1 ? text.length : nl };
  };

  /** Boundaries of the segmented span around `pos` (the block, or a window of a very long block). */
  const spanAround = (pos: number): { start: number; end: number; boundaries: number[] } => {
    const block = blockOf(pos);
    let start = block.start;
    let end = block.end;
    if (end - start > MAX_SEGMENTED_SPAN) {
      // Windows on a fixed grid (so nearby positions share one), `pos` at least a quarter from an edge.
      const step = MAX_SEGMENTED_SPAN / 2;
      start = block.start + Math.max(0, Math.floor((pos - block.start - step / 2) / step)) * step;
      end = Math.min(block.end, start + MAX_SEGMENTED_SPAN);
    }
    const cached = cache.get(start);
    if (cached !== undefined && cached.end === end) return { start, ...cached };
    const boundaries: number[] = [];
    for (const seg of segmenter.segment(text.slice(start, end))) boundaries.push(start + seg.index);
    boundaries.push(end);
    cache.set(start, { end, boundaries });
    return { start, end, boundaries };
  };

  const isBoundary = (pos: number): boolean => {
    if (pos <= 0 || pos >= text.length) return true;
    if (text[pos] === '\n' || text[pos - 1] === '\n') return true;
    const { boundaries } = spanAround(pos);
    return binarySearch(boundaries, pos) >= 0;
  };

  const previous = (pos: number, floor = 0): number => {
    for (let p = pos; p > floor; p--) if (isBoundary(p)) return p;
    return floor;
  };

  const next = (pos: number, ceiling = text.length): number => {
    for (let p = pos; p < ceiling; p++) if (isBoundary(p)) return p;
    return ceiling;
  };

  return { isBoundary, previous, next, blockOf };
}

function binarySearch(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid] as number;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
