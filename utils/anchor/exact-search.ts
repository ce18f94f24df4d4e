/**
 * Exact occurrences of a quote, found outward from the position hint so that a page where the quote
 * only moved a little (a paragraph inserted above) costs a short scan, not a scan of the whole text.
 */
import { type QuoteQuery, type ScoredMatch, scoreMatch } from './score';

const FIRST_RADIUS = 2048;
const RADIUS_GROWTH = 4;
/** Candidates fully scored (edit distance of context) after a cheap ranking by shared context. */
const FULLY_SCORED = 32;
/** Beyond this many occurrences the quote says little by itself; later ones are ignored. */
const MAX_OCCURRENCES = 20_000;

/** Starts `p` in `[from, to)` with `text.startsWith(needle, p)`, in order. */
export function occurrencesIn(
  text: string,
  needle: string,
  from: number,
  to: number,
  limit = Infinity,
): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  const lo = Math.max(0, from);
  const hi = Math.min(text.length - needle.length + 1, to);
  if (hi <= lo) return found;
  // A slice keeps `indexOf` from running past the window when the needle is not in it.
  const hay =
    lo === 0 && hi + needle.length - 1 >= text.length ? text : text.slice(lo, hi + needle.length - 1);
  for (let p = hay.indexOf(needle); p !== -1 && found.length < limit; p = hay.indexOf(needle, p + 1)) {
    found.push(lo + p);
  }
  return found;
}

function sharedBefore(text: string, pos: number, prefix: string): number {
  let n = 0;
  while (
    n < prefix.length &&
    n < pos &&
    text.charCodeAt(pos - 1 - n) === prefix.charCodeAt(prefix.length - 1 - n)
  )
    n++;
  return n;
}

function sharedAfter(text: string, pos: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && pos + n < text.length && text.charCodeAt(pos + n) === suffix.charCodeAt(n)) n++;
  return n;
}

/**
 * The best exact occurrence of `q.exact`, or null. With a hint, the search widens in rings around it
 * and stops at the first ring holding an occurrence whose context is intact: any occurrence outside is
 * farther from the hint and cannot score higher.
 */
export function bestExactMatch(text: string, q: QuoteQuery): ScoredMatch | null {
  const m = q.exact.length;
  const found: number[] = [];
  const perfect = (pos: number): boolean =>
    sharedBefore(text, pos, q.prefix) === Math.min(q.prefix.length, pos) &&
    sharedAfter(text, pos + m, q.suffix) === Math.min(q.suffix.length, text.length - pos - m);
  if (q.hint === null) {
    found.push(...occurrencesIn(text, q.exact, 0, text.length, MAX_OCCURRENCES));
  } else {
    const hint = Math.min(Math.max(0, q.hint), text.length);
    let lo = hint;
    let hi = hint;
    for (let radius = FIRST_RADIUS; ; radius *= RADIUS_GROWTH) {
      const newLo = Math.max(0, hint - radius);
      const newHi = Math.min(text.length, hint + radius);
      const before = occurrencesIn(text, q.exact, newLo, lo);
      const after = occurrencesIn(text, q.exact, hi, newHi);
      found.push(...before, ...after);
      lo = newLo;
      hi = newHi;
      if (before.some(perfect) || after.some(perfect)) break;
      if ((lo === 0 && hi === text.length) || found.length >= MAX_OCCURRENCES) break;
    }
  }
  if (found.length === 0) return null;
  const hint = q.hint ?? 0;
  const cheap = found.map((pos) => ({
    pos,
    shared: sharedBefore(text, pos, q.prefix) + sharedAfter(text, pos + m, q.suffix),
    distance: Math.abs(pos - hint),
  }));
  cheap.sort((a, b) => b.shared - a.shared || a.distance - b.distance);
  let best: ScoredMatch | null = null;
  for (const c of cheap.slice(0, FULLY_SCORED)) {
    const score = scoreMatch(text, q, c.pos, c.pos + m, 0);
    if (best === null || score > best.score) best = { start: c.pos, end: c.pos + m, score };
  }
  return best;
}
