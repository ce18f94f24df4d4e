/**
 * Article text of an HTML fixture, the way the extractor produces it: the `div.content p` paragraphs'
 * text, inline whitespace collapsed, trimmed, joined by blank lines. (The integrator will switch the
 * detect tests to the real extractor's output, which should be this same string.)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export function articleTextOf(html: string): string {
  const { document } = new JSDOM(html).window;
  return Array.from(document.querySelectorAll('div.content p'))
    .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0)
    .join('\n\n');
}

export function fixtureText(relativePath: string): string {
  return articleTextOf(readFileSync(`${FIXTURES}${relativePath}`, 'utf8'));
}

export function fixtureJson<T>(relativePath: string): T {
  return JSON.parse(readFileSync(`${FIXTURES}${relativePath}`, 'utf8')) as T;
}
