/**
 * Approximate matches of a quote (Myers' bit-parallel algorithm, from `approx-string-match`), searched
 * only in windows where the passage can plausibly be: around the position hint, next to where its old
 * prefix or suffix still is, and around places that hold pieces of the quote verbatim. Searching the
 * whole text of a large page would cost tens of milliseconds per quote.
 */
import approxSearch from 'approx-string-match';
import { occurrencesIn } from './exact-search';
import { type QuoteQuery, type ScoredMatch, maxErrorsFor, scoreMatch } from './score';

/** A window `[from, to)` of the text. */
type Window = [number, number];

const HINT_RADIUS = 1024;
/** Context shorter than this matches too many places to locate anything. */
const MIN_CONTEXT_LOOKUP = 8;
const MAX_CONTEXT_OCCURRENCES = 8;
const MAX_PIECES = 8;
const MIN_PIECE_LENGTH = 8;
/** A piece found more often than this is common text (a stock phrase): its places are not evidence. */
const MAX_PIECE_OCCURRENCES = 64;
const MAX_PIECE_WINDOWS = 8;
/** Matches scored per window: equal-error matches beyond this are near-duplicates of each other. */
const MAX_SCORED_PER_WINDOW = 16;
/** Places holding a single piece are mostly coincidence (a common name); only a few are checked. */
const MAX_SINGLE_PIECE_WINDOWS = 2;

/**
 * The best match within `windows`, or null. Each window is searched on its own: Myers' search reports
 * only the matches with the fewest edits in what it is given, so merging the window around the hint
 * with one next to the old context would let an unrelated exact copy nearby hide the edited passage.
 */
function bestInWindows(text: string, q: QuoteQuery, windows: Window[], k: number): ScoredMatch | null {
  let best: ScoredMatch | null = null;
  const searched = new Set<string>();
  for (const [a, b] of windows) {
    const from = Math.max(0, a);
    const to = Math.min(text.length, b);
    const key = `${from}:${to}`;
    if (to <= from || searched.has(key)) continue;
    searched.add(key);
    const found = approxSearch(text.slice(from, to), q.exact, k);
    for (const match of found.slice(0, MAX_SCORED_PER_WINDOW)) {
      if (match.end <= match.start) continue;
      const start = from + match.start;
      const end = from + match.end;
      const score = scoreMatch(text, q, start, end, match.errors);
      if (best === null || score > best.score) best = { start, end, score };
    }
  }
  return best;
}

function nearest(positions: number[], hint: number | null, count: number): number[] {
  if (hint === null || positions.length <= count) return positions.slice(0, count);
  return [...positions].sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint)).slice(0, count);
}

/** Where the quote's old context still is: ends of prefix copies and starts of suffix copies. */
export interface ContextPlaces {
  prefixEnds: number[];
  suffixStarts: number[];
  /** Exact copies of each side in the text (counted up to 64). */
  prefixCopies: number;
  suffixCopies: number;
}

/**
 * Copies of the prefix and suffix (long enough to mean something), nearest to the hint first. They are
 * looked up without their edge whitespace, which collapses differently once the quote between them is
 * gone ("end.\n" + " Next" becomes "end.\nNext").
 */
export function findContext(text: string, q: QuoteQuery): ContextPlaces {
  const places: ContextPlaces = { prefixEnds: [], suffixStarts: [], prefixCopies: 0, suffixCopies: 0 };
  const prefix = q.prefix.trim();
  if (prefix.length >= MIN_CONTEXT_LOOKUP) {
    const found = occurrencesIn(text, prefix, 0, text.length, MAX_CONTEXT_OCCURRENCES * 8);
    places.prefixCopies = found.length;
    places.prefixEnds = nearest(found, q.hint, MAX_CONTEXT_OCCURRENCES).map((p) => p + prefix.length);
  }
  const suffix = q.suffix.trim();
  if (suffix.length >= MIN_CONTEXT_LOOKUP) {
    const found = occurrencesIn(text, suffix, 0, text.length, MAX_CONTEXT_OCCURRENCES * 8);
    places.suffixCopies = found.length;
    places.suffixStarts = nearest(found, q.hint, MAX_CONTEXT_OCCURRENCES);
  }
  return places;
}

