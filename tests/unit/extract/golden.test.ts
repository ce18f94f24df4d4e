/**
 * Golden pages: tests/fixtures/pages/<slug>/source.html + expected.json. `UPDATE_GOLDEN=1 npx vitest run
 * tests/unit/extract` rewrites each expected.json from the current output (title, source, byline,
 * published, lang, text length range ±10 %), keeping the hand-written snippet lists; review the diff.
 */
import { updatingGolden } from '@/tests/support/golden';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '@/cli/html-document';
import { decodeHtml } from '@/utils/extract/decode';
import { extract } from '@/utils/extract';
import type {
  Article,
  ArticleGenre,
  ExtractFailureReason,
  ExtractResult,
  PolicyMetadata,
} from '@/utils/extract/types';

const PAGES = resolve(__dirname, '../../fixtures/pages');
const SEED_GOLD = resolve(__dirname, '../../fixtures/pages/seed-policy-article-zh/gold.json');
const UPDATE = updatingGolden();
const LENGTH_TOLERANCE = 0.1;

interface Expected {
  url: string;
  failure?: ExtractFailureReason;
  title?: string;
  source?: string;
  byline?: string | null;
  published?: string | null;
  lang?: string | null;
  /** The official-document record, or null when the page is not one. */
  policy?: PolicyMetadata | null;
  genre?: ArticleGenre | null;
  excerpt?: string;
  mustContain?: string[];
  mustNotContain?: string[];
  textLength?: { min: number; max: number };
}

function run(slug: string, url: string): { result: ExtractResult; before: string; after: string } {
  const decoded = decodeHtml(new Uint8Array(readFileSync(join(PAGES, slug, 'source.html'))));
  if (!decoded.ok) throw new Error(`${slug}: ${decoded.message}`);
  const doc = parseHtmlDocument(decoded.html, url);
  const before = doc.documentElement.outerHTML;
  const result = extract(doc, url);
  return { result, before, after: doc.documentElement.outerHTML };
}

function regenerate(slug: string, expected: Expected, result: ExtractResult): Expected {
  const base = { url: expected.url };
  const next: Expected = result.ok
    ? {
        ...base,
        title: result.article.title,
        source: result.article.source,
        byline: result.article.byline,
        published: result.article.published,
        lang: result.article.lang,
        policy: result.article.policy ?? null,
        genre: result.article.genre ?? null,
        excerpt: result.article.excerpt,
        mustContain: expected.mustContain ?? [],
        mustNotContain: expected.mustNotContain ?? [],
        textLength: {
          min: Math.floor(result.article.length * (1 - LENGTH_TOLERANCE)),
          max: Math.ceil(result.article.length * (1 + LENGTH_TOLERANCE)),
        },
      }
    : { ...base, failure: result.reason };
  writeFileSync(join(PAGES, slug, 'expected.json'), JSON.stringify(next, null, 2) + '\n');
  return next;
}

/** The conventions every consumer of `Article.text` and `contentHtml` relies on. */
function expectWellFormed(article: Article): void {
  expect(article.text).toBe(article.text.trim());
  expect(article.text).not.toMatch(/\n{3,}|[ \t]\n|\n[ \t]| {2}|\r|[\u200B\uFEFF\u00AD]/);
  expect(article.length).toBe(article.text.length);
  expect(article.excerpt.length).toBeLessThanOrEqual(300);
  expect(article.contentHtml).not.toMatch(
    /<(script|style|iframe|object|embed)\b|\son[a-z]+\s*=|javascript:/i,
  );
}

const slugs = readdirSync(PAGES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('golden pages', () => {
  it('has the pages the rules need', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(10);
  });

  for (const slug of slugs) {
    it(slug, () => {
      let expected = JSON.parse(readFileSync(join(PAGES, slug, 'expected.json'), 'utf8')) as Expected;
      const { result, before, after } = run(slug, expected.url);
      if (UPDATE) expected = regenerate(slug, expected, result);
      expect(after, 'extract must not change the document').toBe(before);

      if (expected.failure) {
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.reason).toBe(expected.failure);
          expect(result.message.length).toBeGreaterThan(10);
        }
        return;
      }
      if (!result.ok)
        throw new Error(`${slug}: expected an article, got ${result.reason}: ${result.message}`);
      const { article } = result;
      expect({
        title: article.title,
        source: article.source,
        byline: article.byline,
        published: article.published,
        lang: article.lang,
        policy: article.policy ?? null,
        genre: article.genre ?? null,
        excerpt: article.excerpt,
      }).toEqual({
        title: expected.title,
        source: expected.source,
        byline: expected.byline,
        published: expected.published,
        lang: expected.lang,
        policy: expected.policy ?? null,
        genre: expected.genre ?? null,
        excerpt: expected.excerpt ?? article.excerpt,
      });
      expect(article.url).toBe(expected.url);
      for (const snippet of expected.mustContain ?? []) expect(article.text).toContain(snippet);
      for (const snippet of expected.mustNotContain ?? []) expect(article.text).not.toContain(snippet);
      expect(article.length).toBeGreaterThanOrEqual(expected.textLength?.min ?? 1);
      expect(article.length).toBeLessThanOrEqual(expected.textLength?.max ?? Number.POSITIVE_INFINITY);
      expectWellFormed(article);
    });
  }
});

describe('seed page gold (tests/fixtures/pages/seed-policy-article-zh/gold.json)', () => {
  it('extracts exactly the gold title, source, date and language, with every must/must-not snippet', () => {
    const gold = JSON.parse(readFileSync(SEED_GOLD, 'utf8')) as {
      url: string;
      article: {
        title: string;
        source: string;
        published: string;
        lang: string;
        mustContain: string[];
        mustNotContain: string[];
      };
    };
    const html = readFileSync(
      resolve(__dirname, '../../fixtures/pages/seed-policy-article-zh/source.html'),
      'utf8',
    );
    const result = extract(parseHtmlDocument(html, gold.url), gold.url);
    if (!result.ok) throw new Error(result.message);
    const { article } = result;
    expect(article.title).toBe(gold.article.title);
    expect(article.source).toBe(gold.article.source);
    expect(article.published).toBe(gold.article.published);
    expect(article.lang).toBe(gold.article.lang);
    for (const snippet of gold.article.mustContain) expect(article.text).toContain(snippet);
    for (const snippet of gold.article.mustNotContain) expect(article.text).not.toContain(snippet);
  });
});
