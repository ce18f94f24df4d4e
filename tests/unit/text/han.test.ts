import { describe, expect, it } from 'vitest';
import { HAN_CLASS, hasHan } from '@/utils/text/han';

describe('the Han test', () => {
  it('knows Chinese characters of every block, and nothing else', () => {
    for (const text of ['科技', '〇', '﨑', '𠀋', 'abc 科']) expect(hasHan(text), text).toBe(true);
    for (const text of ['', 'abc', '，。“”', 'かな', '한국', '123']) expect(hasHan(text), text).toBe(false);
  });

  it('composes into larger patterns', () => {
    expect(new RegExp(`^[${HAN_CLASS}]+$`, 'u').test('促进科技成果转化')).toBe(true);
  });
});
