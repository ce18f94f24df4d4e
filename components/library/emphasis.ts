/**
 * Search-match emphasis: splits a text into pieces, marking those a search matched. The store reports
 * matched index terms (lower-cased words, lightly stemmed, and Han bigrams or single characters); this
 * finds them back in the original text. The result is plain strings: the caller renders each piece as a
 * text node (matched ones inside `<mark>`), so page text is never interpreted as HTML.
 */
import { HAN_CLASS, hasHan } from '@/utils/text/han';

export interface Piece {
  text: string;
  match: boolean;
}

// A Latin-script (or any non-Han) word: the unit the store stems and prefix-matches.
const WORD_SOURCE = `(?:(?!${HAN_CLASS})[\\p{L}\\p{N}\\p{M}])+`;
const WORD = new RegExp(WORD_SOURCE, 'gu');
const WORD_TERM = new RegExp(`^${WORD_SOURCE}$`, 'u');

/** Lower-cases code unit by code unit, so offsets in the result are offsets in `text`. */
function lowerSameLength(text: string): string {
  const lower = text.toLocaleLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const unit of text) {
    const l = unit.toLocaleLowerCase();
    out += l.length === unit.length ? l : unit;
  }
  return out;
}

/**
 * Whether a word of the text is what an index term came from: the store indexes `tariffs` as `tariff`
 * and `subsidies` as `subsidy`, and searches words of three letters or more by prefix.
 */
function wordMatches(word: string, term: string): boolean {
  if (word.startsWith(term)) return true;
  return term.endsWith('y') && term.length > 3 && word.startsWith(`${term.slice(0, -1)}ie`);
}

function markWords(lower: string, term: string, marked: boolean[]): void {
  for (const m of lower.matchAll(WORD)) {
    if (!wordMatches(m[0], term)) continue;
    for (let i = m.index; i < m.index + m[0].length; i++) marked[i] = true;
  }
}

function markSubstrings(lower: string, term: string, marked: boolean[]): void {
  let at = lower.indexOf(term);
  while (at >= 0) {
    for (let i = at; i < at + term.length; i++) marked[i] = true;
    at = lower.indexOf(term, at + 1);
  }
}

/** `text` cut into matched and unmatched pieces, in order; joined, the pieces are exactly `text`. */
export function splitByTerms(text: string, terms: readonly string[]): Piece[] {
  if (text === '') return [];
  const lower = lowerSameLength(text);
  const marked = new Array<boolean>(text.length).fill(false);
  for (const raw of terms) {
    const term = lowerSameLength(raw.normalize('NFKC').trim());
    if (term === '') continue;
    if (WORD_TERM.test(term) && !hasHan(term)) markWords(lower, term, marked);
    else markSubstrings(lower, term, marked);
  }
  const pieces: Piece[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      pieces.push({ text: text.slice(start, i), match: marked[start] === true });
      start = i;
    }
  }
  return pieces;
}
