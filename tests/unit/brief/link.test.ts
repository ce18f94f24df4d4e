/** Links to the passage: stored fragment, or a text directive built from the quote. */
import { describe, expect, it } from 'vitest';
import { clipLink, fragmentUrl, textDirectiveForQuote } from '@/utils/brief';
import type { ClipRecord } from '@/utils/store/types';
import { readFixture, type SingleFixture } from './helpers';

const seed = readFixture<SingleFixture>('seed-clips.json');
const clip = (over: Partial<ClipRecord>): ClipRecord => ({ ...(seed.clips[0] as ClipRecord), ...over });

describe('fragmentUrl', () => {
  it('adds the directive as the fragment', () => {
    expect(fragmentUrl('https://a.cn/x?q=1', ':~:text=a')).toBe('https://a.cn/x?q=1#:~:text=a');
  });

  it('keeps an existing fragment (a route) and replaces an existing directive', () => {
    expect(fragmentUrl('https://a.cn/#/news/1', ':~:text=a')).toBe('https://a.cn/#/news/1:~:text=a');
    expect(fragmentUrl('https://a.cn/p#top:~:text=old', ':~:text=new')).toBe('https://a.cn/p#top:~:text=new');
  });
});

describe('textDirectiveForQuote', () => {
  it('uses a short one-line quote whole, encoding `-`, `,` and `&`', () => {
    expect(textDirectiveForQuote('《方案(2021-2023)》, R&D')).toBe(
      `:~:text=${encodeURIComponent('《方案(2021')}%2D${encodeURIComponent('2023)》, R&D')}`,
    );
  });

  it('uses start and end terms, cut after punctuation, for a long quote', () => {
    const quote = `${'甲'.repeat(35)}，${'乙'.repeat(40)}。${'丙'.repeat(35)}`;
    const directive = textDirectiveForQuote(quote);
    const [start, end] = directive.replace(':~:text=', '').split(',').map(decodeURIComponent);
    expect(start).toBe(`${'甲'.repeat(35)}，`);
    expect(end).toBe('丙'.repeat(35));
  });

  it('uses the first and last lines of a quote that spans blocks', () => {
    expect(textDirectiveForQuote('第一段\n\n第二段\n第三段')).toBe(
      `:~:text=${encodeURIComponent('第一段')},${encodeURIComponent('第三段')}`,
    );
  });

  it('does not throw on a lone surrogate', () => {
    expect(textDirectiveForQuote('a\ud800b')).toBe(`:~:text=a${encodeURIComponent('\ufffd')}b`);
  });
});

describe('clipLink', () => {
  it('uses the stored fragment when there is one', () => {
    expect(clipLink(seed.article, clip({ fragment: ':~:text=abc' }))).toBe(
      `${seed.article.originalUrl}#:~:text=abc`,
    );
  });

  it('builds a text directive from the quote otherwise, and links the page for an empty quote', () => {
    expect(clipLink(seed.article, clip({ fragment: '', quote: '549353项' }))).toBe(
      `${seed.article.originalUrl}#:~:text=${encodeURIComponent('549353项')}`,
    );
    expect(clipLink(seed.article, clip({ fragment: '', quote: '  ' }))).toBe(seed.article.originalUrl);
  });
});
