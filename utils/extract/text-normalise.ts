/**
 * Character-level clean-up shared by titles, metadata values and article text. Works on any string;
 * knows nothing about the DOM.
 */
import { isWideCode } from '@/utils/text/wide';

/** Characters that render as nothing but break string comparison and copied quotes. */
const INVISIBLE_CHARS = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

/** Whitespace as readers see it, including the no-break and ideographic spaces Chinese pages indent with. */
const WHITESPACE_RUN = /[\s\u00A0\u3000]+/g;

/** Letters for language guessing: ASCII letters, Latin-1 and beyond, CJK (not digits, spaces or punctuation). */
function isLetterCode(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code < 0x2000) ||
    isWideCode(code)
  );
}

const HAS_INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/;

export function removeInvisible(text: string): string {
  return HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE_CHARS, '') : text;
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
    const code = text.charCodeAt(i);
    if (isWideCode(code)) {
      cjk++;
      letters++;
    } else if (isLetterCode(code)) {
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
  for (let i = 0; i < text.length && weight < cap; i++) weight += isWideCode(text.charCodeAt(i)) ? 3 : 1;
  return weight;
}

/** Cuts `text` to at most `max` characters at a character boundary, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return (
    chars
      .slice(0, max - 1)
      .join('')
      .trimEnd() + '…'
  );
}

/**
 * The host of an absolute http(s) URL, lower-cased, or '' (a regex rather than `new URL`, which costs
 * a page a noticeable fraction of a millisecond in Chromium, and the extraction runs on every popup).
 */
export function hostOf(url: string): string {
  return /^https?:\/\/(?:[^@/?#]*@)?([^:/?#]+)/i.exec(url)?.[1]?.toLowerCase() ?? '';
}
