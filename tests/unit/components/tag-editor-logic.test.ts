import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addTags,
  MAX_TAG_LENGTH,
  matchSuggestions,
  removeTagAt,
  splitTags,
  tagKey,
  takeCompleteTags,
} from '@/components/tag-editor-logic';

describe('tag entry rules', () => {
  it('splits typed text on , ， and 、 and trims', () => {
    expect(splitTags(' 科技金融，绿色金融 , tax、 ')).toEqual(['科技金融', '绿色金融', 'tax']);
    expect(takeCompleteTags('a，b,c')).toEqual({ complete: ['a', 'b'], rest: 'c' });
    expect(takeCompleteTags('abc')).toEqual({ complete: [], rest: 'abc' });
  });

  it('caps a tag at the store limit', () => {
    expect(Array.from(splitTags('长'.repeat(150))[0]!).length).toBe(MAX_TAG_LENGTH);
  });

  it('adds without duplicates (ignoring case and full-width forms), keeps order', () => {
    expect(addTags(['Tax'], ['tax', 'ＴＡＸ', 'loan', 'Loan'])).toEqual(['Tax', 'loan']);
    expect(removeTagAt(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });

  it('never produces two tags with the same key', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'A', '科技', ' a ', 'b')),
        fc.array(fc.constantFrom('a', 'B', '科技')),
        (cur, inc) => {
          const start = addTags([], cur);
          const keys = addTags(start, inc).map(tagKey);
          expect(new Set(keys).size).toBe(keys.length);
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
