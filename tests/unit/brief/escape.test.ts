/** Escaping page text and containing notes, checked against markdown-it. */
import { describe, expect, it } from 'vitest';
import {
  containNote,
  escapeInline,
  escapeParagraphs,
  linkDestination,
  markdownLink,
} from '@/utils/brief/escape';
import { allTokens, inlineText, md, permissiveMd, renderedHrefs } from './helpers';

const renderedText = (markdown: string): string =>
  md
    .parse(markdown, {})
    .filter((t) => t.type === 'inline')
    .map((t) => inlineText(t.children ?? []))
    .join('\n');

describe('escapeInline', () => {
  it.each([
    '*a* _b_ `c` [d](e) ![f](g) <i>h</i> &amp; ~~s~~ ==m== %%c%% $x$ #tag a|b \\',
    '# heading',
    '> quote',
    '- item',
    '+ item',
    '1. item',
    '12) item',
    '---',
    '=',
    '<!-- comment -->',
    '<https://example.com>',
  ])('renders %j as the same text, in a paragraph, without markup', (text) => {
    const tokens = md.parse(escapeInline(text, { lineStart: true }), {});
    expect(tokens.map((t) => t.type)).toEqual(['paragraph_open', 'inline', 'paragraph_close']);
    expect(tokens[1]?.children?.map((t) => t.type)).toEqual(['text']);
    expect(renderedText(escapeInline(text, { lineStart: true }))).toBe(text);
  });

  it('leaves ordinary text readable', () => {
    expect(escapeInline('R&D 投入增长13.48%，-3.5% 与 2021.5', { lineStart: true })).toBe(
      'R&D 投入增长13.48%，-3.5% 与 2021.5',
    );
  });

  it('escapes, in a piece of a line, what its neighbour could complete', () => {
    expect(escapeInline('=', { piece: true })).toBe('\\=');
    expect(escapeInline('. x', { piece: true })).toBe('\\. x');
    expect(escapeInline('&amp', { piece: true })).toBe('\\&amp');
  });
});

describe('escapeParagraphs', () => {
  it('splits at blank lines, trims lines, and keeps line breaks soft', () => {
    expect(escapeParagraphs('\n  a *b*  \r\n  # c\n\n\n d \n')).toEqual([['a \\*b\\*', '\\# c'], ['d']]);
  });
});

describe('containNote', () => {
  const inQuote = (note: string): string =>
    containNote(note)
      .map((l) => `> ${l}`)
      .join('\n');

  it("keeps the note's Markdown", () => {
    const tokens = allTokens(md.parse(inQuote('**bold** and [link](https://a.b)\n\n- one\n- two'), {}));
    expect(tokens.some((t) => t.type === 'strong_open')).toBe(true);
    expect(tokens.some((t) => t.type === 'link_open')).toBe(true);
    expect(tokens.filter((t) => t.type === 'list_item_open')).toHaveLength(2);
  });

  it('cannot make a heading, ATX or setext, at any nesting', () => {
    const note = '# a\n> ## b\n- ### c\n1. #### d\ntext\n===\nmore\n---\n> quoted\n> -\n- item\n  ---';
    const tokens = md.parse(inQuote(note), {});
    expect(tokens.filter((t) => t.type === 'heading_open')).toEqual([]);
  });

  it("neutralises raw HTML but keeps http(s) and mailto autolinks and the user's own escapes", () => {
    const note =
      '<script>x</script> <img src=x onerror=y> <!-- c --> \\<b> <https://a.b/c> <mailto:x@y.z> <javascript:alert(1)>';
    const markdown = inQuote(note);
    const tokens = allTokens(md.parse(markdown, {}));
    expect(tokens.filter((t) => t.type.startsWith('html'))).toEqual([]);
    expect(tokens.filter((t) => t.type === 'link_open').map((t) => t.attrGet('href'))).toEqual([
      'https://a.b/c',
      'mailto:x@y.z',
    ]);
    expect(markdown).toContain('\\<b>');
    expect(markdown).not.toContain('\\\\<b>');
  });

  it('keeps http(s) and mailto links, and writes every other destination as literal text', () => {
    const note = [
      '[ok](https://www.gov.cn/a_(b)) [mail](mailto:press@gov.cn) ![img](https://a.cn/i.png)',
      '[n](javascript:alert(8)) [N](JaVaScRiPt:alert(8)) [d](data:text/html,x) [v](vbscript:x)',
      '[f](file:///etc/passwd) [c](chrome://settings) [rel](/relative) [pr](//evil.cn) [h](#x)',
      '[a](<javascript:x>) [b]( javascript:x) [e](&#106;avascript:x) [t](java\tscript:x) [sp](',
      'javascript:x)',
      '[ref] [ref2] [ref3][]',
      '[ref]: javascript:alert(1)',
      '[ref2]:',
      '  data:text/html,x',
      '[ref3]: <javascript:x>',
      '[^1]: javascript:x',
      '\\[esc](javascript:x) [already\\](javascript:x)',
    ].join('\n');
    const markdown = inQuote(note);
    expect(renderedHrefs(markdown)).toEqual(['https://www.gov.cn/a_(b)', 'mailto:press@gov.cn']);
    const text = permissiveMd
      .parse(markdown, {})
      .filter((t) => t.type === 'inline')
      .map((t) => inlineText(t.children ?? []))
      .join('\n');
    // Each refused link reads as the user typed it.
    expect(text).toContain('[n](javascript:alert(8))');
    expect(text).toContain('[ref]: javascript:alert(1)');
    expect(text).toContain('[already](javascript:x)');
    // The user's own escape is kept, not doubled.
    expect(markdown).toContain('[already\\](javascript:x)');
    expect(markdown).not.toContain('[already\\\\');
  });

  it('escapes an unpaired Obsidian comment or math block, and drops an empty note', () => {
    expect(containNote('a %% b')).toEqual(['a \\%\\% b']);
    expect(containNote('a %% b %%')).toEqual(['a %% b %%']);
    expect(containNote('$$\nx')).toEqual(['\\$\\$', 'x']);
    expect(containNote(' \n\t\n')).toEqual([]);
  });
});

describe('link destinations', () => {
  it('encodes what would break a destination, and refuses anything but http(s)', () => {
    expect(linkDestination('https://a.cn/a b/(c)|<d>')).toBe('https://a.cn/a%20b/%28c%29%7C%3Cd%3E');
    expect(linkDestination('javascript:alert(1)')).toBeNull();
    expect(markdownLink('a]b', 'data:text/html,x')).toBe('a\\]b');
    const tokens = allTokens(md.parse(`| ${markdownLink('x', 'https://a.cn/a|b (c)')} |\n| --- |`, {}));
    expect(tokens.find((t) => t.type === 'link_open')?.attrGet('href')).toBe('https://a.cn/a%7Cb%20%28c%29');
  });
});
