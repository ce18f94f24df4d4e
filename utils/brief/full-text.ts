/**
 * The article's full text as Markdown, clipped passages marked. HTML goes through turndown with GFM
 * tables; turndown only ever sees a DOM node we parsed (with the injected `parseHtml`, or the global
 * `DOMParser` when there is one), never a string, because turndown's own string parsing needs
 * `document`, which a service worker lacks. Without any parser the stored plain text is used instead.
 * Nothing from the page comes out as raw HTML: text is escaped like every other page text, and tables
 * GFM cannot express are flattened instead of kept as HTML.
 */
import { gfm } from '@joplin/turndown-plugin-gfm';
import TurndownService from 'turndown';
import type { ArticleContentRecord } from '../store/types';
import { escapeInline, normaliseLineEnds, wrapDelimited } from './escape';
import { findPassages, HIGHLIGHT_ATTRIBUTE, markPassages } from './highlight-dom';
import type { ParseHtml } from './types';
import { safeHref } from '../safe-link';
import type { HighlightStyle } from '@/utils/vocabulary';

export interface FullTextOptions {
  highlightStyle: HighlightStyle;
  /** Added to the article's own heading levels so they nest under the brief's heading. */
  headingOffset: number;
  /** Base for relative links and images. */
  baseUrl: string;
  parseHtml?: ParseHtml;
}

/** Wraps escaped Markdown in highlight markers (`==…==` or `**…**`). */
export function wrapHighlight(markdown: string, style: HighlightStyle): string {
  return wrapDelimited(markdown, style === 'mark' ? '==' : '**');
}

function defaultParser(): ParseHtml | null {
  const Parser = (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  if (typeof Parser !== 'function') return null;
  return (html) => new Parser().parseFromString(html, 'text/html').body;
}

const COMPLEX_TABLE_CONTENT = 'ul,ol,h1,h2,h3,h4,h5,h6,hr,blockquote,pre';

function inComplexTable(node: HTMLElement): boolean {
  const table = node.nodeName === 'TABLE' ? node : node.closest('table');
  return table !== null && table.querySelector(COMPLEX_TABLE_CONTENT) !== null;
}

function converter(options: FullTextOptions): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
    strongDelimiter: '**',
    keepReplacement: (content) => `\n\n${content}\n\n`,
  });
  service.use(gfm);
  service.remove(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed']);
  service.escape = (text: string): string => escapeInline(text, { lineStart: true, piece: true });
  // Rules added later win: these come after the GFM plugin's on purpose.
  service.addRule('briefComplexTable', {
    filter: (node) => ['TABLE', 'TR', 'TD', 'TH'].includes(node.nodeName) && inComplexTable(node),
    replacement: (content, node) =>
      node.nodeName === 'TD' || node.nodeName === 'TH' ? `${content} ` : `\n\n${content}\n\n`,
  });
  // The page's own bold and italics, with the same care for flanking (`_` cannot open inside CJK text).
  service.addRule('briefStrong', {
    filter: ['strong', 'b'],
    replacement: (content) => wrapDelimited(content, '**'),
  });
  service.addRule('briefEmphasis', {
    filter: ['em', 'i'],
    replacement: (content) => wrapDelimited(content, '*'),
  });
  service.addRule('briefHeading', {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    replacement: (content, node) => {
      const level = Math.min(6, Number(node.nodeName.charAt(1)) + options.headingOffset);
      const text = content.replace(/\s+/g, ' ').trim();
      return text ? `\n\n${'#'.repeat(level)} ${text}\n\n` : '';
    },
  });
  service.addRule('briefHighlight', {
    filter: (node) => node.nodeName === 'MARK' && node.hasAttribute(HIGHLIGHT_ATTRIBUTE),
    // Bold inside bold adds nothing but a pile of asterisks.
    replacement: (content, node) =>
      options.highlightStyle === 'bold' && node.closest('b, strong')
        ? content
        : wrapHighlight(content, options.highlightStyle),
  });
  return service;
}

/** Absolute http(s) links and images only: relative ones resolved, the rest (`javascript:`, `data:`) dropped. */
function absolutiseLinks(root: Element, baseUrl: string): void {
  const resolve = (value: string | null): string | null => {
    if (value === null) return null;
    try {
      return safeHref(new URL(value, baseUrl).href);
    } catch {
      return null;
    }
  };
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const href = resolve(a.getAttribute('href'));
    if (href === null) a.removeAttribute('href');
    else a.setAttribute('href', href);
  }
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const src = resolve(img.getAttribute('src'));
    if (src === null) img.remove();
    else img.setAttribute('src', src);
  }
}

// Two runs of one delimiter that touch (`**a****b**`: a highlight next to bold text, in bold style) are
// read differently by every Markdown tool: join them into one run. Page text never holds an unescaped
// `*` or `=` (escapeInline), so four in a row are two of our delimiters meeting. Code is left alone.
const TOUCHING_RUNS = /(?<=^|[^\\*]|\\\*)\*{4}(?!\*)|(?<=^|[^\\=]|\\=)={4}(?!=)/gm;
const CODE = /(^```[\s\S]*?^```$|`[^`\n]*`)/m;

export function joinTouchingRuns(markdown: string): string {
  return markdown
    .split(new RegExp(CODE.source, 'gm'))
    .map((part, i) => (i % 2 === 1 ? part : part.replace(TOUCHING_RUNS, '')))
    .join('');
}

function htmlFullText(root: Node, passages: readonly string[], options: FullTextOptions): string {
  const element = root.nodeType === 9 ? (root as Document).body : (root as Element);
  if (!element) return '';
  absolutiseLinks(element, options.baseUrl);
  markPassages(element, passages);
  return joinTouchingRuns(converter(options).turndown(element as HTMLElement)).trim();
}

/** The stored plain text, one paragraph per line, with the passages marked. */
export function plainFullText(text: string, passages: readonly string[], style: HighlightStyle): string {
  const source = normaliseLineEnds(text);
  const ranges = findPassages(source, passages);
  const paragraphs: string[] = [];
  let lineStart = 0;
  for (const line of source.split('\n')) {
    const lineEnd = lineStart + line.length;
    const lead = line.length - line.trimStart().length;
    const from = lineStart + lead;
    const to = lineStart + line.trimEnd().length;
    let out = '';
    let cursor = from;
    for (const [s, e] of ranges) {
      const a = Math.max(s, from);
      const b = Math.min(e, to);
      if (b <= a) continue;
      out += escapeInline(source.slice(cursor, a), { lineStart: cursor === from, piece: true });
      out += wrapHighlight(escapeInline(source.slice(a, b), { lineStart: a === from, piece: true }), style);
      cursor = b;
    }
    if (cursor < to)
      out += escapeInline(source.slice(cursor, to), { lineStart: cursor === from, piece: true });
    if (out.trim()) paragraphs.push(out);
    lineStart = lineEnd + 1;
  }
  return paragraphs.join('\n\n');
}

/** The article's full text as Markdown; '' when there is none. */
export function fullTextMarkdown(
  content: ArticleContentRecord,
  passages: readonly string[],
  options: FullTextOptions,
): string {
  const parse = options.parseHtml ?? defaultParser();
  if (parse && content.contentHtml.trim() !== '') {
    const markdown = htmlFullText(parse(content.contentHtml), passages, options);
    if (markdown) return markdown;
  }
  return plainFullText(content.text, passages, options.highlightStyle);
}
