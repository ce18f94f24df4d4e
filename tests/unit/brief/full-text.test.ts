/** The full text: turndown + GFM tables on a parsed DOM, highlights, no raw HTML, plain-text fallback. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fullTextMarkdown,
  plainFullText,
  wrapHighlight,
  type FullTextOptions,
} from '@/utils/brief/full-text';
import type { ArticleContentRecord } from '@/utils/store/types';
import { allTokens, inlineText, md, normaliseWhitespace, parseHtml } from './helpers';

const base: FullTextOptions = {
  highlightStyle: 'mark',
  headingOffset: 2,
  baseUrl: 'https://example.org/news/a.html',
  parseHtml,
};
const content = (contentHtml: string, text = ''): ArticleContentRecord => ({
  articleId: 'a',
  contentHtml,
  text,
});
const htmlTokens = (markdown: string): string[] =>
  allTokens(md.parse(markdown, {}))
    .filter((t) => t.type.startsWith('html'))
    .map((t) => t.content);

describe('fullTextMarkdown with a DOM parser', () => {
  it('converts a simple table to a GFM table', () => {
    const out = fullTextMarkdown(
      content(
        '<table><thead><tr><th>地区</th><th>金额</th></tr></thead><tbody><tr><td>合肥</td><td>1000万元</td></tr></tbody></table>',
      ),
      [],
      base,
    );
    const tokens = md.parse(out, {});
    const cells = tokens.flatMap((t, i) =>
      t.type === 'th_open' || t.type === 'td_open' ? [tokens[i + 1]?.content] : [],
    );
    expect(cells).toEqual(['地区', '金额', '合肥', '1000万元']);
    expect(htmlTokens(out)).toEqual([]);
  });

  it('flattens a table GFM cannot express instead of keeping it as HTML', () => {
    const out = fullTextMarkdown(
      content('<table><tr><td><ul><li>一</li><li>二</li></ul></td><td>三</td></tr></table>'),
      [],
      base,
    );
    expect(htmlTokens(out)).toEqual([]);
    const tokens = md.parse(out, {});
    expect(tokens.filter((t) => t.type === 'list_item_open')).toHaveLength(2);
    expect(tokens.some((t) => t.type === 'inline' && t.content === '三')).toBe(true);
  });

  it('drops scripts and styles, keeps page text that looks like HTML as text', () => {
    const out = fullTextMarkdown(
      content('<p>a &lt;script&gt;alert(1)&lt;/script&gt; b</p><script>evil()</script><style>p{}</style>'),
      [],
      base,
    );
    expect(out).toBe('a \\<script>alert(1)\\</script> b');
    expect(htmlTokens(out)).toEqual([]);
  });

  it('resolves relative links and images, drops javascript: links and data: images', () => {
    const out = fullTextMarkdown(
      content(
        '<p><a href="/x/y.html">相对</a> <a href="javascript:alert(1)">脚本</a> <img src="i.png" alt="图"> <img src="data:image/png;base64,AAAA" alt="d"></p>',
      ),
      [],
      base,
    );
    expect(out).toBe('[相对](https://example.org/x/y.html) 脚本 ![图](https://example.org/news/i.png)');
  });

  it('shifts the article headings under the brief heading', () => {
    const out = fullTextMarkdown(content('<h1>标题 #1</h1><h2>小节</h2><p>正文</p>'), [], base);
    expect(out).toBe('### 标题 \\#1\n\n#### 小节\n\n正文');
  });

  it("marks a passage that spans elements, piece by piece, and leaves the page's own <mark> alone", () => {
    const html = '<p>前文abc<b>def</b>ghi后文 <mark>页面标记</mark></p>';
    // The pieces' runs touch, so they are joined into one (`==c====**def**==…` reads differently everywhere).
    expect(fullTextMarkdown(content(html), ['c def g'], base)).toBe('前文ab==c**def**g==hi后文 页面标记');
    // Bold needs no second bold inside <b>.
    expect(fullTextMarkdown(content(html), ['cdefg'], { ...base, highlightStyle: 'bold' })).toBe(
      '前文ab**cdefg**hi后文 页面标记',
    );
  });

  it("joins a highlight and the page's bold text that touch into one run", () => {
    // Found by the property test below: `**1****1**` parsed as the text "1****1".
    expect(fullTextMarkdown(content('<p>1<b>1</b></p>'), ['1'], { ...base, highlightStyle: 'bold' })).toBe(
      '**11**',
    );
    expect(fullTextMarkdown(content('<p>1<b>1</b></p>'), ['1'], base)).toBe('==1==**1**');
    expect(fullTextMarkdown(content('<pre><code>a****b</code></pre>'), [], base)).toContain('a****b');
  });

  it('marks only the first occurrence of a passage, and merges overlapping passages', () => {
    const out = fullTextMarkdown(
      content('<p>补偿试点。再次补偿试点。</p>'),
      ['补偿试点', '偿试点。再'],
      base,
    );
    expect(out).toBe('==补偿试点。再==次补偿试点。');
  });
});

const PIECES = [
  '*',
  '_',
  '#',
  '> ',
  '- ',
  '1',
  '1. ',
  '. ',
  '=',
  '==',
  '`',
  '<b>',
  '&amp;',
  '&',
  '|',
  '\\',
  '[',
  ']',
  '“',
  '”',
  '。',
  '文字',
  'ab',
  ' ',
  '\n',
  '\t',
  '%%',
  '$',
  '~',
];
const pieceText = (min: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...PIECES), { minLength: min, maxLength: 12 }).map((a) => a.join(''));
const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Bold text of the parsed Markdown, run by run. */
function strongRuns(markdown: string): string[] {
  const runs: string[] = [];
  for (const x of md.parse(markdown, {})) {
    let inside = false;
    for (const c of x.children ?? []) {
      if (c.type === 'strong_open') runs.push('');
      inside = c.type === 'strong_open' ? true : c.type === 'strong_close' ? false : inside;
      if (inside && c.type === 'text') runs[runs.length - 1] += c.content;
    }
  }
  return runs;
}

