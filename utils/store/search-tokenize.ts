/**
 * Terms for full-text search in Chinese and English.
 *
 * Chinese has no spaces and word segmenters disagree with themselves across contexts (`科技成果` alone is
 * one word, inside `促进科技成果转化` it may be two), so Han text is indexed as overlapping character
 * bigrams over each whole Han run: any substring of two or more characters is then found by requiring
 * all of its bigrams (`科技成果` → 科技 技成 成果). Every Han character also starts at least one indexed
 * term (the last of a run is indexed alone), so a one-character query finds it by prefix.
 * Other text is split into words: by `Intl.Segmenter` where the script needs a dictionary to find word
 * boundaries (kana, Thai, Lao, Khmer, Myanmar), otherwise by letters and digits, which gives the same
 * words for English at a fraction of the cost (it runs for every clip at every start). Words are
 * lower-cased, English stop words dropped and plurals stemmed (`tariffs` → `tariff`).
 */

import { docNumberKey } from '../extract/policy/doc-number';

const HAN_RUN = /\p{Script=Han}+/gu;
const HAN_ONLY = /^\p{Script=Han}+$/u;
const NEEDS_SEGMENTER =
  /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const SIMPLE_WORD = /[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*/gu;
const NON_ASCII = /[^\x00-\x7f]/u;
const LATIN_WORD = /^[a-z]+$/;

/** Words that match nearly every English passage: indexing them only costs time and memory. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'has',
  'have',
  'in',
  'is',
  'it',
  'its',
  'of',
  'on',
  'or',
  'that',
  'the',
  'this',
  'to',
  'was',
  'were',
  'will',
  'with',
]);

let wordSegmenter: Intl.Segmenter | null = null;

function segmenter(): Intl.Segmenter {
  wordSegmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  return wordSegmenter;
}

/** English plurals and possessives to their singular: enough for `tariffs` ↔ `tariff`, `subsidies` ↔ `subsidy`. */
export function stemEnglish(word: string): string {
  const w = word.replace(/['’]s$/u, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (/(?:x|ch|sh)es$/u.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(?:ss|us|is)$/u.test(w)) return w.slice(0, -1);
  return w;
}

/** A word as indexed: lower-case; English stop words dropped, English words stemmed. */
function wordTerm(word: string, out: string[]): void {
  const lower = word.toLowerCase();
  if (STOP_WORDS.has(lower)) return;
  const bare = lower.replace(/['’]s$/u, '');
  out.push(LATIN_WORD.test(bare) ? stemEnglish(lower) : lower);
}

function hanTerms(run: string, out: string[], forQuery: boolean): void {
  const chars = Array.from(run);
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  // In a query, a run of two or more is fully described by its bigrams.
  if (chars.length === 1 || !forQuery) out.push(chars[chars.length - 1] ?? '');
}

function terms(text: string, forQuery: boolean): string[] {
  const out: string[] = [];
  let rest = text;
  if (NON_ASCII.test(text)) {
    // NFKC folds full-width letters and digits (ＧＤＰ５％ → GDP5%), common in Chinese text.
    const folded = text.normalize('NFKC');
    for (const match of folded.matchAll(HAN_RUN)) hanTerms(match[0], out, forQuery);
    rest = folded.replace(HAN_RUN, ' ');
    if (NEEDS_SEGMENTER.test(rest)) {
      for (const s of segmenter().segment(rest)) if (s.isWordLike) wordTerm(s.segment, out);
      return out;
    }
  }
  for (const match of rest.matchAll(SIMPLE_WORD)) wordTerm(match[0], out);
  return out;
}

/** Terms of an indexed field. */
export function indexTerms(text: string): string[] {
  return terms(text, false);
}

/** Terms of a query: the same, minus the single characters only prefix queries need. */
export function queryTerms(text: string): string[] {
  return terms(text, true);
}

/** Prefix-match Latin words of three letters or more (`tarif…`) and single Han characters. */
export function usePrefix(term: string): boolean {
  return HAN_ONLY.test(term) ? Array.from(term).length === 1 : term.length >= 3;
}

/**
 * A document number as typed, reduced to its key (`docNumberKey`): agency letters, the year and the
 * serial run together, brackets, spaces and `第` left out. Only a query that is a number and nothing
 * else (`国办发〔2017〕47号`, `国办发2017 47号`, `国办发[2017]47号`, `国务院令第732号`) has one.
 */
const NUMBER_KEY = /^[\p{Script=Han}a-z]{0,24}\d[\p{Script=Han}\d]{0,24}号令?$/u;

export function docNumberQueryKey(text: string): string | null {
  const key = docNumberKey(text.normalize('NFKC'));
  return NUMBER_KEY.test(key) && /\p{Script=Han}/u.test(key) ? `№${key}` : null;
}

/** A document number's terms: its words and bigrams, like any text, and its whole key. */
export function docNumberTerms(text: string): string[] {
  if (!text) return [];
  const key = docNumberQueryKey(text);
  return key === null ? indexTerms(text) : [...indexTerms(text), key];
}
