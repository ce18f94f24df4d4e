/**
 * The one test for Chinese characters (Han script: CJK ideographs of every block, including the
 * compatibility ideographs and extensions beyond the BMP). Modules that need the range inside a larger
 * pattern use `HAN_CLASS` (a `u`-flag character-class body).
 */
export const HAN_CLASS = '\\p{Script=Han}';

const HAN = new RegExp(HAN_CLASS, 'u');

/** Whether `text` holds at least one Chinese character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}
