/**
 * East Asian wide characters: CJK punctuation, kana, Han (with extension A, compatibility ideographs and
 * the high surrogates of extensions B–H) and full-width forms. Between two of these a line break in the
 * source is not a space (CSS Text segment-break rule), and one of them weighs about three Latin characters
 * of reading. One list of ranges gives both the code-unit test (hot loops) and the regex class.
 */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x4e00, 0x9fff], // unified ideographs (most of any Chinese text): tested first
  [0x3000, 0x30ff], // CJK punctuation, hiragana, katakana
  [0xff01, 0xff60], // full-width forms
  [0x2e80, 0x2fdf], // radicals
  [0x3400, 0x4dbf], // extension A
  [0xf900, 0xfaff], // compatibility ideographs
  [0xd840, 0xd88f], // high surrogates of extensions B–H
  [0xffe0, 0xffe6], // full-width signs
];

/** Below this no code unit is wide (Latin text is answered by one comparison). */
const LOWEST = 0x2e80;

/**
 * Whether a UTF-16 code unit is wide: extraction runs this on every character of an article. Latin text
 * and the unified ideographs are answered by comparisons before the range list is read; a lookup table
 * would be filled on every injection of the extractor (it is evaluated afresh each time).
 */
export function isWideCode(code: number): boolean {
  if (code < LOWEST) return false;
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  for (const [from, to] of WIDE_RANGES) if (code >= from && code <= to) return true;
  return false;
}

export function isWideChar(char: string | undefined): boolean {
  return char !== undefined && char !== '' && isWideCode(char.charCodeAt(0));
}

const hex = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;

/** The same set as a character-class body (no `u` flag needed: ranges of code units). */
export const WIDE_CLASS = WIDE_RANGES.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('');