const letters = (s: string): string => s.replace(/[\s\p{P}\p{S}]/gu, '');

describe('HTML full text of any page text', () => {
  it('keeps each paragraph as the same text, with no raw HTML, and highlights the passage', () => {
    const paragraph = fc.tuple(pieceText(0), pieceText(1), pieceText(0));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 3 }), fc.nat(2), (paras, pick) => {
        const html = paras
          .map(([a, b, c]) => `<p>${escapeHtml(a)}<b>${escapeHtml(b)}</b>${escapeHtml(c)}</p>`)
          .join('');
        const chosen = paras[pick % paras.length] ?? ['', '', ''];
        const passage = chosen[1];
        for (const highlightStyle of ['mark', 'bold'] as const) {
          const out = fullTextMarkdown(content(html), [passage], { ...base, highlightStyle });
          const tokens = md.parse(out, {});
          expect(allTokens(tokens).filter((x) => x.type.startsWith('html'))).toEqual([]);
          expect(
            tokens.filter((x) => x.type.endsWith('_open')).every((x) => x.type === 'paragraph_open'),
          ).toBe(true);
          if (highlightStyle === 'mark') continue;
          // Bold markers parse away (markdown-it knows no `==`), so the text must be the page's exactly.
          const texts = tokens
            .filter((x) => x.type === 'inline')
            .map((x) => normaliseWhitespace(inlineText(x.children ?? [])));
          expect(texts).toEqual(paras.map(([a, b, c]) => normaliseWhitespace(a + b + c)).filter(Boolean));
          const plain = fullTextMarkdown(content(html.replace(/<\/?b>/g, '')), [passage], {
            ...base,
            highlightStyle,
          });
          if (letters(passage) !== '')
            expect(strongRuns(plain).map(letters).join('')).toContain(letters(passage));
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('plain-text full text (no DOM parser)', () => {
  it('is used when no parser is given and none is global', () => {
    expect((globalThis as { DOMParser?: unknown }).DOMParser).toBeUndefined();
    const out = fullTextMarkdown(content('<p>ignored</p>', '第一段 # 1. 开始\n\n- 第二段'), ['第二段'], {
      ...base,
      parseHtml: undefined,
    });
    expect(out).toBe('第一段 \\# 1. 开始\n\n\\- ==第二段==');
  });

  it('keeps every line as a paragraph of the same text, and every passage inside a highlight', () => {
    const PIECES = [
      '*',
      '_',
      '#',
      '> ',
      '- ',
      '1. ',
      '=',
      '==',
      '`',
      '<b>',
      '&amp;',
      '|',
      '\\',
      '[',
      ']',
      '“',
      '”',
      '。',
      '文字',
      'ab',
      ' ',
      '\n',
      '\t',
      '%%',
      '$',
    ];
    const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const start = a % t.length;
        const end = start + 1 + (b % (t.length - start));
        const passage = t.slice(start, end);
        const out = plainFullText(t, [passage], 'bold');
        const tokens = md.parse(out, {});
        expect(allTokens(tokens).filter((x) => x.type.startsWith('html'))).toEqual([]);
        const paragraphs = tokens
          .filter((x) => x.type === 'inline')
          .map((x) => normaliseWhitespace(inlineText(x.children ?? [])));
        expect(paragraphs).toEqual(t.split('\n').map(normaliseWhitespace).filter(Boolean));
        const strong: string[] = [];
        for (const x of tokens) {
          let inside = false;
          for (const c of x.children ?? []) {
            if (c.type === 'strong_open') strong.push('');
            inside = c.type === 'strong_open' ? true : c.type === 'strong_close' ? false : inside;
            if (inside && c.type === 'text') strong[strong.length - 1] += c.content;
          }
        }
        // What is highlighted is exactly the passage's letters (edge punctuation and spaces outside).
        const letters = (s: string): string => s.replace(/[\s\p{P}\p{S}]/gu, '');
        expect(letters(strong.join(''))).toBe(letters(passage));
      }),
      { numRuns: 300 },
    );
  });
});

describe('wrapHighlight', () => {
  it('keeps edge punctuation and escapes outside the markers', () => {
    expect(wrapHighlight('“引文”', 'bold')).toBe('“**引文**”');
    expect(wrapHighlight('\\*注\\*', 'mark')).toBe('\\*==注==\\*');
    expect(wrapHighlight('《》', 'mark')).toBe('《》');
  });
});
