/**
 * Article text of an HTML fixture: the real extractor's `text` (the string findings' offsets index in
 * the extension), so detection is tested on exactly what it gets in the browser.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { extract } from '@/utils/extract';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export function articleTextOf(
  html: string,
  url = 'https://fixtures.policy-clipper.test/article.html',
): string {
  const result = extract(new JSDOM(html, { url }).window.document, url);
  if (!result.ok) throw new Error(`The extractor found no article in the fixture: ${result.message}`);
  return result.article.text;
}

export function fixtureText(relativePath: string): string {
  return articleTextOf(readFileSync(`${FIXTURES}${relativePath}`, 'utf8'));
}

export function fixtureJson<T>(relativePath: string): T {
  return JSON.parse(readFileSync(`${FIXTURES}${relativePath}`, 'utf8')) as T;
}
