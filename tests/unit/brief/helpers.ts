/** Shared by the brief tests: fixtures, the seed article's content, golden files, Markdown inspection. */
import { updatingGolden } from '@/tests/support/golden';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { expect } from 'vitest';
import type { ArticleContentRecord, ArticleRecord, ClipRecord } from '@/utils/store/types';
import type { ParseHtml } from '@/utils/brief/types';

export const FIXTURES = join(__dirname, '../../fixtures/brief');
const SEED_HTML = join(__dirname, '../../fixtures/pages/seed-policy-article-zh/source.html');

export function readFixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as T;
}

export interface SingleFixture {
  article: ArticleRecord;
  clips: ClipRecord[];
}

export interface MultiFixture {
  articles: ArticleRecord[];
  clips: ClipRecord[];
}

// One jsdom document for every parse (a JSDOM costs tens of milliseconds); each parse gets a fresh,
// detached element, which the brief is free to modify.
const parsingDocument = new JSDOM('').window.document;
export const parseHtml: ParseHtml = (html) => {
  const root = parsingDocument.createElement('div');
  root.innerHTML = html;
  return root;
};

/** The seed article's body as the store would keep it: the content HTML and its paragraphs' text. */
export function seedContent(articleId: string): ArticleContentRecord {
  const doc = new JSDOM(readFileSync(SEED_HTML, 'utf8')).window.document;
  const content = doc.querySelector('.content');
  if (!content) throw new Error('seed page has no .content');
  const text = Array.from(content.querySelectorAll('p'), (p) => p.textContent ?? '').join('\n');
  return { articleId, contentHtml: content.innerHTML, text };
}

/** Compares with the golden file; `UPDATE_GOLDEN=1` rewrites it instead. A missing golden fails. */
export function expectGolden(name: string, actual: string): void {
  const path = join(FIXTURES, name);
  if (updatingGolden()) {
    writeFileSync(path, actual);
    return;
  }
  expect(existsSync(path), `golden ${name} missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/**
 * The whitespace normalisation under which page text must survive a render: NUL reads as U+FFFD (as
 * in every CommonMark parser), every run of whitespace is one space, the ends are trimmed.
 */
export function normaliseWhitespace(s: string): string {
  return s.replace(/\0/g, '\uFFFD').replace(/\s+/g, ' ').trim();
}

export const md = new MarkdownIt({ html: true });

/**
 * markdown-it with its own link filter off (it drops `javascript:` and `data:` by itself), as a
 * renderer that trusts the Markdown would be: what the brief must be safe under on its own.
 */
export const permissiveMd = new MarkdownIt({ html: true });
permissiveMd.validateLink = () => true;

/** Every `<a href>` a permissive renderer makes of a Markdown text. */
export function renderedHrefs(markdown: string): string[] {
  return allTokens(permissiveMd.parse(markdown, {}))
    .filter((t) => t.type === 'link_open')
    .map((t) => t.attrGet('href') ?? '');
}

/** What the brief may link to: http(s) addresses and, in notes, mailto. */
export const SAFE_HREF = /^(?:https?:\/\/|mailto:)/i;

/** Splits `---\n…\n---\n` front matter from the Markdown body. */
export function splitFrontMatter(doc: string): { yaml: string; body: string } {
  const m = /^---\n([\s\S]*?\n)---\n/.exec(doc);
  if (!m) throw new Error('no front matter');
  return { yaml: m[1] ?? '', body: doc.slice(m[0].length) };
}

export function parseBody(doc: string): Token[] {
  return md.parse(splitFrontMatter(doc).body, {});
}

/** Text of inline children as a reader sees it (breaks as spaces). */
export function inlineText(children: readonly Token[]): string {
  return children
    .map((t) =>
      t.type === 'softbreak' || t.type === 'hardbreak'
        ? ' '
        : t.type === 'text' || t.type === 'code_inline'
          ? t.content
          : '',
    )
    .join('');
}

/** Tokens with the depth of block quotes they sit in (a note lives in a block quote). */
export function withQuoteDepth(tokens: readonly Token[]): Array<{ token: Token; depth: number }> {
  let depth = 0;
  return tokens.map((token) => {
    if (token.type === 'blockquote_close') depth--;
    const entry = { token, depth };
    if (token.type === 'blockquote_open') depth++;
    return entry;
  });
}

/** All inline tokens anywhere (children included), for checks that nothing of a kind appears. */
export function allTokens(tokens: readonly Token[]): Token[] {
  return tokens.flatMap((t) => [t, ...(t.children ?? [])]);
}
