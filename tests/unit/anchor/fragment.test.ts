import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildTextModel,
  encodeTextDirectiveComponent,
  fragmentUrl,
  textFragmentDirective,
} from '@/utils/anchor';
import { type DirectiveTerms, firstDirectiveMatch } from '@/utils/anchor/fragment-match';
import { createWordBoundaries } from '@/utils/anchor/word-boundaries';
import { fixtureDocument } from './dom';

/** Parses `text=[prefix-,]start[,end][,-suffix]` back into decoded terms. */
function parse(directive: string): DirectiveTerms {
  expect(directive.startsWith('text=')).toBe(true);
  const parts = directive.slice(5).split(',');
  const terms: DirectiveTerms = { prefix: '', textStart: '', textEnd: '', suffix: '' };
  if (parts[0]?.endsWith('-')) terms.prefix = decodeURIComponent((parts.shift() as string).slice(0, -1));
  if (parts[parts.length - 1]?.startsWith('-'))
    terms.suffix = decodeURIComponent((parts.pop() as string).slice(1));
  expect(parts.length === 1 || parts.length === 2).toBe(true);
  terms.textStart = decodeURIComponent(parts[0] as string);
  terms.textEnd = parts[1] === undefined ? '' : decodeURIComponent(parts[1]);
  return terms;
}

function firstMatch(text: string, directive: string): { start: number; end: number } | null {
  const lower = text.toLowerCase();
  return firstDirectiveMatch(
    { lower: lower.length === text.length ? lower : text, words: createWordBoundaries(text) },
    parse(directive),
  );
}

const zhText = buildTextModel(fixtureDocument('pages/seed-policy-article-zh/source.html').body).text;
const enText = buildTextModel(fixtureDocument('anchor/policy-en.html').body).text;
const PHRASE = '开展科技成果转化贷款风险补偿试点';

describe('encodeTextDirectiveComponent', () => {
  it('percent-encodes the characters with a meaning in a directive, and everything non-ASCII', () => {
    expect(encodeTextDirectiveComponent('cost-of-living, R&D')).toBe('cost%2Dof%2Dliving%2C%20R%26D');
    expect(encodeTextDirectiveComponent('50%')).toBe('50%25');
    expect(encodeTextDirectiveComponent('试点')).toBe('%E8%AF%95%E7%82%B9');
    expect(decodeURIComponent(encodeTextDirectiveComponent('a-b,c&d -e'))).toBe('a-b,c&d -e');
  });
});

describe('textFragmentDirective', () => {
  it('gives a unique short quote whole, without context', () => {
    const at = enText.indexOf('Small firms, start-ups & charities');
    const directive = textFragmentDirective(enText, at, at + 'Small firms, start-ups & charities'.length);
    expect(directive).toBe('text=Small%20firms%2C%20start%2Dups%20%26%20charities');
  });

  it('adds context when the quote is not unique, so the intended occurrence is matched first', () => {
    const second = zhText.lastIndexOf(PHRASE);
    const directive = textFragmentDirective(zhText, second, second + PHRASE.length);
    const terms = parse(directive);
    expect(terms.prefix !== '' || terms.suffix !== '').toBe(true);
    expect(firstMatch(zhText, directive)).toEqual({ start: second, end: second + PHRASE.length });
    const first = zhText.indexOf(PHRASE);
    expect(parse(textFragmentDirective(zhText, first, first + PHRASE.length))).toEqual({
      prefix: '',
      textStart: PHRASE,
      textEnd: '',
      suffix: '',
    });
  });

  it('widens a CJK selection cut mid-word to word boundaries (Intl.Segmenter)', () => {
    const at = zhText.indexOf('合肥市明确对关键核心技术');
    const directive = textFragmentDirective(zhText, at + 1, at + 9);
    const { textStart } = parse(directive);
    expect(textStart).toContain('肥市明确对关键核');
    const start = zhText.indexOf(textStart);
    const words = createWordBoundaries(zhText);
    expect(words.isBoundary(start)).toBe(true);
    expect(words.isBoundary(start + textStart.length)).toBe(true);
    expect(start).toBeLessThanOrEqual(at + 1);
    expect(start + textStart.length).toBeGreaterThanOrEqual(at + 9);
  });

  it('turns a long quote into textStart,textEnd, each term within one block', () => {
    const from = zhText.indexOf('主要表现为');
    const to = zhText.indexOf('重点和难点') + 5;
    const directive = textFragmentDirective(zhText, from, to);
    const terms = parse(directive);
    expect(terms.textEnd).not.toBe('');
    for (const term of Object.values(terms)) expect(term).not.toContain('\n');
    expect(terms.textStart.length + terms.textEnd.length).toBeLessThan(to - from);
    expect(firstMatch(zhText, directive)).toEqual({ start: from, end: to });
  });

  it('never takes context across a block boundary', () => {
    const item = 'Extend the R&D tax incentive to 2030.';
    const at = enText.indexOf(item);
    const { prefix, suffix } = parse(textFragmentDirective(enText, at, at + item.length));
    expect(prefix).not.toContain('\n');
    expect(suffix).not.toContain('\n');
  });

  it('selects the intended span first, for any span of the pages (simulated browser matching)', () => {
    for (const text of [zhText, enText]) {
      const lower = text.toLowerCase();
      const blockAt = (i: number): string =>
        text.slice(text.lastIndexOf('\n', i - 1) + 1, (text.indexOf('\n', i) + 1 || text.length + 1) - 1);
      const repeats = (s: string): boolean =>
        lower.indexOf(s.toLowerCase()) !== lower.lastIndexOf(s.toLowerCase());
      fc.assert(
        fc.property(fc.nat(text.length - 1), fc.integer({ min: 1, max: 120 }), (at, length) => {
          const end = Math.min(text.length, at + length);
          const span = text.slice(at, end);
          fc.pre(span.trim() !== '');
          // Context never crosses a block: a block found word for word elsewhere (a table cell, a
          // menu entry) cannot be told apart, and the generator can only do its best.
          const first = at + (span.length - span.trimStart().length);
          const last = at + span.trimEnd().length - 1;
          fc.pre(!repeats(blockAt(first)) && !repeats(blockAt(last)));
          const directive = textFragmentDirective(text, at, end);
          const match = firstMatch(text, directive);
          expect(match).not.toBeNull();
          if (match === null) return;
          // The match covers the selection (widened to whole words, trimmed of whitespace).
          expect(match.start).toBeLessThanOrEqual(first);
          expect(match.end).toBeGreaterThanOrEqual(last + 1);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('gives an empty directive for a span without text', () => {
    expect(textFragmentDirective('a  \n b', 1, 4)).toBe('');
  });
});

describe('fragmentUrl', () => {
  it('replaces any existing fragment with the directive', () => {
    expect(fragmentUrl('https://example.org/a?b=1#section', 'text=x')).toBe(
      'https://example.org/a?b=1#section:~:text=x',
    );
    expect(fragmentUrl('https://example.org/#/news/1', 'text=x')).toBe(
      'https://example.org/#/news/1:~:text=x',
    );
    expect(fragmentUrl('https://example.org/a', ':~:text=x')).toBe('https://example.org/a#:~:text=x');
    expect(fragmentUrl('https://example.org/a#:~:text=old', '#:~:text=new')).toBe(
      'https://example.org/a#:~:text=new',
    );
    expect(fragmentUrl('https://example.org/a#:~:text=old', '')).toBe('https://example.org/a');
    expect(fragmentUrl('https://example.org/a#x', '')).toBe('https://example.org/a#x');
  });
});
