/**
 * Tokens for full-text search in Chinese and English.
 *
 * Chinese has no spaces and word segmenters disagree with themselves across contexts (`科技成果` alone is
 * one word, inside `促进科技成果转化` it may be two), so Han text is indexed as overlapping character
 * bigrams over each whole Han run: any substring of two or more characters is then found by requiring
 * all of its bigrams (`科技成果` → 科技 技成 成果). Every Han character also starts at least one indexed
 * term (the last of a run is indexed alone), so a one-character query finds it by prefix.
 * Everything else is split into words by `Intl.Segmenter` and lightly stemmed (`tariffs` → `tariff`).
 */

const HAN_RUN = /\p{Script=Han}+/gu;
const HAN_CHAR = /^\p{Script=Han}+$/u;
const LATIN_WORD = /^[a-z]+$/;

/** Words that match nearly every English passage: indexing them only costs time and memory. */
const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'has', 'have', 'in', 'is', 'it', 'its',
  'of', 'on', 'or', 'that', 'the', 'this', 'to', 'was', 'were', 'will', 'with',
]);

let wordSegmenter: Intl.Segmenter | null = null;

function segmenter(): Intl.Segmenter {
  wordSegmenter ??= new Intl.Segmenter('en', { granularity: 'word' });
  return wordSegmenter;
}

function hanTerms(run: string, out: string[], forQuery: boolean): void {
  const chars = Array.from(run);
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  // In a query, a run of two or more is fully described by its bigrams.
  if (chars.length === 1 || !forQuery) out.push(chars[chars.length - 1] ?? '');
}

function tokenize(text: string, forQuery: boolean): string[] {
  const normalised = text.normalize('NFKC');
  const out: string[] = [];
  for (const match of normalised.matchAll(HAN_RUN)) hanTerms(match[0], out, forQuery);
  const rest = normalised.replace(HAN_RUN, ' ');
  for (const segment of segmenter().segment(rest)) {
    if (segment.isWordLike) out.push(segment.segment);
  }
  return out;
}

/** Tokenizer for indexed fields. */
export function tokenizeForIndex(text: string): string[] {
  return tokenize(text, false);
}

/** Tokenizer for queries: the same terms, minus the single characters only prefix queries need. */
export function tokenizeQuery(text: string): string[] {
  return tokenize(text, true);
}

/** English plurals and possessives to their singular: enough for `tariffs` ↔ `tariff`, `subsidies` ↔ `subsidy`. */
export function stemEnglish(word: string): string {
  let w = word.replace(/['’]s$/u, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (/(?:x|ch|sh)es$/u.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(?:ss|us|is)$/u.test(w)) w = w.slice(0, -1);
  return w;
}

/** Applied to every token, indexed or queried: lower-case, drop stop words, stem English words. */
export function processTerm(term: string): string | null {
  const lower = term.toLocaleLowerCase('und');
  if (HAN_CHAR.test(lower)) return lower;
  if (STOP_WORDS.has(lower)) return null;
  return LATIN_WORD.test(lower.replace(/['’]s$/u, '')) ? stemEnglish(lower) : lower;
}

/** Prefix-match Latin words of three letters or more (`tarif…`) and single Han characters. */
export function usePrefix(term: string): boolean {
  return HAN_CHAR.test(term) ? Array.from(term).length === 1 : term.length >= 3;
}
