/**
 * Character-level clean-up shared by titles, metadata values and article text. Works on any string;
 * knows nothing about the DOM.
 */

/** Characters that render as nothing but break string comparison and copied quotes. */
const INVISIBLE_CHARS = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

/** Whitespace as readers see it, including the no-break and ideographic spaces Chinese pages indent with. */
const WHITESPACE_RUN = /[\s\u00A0\u3000]+/g;

/**
 * East Asian wide characters: Han, kana, CJK punctuation and full-width forms. Between two of these a
 * line break in the source is not a space (CSS Text segment-break rule), and nothing inserts one.
 */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF01-\uFF60\uFFE0-\uFFE6]/u;

export function isCjkChar(char: string | undefined): boolean {
  return char !== undefined && char !== '' && CJK_CHAR.test(char);
}

export function removeInvisible(text: string): string {
  return text.replace(INVISIBLE_CHARS, '');
}

/** One line of display text: invisible characters dropped, every whitespace run one space, trimmed. */
export function cleanInline(text: string): string {
  return removeInvisible(text).replace(WHITESPACE_RUN, ' ').trim();
}

/** Share of CJK characters among the letters of `text` (0 when it has none), from a bounded sample. */
export function cjkShare(text: string, sampleLength = 2000): number {
  let cjk = 0;
  let letters = 0;
  const end = Math.min(text.length, sampleLength);
  for (let i = 0; i < end; i++) {
    const ch = text[i] as string;
    if (isCjkChar(ch)) {
      cjk++;
      letters++;
    } else if (/\p{L}/u.test(ch)) {
      letters++;
    }
  }
  return letters === 0 ? 0 : cjk / letters;
}

/**
 * A length that means the same amount of reading in Chinese and English: one CJK character weighs about
 * as much as three Latin characters (a short word plus its space). Counting stops once `cap` is reached.
 */
export function readingWeight(text: string, cap = Number.POSITIVE_INFINITY): number {
  let weight = 0;
  for (let i = 0; i < text.length && weight < cap; i++) weight += isCjkChar(text[i]) ? 3 : 1;
  return weight;
}

/** Cuts `text` to at most `max` characters at a character boundary, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return chars.slice(0, max - 1).join('').trimEnd() + '…';
}
