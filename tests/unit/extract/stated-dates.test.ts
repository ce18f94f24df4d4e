/**
 * The stated date of Chinese pages (`stated-dates.cases.ts`: 40 structures of real sites in misleading
 * chrome), run through `extract` exactly as the CLI runs it (jsdom, scripts off).
 */
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '@/cli/html-document';
import { extract } from '@/utils/extract';
import { CASES, UNDATED_URL } from './stated-dates.cases';

function publishedOf(html: string, url: string): string | null {
  const result = extract(parseHtmlDocument(html, url), url);
  if (!result.ok) throw new Error(`${result.reason}: ${result.message}`);
  return result.article.published;
}

describe('the stated date of Chinese pages', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(publishedOf(c.html, c.url ?? UNDATED_URL)).toBe(c.expected);
  });
});
