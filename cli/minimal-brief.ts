/**
 * The Markdown `clip` prints until the brief module renders it: the citation header of a brief (title,
 * source, date, URL, when clipped). Page-derived text is escaped so it cannot turn into Markdown syntax.
 */
import type { Article } from '../utils/extract/types';

/** Characters that start or change Markdown syntax inline. */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#+!|~]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(MARKDOWN_SPECIAL, (ch) => `\\${ch}`);
}

/** An autolink target cannot hold spaces or angle brackets. */
function autolink(url: string): string {
  return `<${url.replace(/[\s<>]/g, (ch) => encodeURIComponent(ch))}>`;
}

export function renderMinimalBrief(article: Pick<Article, 'title' | 'source' | 'published' | 'url' | 'canonicalUrl'>, clippedAt: Date): string {
  return [
    `# ${escapeMarkdown(article.title)}`,
    '',
    `- Source: ${escapeMarkdown(article.source)}`,
    `- Published: ${article.published ?? 'not stated'}`,
    `- URL: ${autolink(article.canonicalUrl ?? article.url)}`,
    `- Clipped: ${clippedAt.toISOString()}`,
    '',
  ].join('\n');
}
