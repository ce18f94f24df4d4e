/** Type and ranking score of a measure, from its words and the figures inside it. */
import type { MeasureType } from './types';
import { EN_GOVERNMENT_WORDS, EN_TYPE_KEYWORDS } from './measure-words-en';
import { ZH_GOVERNMENT_WORDS, ZH_TYPE_KEYWORDS } from './measure-words-zh';
import { type LiteralTable, literalTable, matchAt } from './literal-table';

export interface MeasureCandidate {
  start: number;
  end: number;
  /** Weight of the verb or modal phrase that made the clause a measure. */
  weight: number;
  /** An obligation or commitment is stated (`要`, `将`, `will`, `must`). */
  modal: boolean;
  /** What precedes the verb: the acting body, when named. */
  subject: string;
  lang: 'zh' | 'en';
}

/** Keyword → the rank of its type in the table (earlier types win), one trie per language. */
function keywordTable(
  rows: readonly (readonly [MeasureType, readonly string[]])[],
  caseInsensitive: boolean,
): LiteralTable<number> {
  return literalTable(
    rows.flatMap(([, words], rank) => words.map((w) => [w, rank] as const)),
    { caseInsensitive },
  );
}
const TYPE_KEYWORDS = {
  zh: keywordTable(ZH_TYPE_KEYWORDS, false),
  en: keywordTable(EN_TYPE_KEYWORDS, true),
} as const;
const TYPE_ORDER = {
  zh: ZH_TYPE_KEYWORDS.map(([type]) => type),
  en: EN_TYPE_KEYWORDS.map(([type]) => type),
} as const;

/** The first type (in table order) with a keyword in `text`; one pass over the text. */
export function measureType(text: string, lang: 'zh' | 'en'): MeasureType {
  let best = Infinity;
  for (let i = 0; i < text.length && best > 0; i++) {
    const keyword = matchAt(TYPE_KEYWORDS[lang], text, i);
    if (keyword !== null && keyword.value < best) best = keyword.value;
  }
  return TYPE_ORDER[lang][best] ?? 'other';
}

/** Length (characters) past which a suggestion reads as a paragraph rather than a measure. */
const LONG = { zh: 60, en: 220 } as const;

/**
 * Score in [0, 1]: the verb's weight, plus a specific figure inside (an amount is the most useful
 * measure), a known type, a stated obligation and a named public body; minus length.
 */
export function measureScore(
  candidate: MeasureCandidate,
  type: MeasureType,
  hasAmount: boolean,
  text: string,
): number {
  let score = candidate.weight;
  if (hasAmount) score += 0.15;
  if (type !== 'other') score += 0.1;
  if (candidate.modal) score += 0.05;
  const government = candidate.lang === 'zh' ? ZH_GOVERNMENT_WORDS : EN_GOVERNMENT_WORDS;
  if (government.test(candidate.subject)) score += 0.05;
  if (text.length > LONG[candidate.lang]) score -= 0.1;
  return Math.round(Math.min(1, Math.max(0.05, score)) * 100) / 100;
}
