/**
 * Where a browser would place a text directive in the normalised text: the first match in document
 * order, following "find a range from a text directive" (https://wicg.github.io/scroll-to-text-fragment/)
 * as Chromium implements it: case-insensitive; each term within one block; only spaces between the
 * prefix and `textStart` and between the end and the suffix; word-boundary rules per term (a prefix
 * starts on a boundary, a suffix ends on one, `textStart` starts on one unless a prefix precedes it and
 * ends on one unless it stands alone with a suffix, `textEnd` starts on one and ends on one unless a
 * suffix follows). Used to check that a generated directive selects the intended passage first.
 */
import type { WordBoundaries } from './word-boundaries';

export interface DirectiveTerms {
  prefix: string;
  textStart: string;
  /** '' for an exact (single-term) directive. */
  textEnd: string;
  suffix: string;
}

export interface DirectiveText {
  /** The normalised text, lower-cased (same length as the text). */
  lower: string;
  words: WordBoundaries;
}

function afterSpaces(lower: string, pos: number): number {
  let p = pos;
  while (lower.charCodeAt(p) === 32) p++;
  return p;
}

function* occurrences(lower: string, needle: string, from: number): Generator<number> {
  for (let p = lower.indexOf(needle, from); p !== -1; p = lower.indexOf(needle, p + 1)) yield p;
}

/** Starts of `textStart` matches that satisfy the prefix (if any), in document order. */
function* startCandidates(doc: DirectiveText, t: DirectiveTerms): Generator<number> {
  const { lower, words } = doc;
  if (t.prefix === '') {
    for (const p of occurrences(lower, t.textStart, 0)) if (words.isBoundary(p)) yield p;
    return;
  }
  for (const p of occurrences(lower, t.prefix, 0)) {
    if (!words.isBoundary(p)) continue;
    const start = afterSpaces(lower, p + t.prefix.length);
    if (lower.startsWith(t.textStart, start)) yield start;
  }
}

function suffixFollows(doc: DirectiveText, suffix: string, pos: number): boolean {
  if (suffix === '') return true;
  const at = afterSpaces(doc.lower, pos);
  return doc.lower.startsWith(suffix, at) && doc.words.isBoundary(at + suffix.length);
}

/** The first match of the directive, as text offsets, or null when the browser would find none. */
export function firstDirectiveMatch(
  doc: DirectiveText,
  terms: DirectiveTerms,
): { start: number; end: number } | null {
  const t: DirectiveTerms = {
    prefix: terms.prefix.toLowerCase(),
    textStart: terms.textStart.toLowerCase(),
    textEnd: terms.textEnd.toLowerCase(),
    suffix: terms.suffix.toLowerCase(),
  };
  if (t.textStart === '') return null;
  const { lower, words } = doc;
  const startMustEndOnBoundary = t.textEnd !== '' || t.suffix === '';
  for (const start of startCandidates(doc, t)) {
    const startEnd = start + t.textStart.length;
    if (startMustEndOnBoundary && !words.isBoundary(startEnd)) continue;
    if (t.textEnd === '') {
      if (suffixFollows(doc, t.suffix, startEnd)) return { start, end: startEnd };
      continue;
    }
    let sawEnd = false;
    for (const e of occurrences(lower, t.textEnd, startEnd)) {
      const end = e + t.textEnd.length;
      if (!words.isBoundary(e) || (t.suffix === '' && !words.isBoundary(end))) continue;
      sawEnd = true;
      if (suffixFollows(doc, t.suffix, end)) return { start, end };
    }
    // No `textEnd` after this start means none after any later start either.
    if (!sawEnd) return null;
  }
  return null;
}
