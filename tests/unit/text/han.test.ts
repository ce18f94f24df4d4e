import { describe, expect, it } from 'vitest';
import { HAN_CLASS, hasHan, isHanChar, isHanCode } from '@/utils/text/han';
import { isWideChar, isWideCode, WIDE_CLASS } from '@/utils/text/wide';

describe('the Han test', () => {
  it('knows Chinese characters of every block, and nothing else', () => {
    for (const text of ['科技', '〇', '﨑', '𠀋', 'abc 科']) expect(hasHan(text), text).toBe(true);
    for (const text of ['', 'abc', '，。“”', 'かな', '한국', '123']) expect(hasHan(text), text).toBe(false);
  });

  it('composes into larger patterns', () => {
    expect(new RegExp(`^[${HAN_CLASS}]+$`, 'u').test('促进科技成果转化')).toBe(true);
  });

  it('reads code units the way the class reads characters, on every ideograph block', () => {
    const han = new RegExp(`^[${HAN_CLASS}]$`, 'u');
    for (let code = 0; code < 0xd800; code++) {
      const char = String.fromCharCode(code);
      // The code-unit test covers the ideographs; the class also holds radicals and 々 〇 (left out on purpose).
      if (isHanCode(code)) expect(han.test(char), code.toString(16)).toBe(true);
      else if (code >= 0x3400 && han.test(char))
        expect.fail(`U+${code.toString(16)} is Han but not isHanCode`);
    }
    for (let code = 0xf900; code <= 0xffff; code++) {
      if (han.test(String.fromCharCode(code))) expect(isHanCode(code), code.toString(16)).toBe(true);
    }
    expect(isHanChar('𠀋')).toBe(true);
    expect(isHanChar('，')).toBe(false);
    expect(isHanChar(undefined)).toBe(false);
    expect(isHanChar('')).toBe(false);
  });
});

describe('the East Asian wide test', () => {
  it('holds Han, kana, CJK and full-width punctuation; not Latin, Hangul or ASCII punctuation', () => {
    for (const char of ['科', '。', '，', 'か', 'Ａ', '１', '𠀋']) expect(isWideChar(char), char).toBe(true);
    // U+201C “ is ambiguous-width and narrow here: Chinese text puts a space neither side of it.
    for (const char of ['a', ',', '.', '“', '한', ' ', '\n']) expect(isWideChar(char), char).toBe(false);
  });

  it('gives the same set as its regex class, code unit by code unit', () => {
    const wide = new RegExp(`^[${WIDE_CLASS}]$`);
    for (let code = 0; code <= 0xffff; code++) {
      if (isWideCode(code) !== wide.test(String.fromCharCode(code))) expect.fail(`U+${code.toString(16)}`);
    }
  });
});
