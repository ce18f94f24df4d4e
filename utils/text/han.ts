/**
 * The one test for Chinese characters (Han script: CJK ideographs of every block, including the
 * compatibility ideographs and extensions beyond the BMP). Modules that need the range inside a larger
 * pattern use `HAN_CLASS` (a `u`-flag character-class body); loops over every character of an article
 * use `isHanCode`, the same set read one UTF-16 code unit at a time (tested to agree with the class).
 */
export const HAN_CLASS = '\\p{Script=Han}';

const HAN = new RegExp(HAN_CLASS, 'u');

/** Whether `text` holds at least one Chinese character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * Whether a UTF-16 code unit is (or, for a high surrogate, starts) a Han ideograph: unified ideographs,
 * extension A, compatibility ideographs, and the high surrogates of extensions B–H. Radicals and the few
 * Han-script symbols of CJK punctuation (`々`, `〇`) are left out: they never decide a boundary.
 * Plain comparisons rather than the regex: detection runs this on every character.
 */
export function isHanCode(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) || // unified ideographs (most of any Chinese text): tested first
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xd840 && code <= 0xd88f)
  );
}

export function isHanChar(char: string | undefined): boolean {
  return char !== undefined && char !== '' && isHanCode(char.charCodeAt(0));
}
