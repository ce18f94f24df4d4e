import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitByTerms, type Piece } from '@/components/library/emphasis';

const marked = (pieces: Piece[]): string[] => pieces.filter((p) => p.match).map((p) => p.text);

describe('splitByTerms', () => {
  it('marks Han bigrams, merging overlapping ones into one run', () => {
    const pieces = splitByTerms('加大科技贷款投放力度，科技金融', ['科技', '技贷', '贷款']);
    expect(marked(pieces)).toEqual(['科技贷款', '科技']);
    expect(pieces.map((p) => p.text).join('')).toBe('加大科技贷款投放力度，科技金融');
  });

  it('marks a single Han character term', () => {
    expect(marked(splitByTerms('新增贷款3000亿元', ['亿']))).toEqual(['亿']);
  });

  it('marks English words case-insensitively, including the forms the store stems', () => {
    const text = 'Tariffs and TARIFF rules; subsidies for each subsidy; taxes.';
    expect(marked(splitByTerms(text, ['tariff', 'subsidy', 'tax']))).toEqual([
      'Tariffs',
      'TARIFF',
      'subsidies',
      'subsidy',
      'taxes',
    ]);
  });

  it('marks whole words matched by prefix, not fragments inside other words', () => {
    expect(marked(splitByTerms('Loans, loaning and a payload', ['loan']))).toEqual(['Loans', 'loaning']);
  });

  it('handles mixed Chinese and English text', () => {
    expect(marked(splitByTerms('支持 AI 产业与人工智能', ['ai', '智能']))).toEqual(['AI', '智能']);
  });

  it('returns the text as one unmatched piece without terms, and nothing for empty text', () => {
    expect(splitByTerms('plain', [])).toEqual([{ text: 'plain', match: false }]);
    expect(splitByTerms('', ['x'])).toEqual([]);
  });

  it('treats markup in the text as text: pieces are strings, never parsed', () => {
    const text = '<img src=x onerror=alert(1)> loan <b>';
    const pieces = splitByTerms(text, ['loan', 'img']);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(marked(pieces)).toEqual(['img', 'loan']);
  });

  it('pieces always join back to the text and alternate between matched and not', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('科', '技', '贷', '款', 'a', 'B', 'c', ' ', '，', 'İ') }),
        fc.array(fc.constantFrom('科技', '贷款', 'ab', 'c', '技', 'i'), { maxLength: 4 }),
        (text, terms) => {
          const pieces = splitByTerms(text, terms);
          expect(pieces.map((p) => p.text).join('')).toBe(text);
          for (let i = 1; i < pieces.length; i++) expect(pieces[i]!.match).not.toBe(pieces[i - 1]!.match);
        },
      ),
    );
  });
});
