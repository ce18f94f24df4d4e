import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { matchSuggestions, removeTagAt } from '@/components/tag-editor-logic';
import {
  addTags,
  clampTag,
  normaliseTag,
  normaliseTags,
  splitTags,
  TAG_LIMITS,
  TagListSchema,
  TagSchema,
  tagKey,
  takeCompleteTags,
} from '@/utils/tags';

describe('tag entry rules', () => {
  it('splits typed text on every separator a Chinese or English user types', () => {
    expect(splitTags(' 科技金融，绿色金融 , tax、 ')).toEqual(['科技金融', '绿色金融', 'tax']);
    expect(splitTags('科技;金融')).toEqual(['科技', '金融']);
    expect(splitTags('科技、金融')).toEqual(['科技', '金融']);
    expect(splitTags('科技；金融\n外汇\r\n债券')).toEqual(['科技', '金融', '外汇', '债券']);
    expect(takeCompleteTags('a，b;c')).toEqual({ complete: ['a', 'b'], rest: 'c' });
    expect(takeCompleteTags('abc')).toEqual({ complete: [], rest: 'abc' });
  });

  it('trims, collapses spaces (also ideographic), drops empties, dedupes by key, keeps the first spelling', () => {
    expect(normaliseTag('  Trade \u3000  war ')).toBe('Trade war');
    expect(normaliseTags(['Trade', ' trade', '', '   ', 'TRADE ', '贸易', '贸易'])).toEqual([
      'Trade',
      '贸易',
    ]);
  });

  it('is one tag whatever the case or width (locale-free)', () => {
    expect(tagKey('ＴＡＸ')).toBe(tagKey('tax'));
    expect(tagKey('Tax ')).toBe('tax');
    expect(tagKey('İ')).toBe('i̇'); // toLowerCase, not a Turkish locale's rule
  });

  it('counts the limit in code points and never cuts a character', () => {
    const astral = '𠀀'.repeat(TAG_LIMITS.codePoints + 5); // each is two UTF-16 units
    const clamped = clampTag(astral);
    expect(Array.from(clamped)).toHaveLength(TAG_LIMITS.codePoints);
    expect(clamped.isWellFormed()).toBe(true);
    expect(Array.from(splitTags('长'.repeat(150))[0]!)).toHaveLength(TAG_LIMITS.codePoints);
  });

  it('the wire/store schema refuses what is too long instead of cutting it, and accepts the limit exactly', () => {
    const atLimit = '𠀀'.repeat(TAG_LIMITS.codePoints);
    expect(v.parse(TagSchema, ` ${atLimit} `)).toBe(atLimit);
    expect(v.safeParse(TagSchema, atLimit + 'x').success).toBe(false);
    expect(v.safeParse(TagSchema, '  ').success).toBe(false);
    expect(v.parse(TagListSchema, ['a', 'A', ' b ', ' '])).toEqual(['a', 'b']);
    expect(
      v.safeParse(
        TagListSchema,
        Array.from({ length: TAG_LIMITS.perClip + 1 }, (_, i) => `t${i}`),
      ).success,
    ).toBe(false);
  });

  it('adds without duplicates (ignoring case and full-width forms), keeps order', () => {
    expect(addTags(['Tax'], ['tax', 'ＴＡＸ', 'loan', 'Loan'])).toEqual(['Tax', 'loan']);
    expect(removeTagAt(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });

  it('never produces two tags with the same key', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'A', 'Ａ', '科技', ' a ', 'b')),
        fc.array(fc.constantFrom('a', 'B', '科技')),
        (cur, inc) => {
          const keys = addTags(addTags([], cur), inc).map(tagKey);
          expect(new Set(keys).size).toBe(keys.length);
        },
      ),
    );
  });

  it('whatever is typed, the editor and the schema agree on the tags', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'Ａ', '科', '技', ' ', ',', '，', '、', ';', '；', '\n') }),
        (typed) => {
          const tags = splitTags(typed);
          expect(v.parse(TagListSchema, tags.slice(0, TAG_LIMITS.perClip))).toEqual(
            tags.slice(0, TAG_LIMITS.perClip),
          );
        },
      ),
    );
  });

  it('suggests prefix matches before inner ones, each most used first, up to the limit', () => {
    const s = [
      { tag: 'b-loan', count: 9 },
      { tag: 'loan', count: 1 },
      { tag: 'Loan guarantee', count: 5 },
    ];
    expect(matchSuggestions(s, 'LOAN', []).map((x) => x.tag)).toEqual(['Loan guarantee', 'loan', 'b-loan']);
    expect(matchSuggestions(s, 'loan', ['loan']).map((x) => x.tag)).toEqual(['Loan guarantee', 'b-loan']);
    expect(matchSuggestions(s, '', [], 2).map((x) => x.tag)).toEqual(['b-loan', 'Loan guarantee']);
  });
});
