/**
 * Reads a corpus page folder's reference files (see ../shared/corpus/LICENSE-NOTES.md) into what the
 * eval checks: a title, a date, snippets that must appear, snippets that must not.
 *
 * - Title: expected-metadata.json (Readability's), expected-snippets.json or expected-fields.json; pages
 *   without one (GeneralNewsExtractor, scrapinghub) are judged against their own `<title>` ("doc").
 * - Date: `publishedTime` / `date` / `date_published`, as `YYYY-MM-DD`; pages with none are not judged.
 * - Snippets found: expected-snippets.json `with`, expected-fields.json `content_first_13_words`, and
 *   sentences sampled from the reference text (expected-readability.html read as text, or
 *   expected-text.txt): split at sentence ends and line breaks, kept when 20–300 characters long
 *   (10+ for Chinese), without a generic boilerplate marker, at most SENTENCES_PER_PAGE of them taken
 *   evenly from start to end. Readability's expected output is a reference for the body, not a gold
 *   standard, so a few of its sentences may be boilerplate we rightly drop.
 * - Boilerplate leaked: expected-snippets.json `without`, plus each GENERIC_BOILERPLATE marker found in
 *   the page's source text but absent from its reference text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDate } from '../utils/extract/dates';
import { toPlainText } from '../utils/extract/plain-text';
import { parseHtmlDocument } from './html-document';

export const SENTENCES_PER_PAGE = 30;
const MIN_SENTENCE = 20;
const MIN_SENTENCE_CJK = 10;
const MAX_SENTENCE = 300;

/** Phrases that belong to page furniture, never to an article body (checked only where they could leak). */
export const GENERIC_BOILERPLATE: readonly string[] = [
  '免责声明',
  '版权声明',
  '版权所有',
  '责任编辑',
  '扫一扫',
  '二维码',
  '分享到',
  '转载请注明',
  '延伸阅读',
  '热门推荐',
  'Continue reading the main story',
  'Order Reprints',
  'All rights reserved',
  'Share this article',
  'Related:',
];

export interface PageReferences {
  title: string;
  titleFrom: 'reference' | 'doc';
  date: string | null;
  snippets: string[];
  boilerplate: string[];
}

function readJson(dir: string, name: string): Record<string, unknown> | null {
  const path = join(dir, name);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : null;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function referenceText(dir: string): string | null {
  const readability = join(dir, 'expected-readability.html');
  if (existsSync(readability)) {
    const doc = parseHtmlDocument(
      `<body>${readFileSync(readability, 'utf8')}</body>`,
      'http://fakehost/test/page.html',
    );
    return toPlainText(doc.body).text;
  }
  const text = join(dir, 'expected-text.txt');
  return existsSync(text) ? readFileSync(text, 'utf8') : null;
}

function isCjkHeavy(s: string): boolean {
  return (s.match(/\p{Script=Han}/gu)?.length ?? 0) * 2 > s.length;
}

export function sampleSentences(text: string, limit = SENTENCES_PER_PAGE): string[] {
  const sentences = text
    .split(/\n+|(?<=[。！？；])|(?<=[.!?;]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/u)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length <= MAX_SENTENCE && s.length >= (isCjkHeavy(s) ? MIN_SENTENCE_CJK : MIN_SENTENCE))
    .filter((s) => !GENERIC_BOILERPLATE.some((marker) => s.includes(marker)));
  if (sentences.length <= limit) return sentences;
  const step = sentences.length / limit;
  return Array.from({ length: limit }, (_, i) => sentences[Math.floor(i * step)] as string);
}

export function readReferences(dir: string, sourceText: string, documentTitle: string): PageReferences {
  const metadata = readJson(dir, 'expected-metadata.json');
  const snippets = readJson(dir, 'expected-snippets.json');
  const fields = readJson(dir, 'expected-fields.json');
  const text = referenceText(dir);

  const referenceTitle = str(metadata?.['title']) ?? str(snippets?.['title']) ?? str(fields?.['title']);
  const date = parseDate(
    str(metadata?.['publishedTime']) ?? str(snippets?.['date']) ?? str(fields?.['date_published']),
  );
  const found = [
    ...(Array.isArray(snippets?.['with'])
      ? (snippets['with'] as unknown[]).filter((s): s is string => typeof s === 'string')
      : []),
    ...(str(fields?.['content_first_13_words']) ? [fields?.['content_first_13_words'] as string] : []),
    ...(text ? sampleSentences(text) : []),
  ];
  const without = Array.isArray(snippets?.['without'])
    ? (snippets['without'] as unknown[]).filter((s): s is string => typeof s === 'string')
    : [];
  const generic = GENERIC_BOILERPLATE.filter(
    (marker) => sourceText.includes(marker) && !(text ?? '').includes(marker),
  );
  return {
    title: referenceTitle ?? documentTitle,
    titleFrom: referenceTitle ? 'reference' : 'doc',
    date,
    snippets: found,
    boilerplate: [...new Set([...without, ...generic])],
  };
}