/** Windows around the hint and next to surviving copies of the quote's prefix and suffix. */
function localWindows(q: QuoteQuery, context: ContextPlaces, k: number): Window[] {
  const m = q.exact.length;
  const windows: Window[] = [];
  if (q.hint !== null) {
    const radius = Math.max(HINT_RADIUS, 2 * m);
    windows.push([q.hint - radius, q.hint + m + radius]);
  }
  for (const end of context.prefixEnds) windows.push([end - 4, end + m + k + 4]);
  for (const start of context.suffixStarts) windows.push([start - m - k - 4, start + 4]);
  return windows;
}

/** How far from the position hint the closed-up context may be when it is not unique in the page. */
const CLOSED_UP_NEAR_HINT = 64;

/**
 * Whether the quote's old context survives with nothing but whitespace between its prefix and suffix,
 * and no trace of the quote there: the passage was deleted where it stood. Where prefix and suffix are
 * boilerplate (a list whose entries all begin alike), they also touch at entry boundaries, so the place
 * must then be at the hint.
 */
export function contextClosedUp(text: string, q: QuoteQuery, context: ContextPlaces): boolean {
  const starts = new Set(context.suffixStarts);
  const unique = context.prefixCopies === 1 && context.suffixCopies === 1;
  const k = maxErrorsFor(q.exact.length);
  return context.prefixEnds.some((end) => {
    let at = end;
    while (at - end < 2 && /\s/.test(text[at] ?? '')) at++;
    if (!starts.has(at)) return false;
    if (!unique && (q.hint === null || Math.abs(end - q.hint) > CLOSED_UP_NEAR_HINT)) return false;
    // A quote that begins like its own suffix (list entries again) may still be right there.
    return k === 0 || approxSearch(text.slice(end, end + q.exact.length + k), q.exact, k).length === 0;
  });
}

/**
 * Windows around places holding pieces of the quote verbatim. The quote is cut into P disjoint pieces;
 * a match with fewer than P edits keeps at least one piece intact (pigeonhole), and one with fewer
 * than P − 1 keeps two. Places where two or more pieces line up are checked first (up to 8); places
 * with one piece only when there is no better one (up to 2). So a match with up to P − 2 = 6 edits is
 * found anywhere; beyond that it is best effort.
 */
function pieceWindows(text: string, q: QuoteQuery, k: number): Window[] {
  const m = q.exact.length;
  const pieces = Math.min(MAX_PIECES, Math.floor(m / MIN_PIECE_LENGTH));
  if (pieces < 2) return [];
  const length = Math.floor(m / pieces);
  const votes: { start: number; piece: number }[] = [];
  for (let i = 0; i < pieces; i++) {
    const piece = q.exact.slice(i * length, (i + 1) * length);
    const found = occurrencesIn(text, piece, 0, text.length, MAX_PIECE_OCCURRENCES + 1);
    if (found.length > MAX_PIECE_OCCURRENCES) continue;
    for (const p of found) votes.push({ start: p - i * length, piece: i });
  }
  votes.sort((a, b) => a.start - b.start);
  // Votes for starts within k of each other are one candidate place; rank places by distinct pieces.
  const clusters: { from: number; to: number; pieces: Set<number> }[] = [];
  for (const v of votes) {
    const last = clusters[clusters.length - 1];
    if (last !== undefined && v.start - last.to <= k) {
      last.to = v.start;
      last.pieces.add(v.piece);
    } else {
      clusters.push({ from: v.start, to: v.start, pieces: new Set([v.piece]) });
    }
  }
  clusters.sort((a, b) => b.pieces.size - a.pieces.size);
  const several = clusters.filter((c) => c.pieces.size > 1);
  const chosen =
    several.length > 0 ? several.slice(0, MAX_PIECE_WINDOWS) : clusters.slice(0, MAX_SINGLE_PIECE_WINDOWS);
  return chosen.map((c): Window => [c.from - k - 4, c.to + m + k + 4]);
}

/** Approximate matches near the hint and the old context. */
export function bestLocalFuzzyMatch(text: string, q: QuoteQuery, context: ContextPlaces): ScoredMatch | null {
  const k = maxErrorsFor(q.exact.length);
  if (k === 0) return null;
  return bestInWindows(text, q, localWindows(q, context, k), k);
}

/** Approximate matches anywhere in the text, located by pieces of the quote. */
export function bestDistantFuzzyMatch(text: string, q: QuoteQuery): ScoredMatch | null {
  const k = maxErrorsFor(q.exact.length);
  if (k === 0) return null;
  return bestInWindows(text, q, pieceWindows(text, q, k), k);
}
