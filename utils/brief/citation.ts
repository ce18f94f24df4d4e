/**
 * How a brief names its sources: the short citation after each quote, the source line under an
 * article heading, and the numbered **Sources** entries (GB/T 7714-2015 style for Chinese sources,
 * author–date for the others). Every piece of page text goes through the escaper.
 */
import type { ArticleRecord } from '../store/types';
import { escapeOneLine, markdownUrl } from './escape';
import type { DateFormatter } from './format';
import type { BriefLabels } from './labels';
import type { CitationStyle } from '@/utils/vocabulary';

/** The URL a citation gives: the page as loaded (kept for citations), else the normalised one. */
export function citedUrl(article: ArticleRecord): string {
  return article.originalUrl || article.url;
}

/** `思瀚产业研究院, 2021-05-10` (raw text: the caller escapes it as link text). */
export function shortCitation(article: ArticleRecord): string {
  const who = article.source.trim() || article.byline?.trim() || article.title.trim() || citedUrl(article);
  return article.published ? `${who}, ${article.published}` : who;
}

/** `**Source:** publisher · byline · date · <url> · accessed date` (Markdown). */
export function sourceLine(article: ArticleRecord, labels: BriefLabels, date: DateFormatter): string {
  const parts: string[] = [];
  if (article.source.trim()) parts.push(escapeOneLine(article.source));
  if (article.byline?.trim()) parts.push(escapeOneLine(article.byline));
  if (article.published) parts.push(escapeOneLine(article.published));
  parts.push(markdownUrl(citedUrl(article)));
  parts.push(`${labels.accessed} ${date(article.clippedAt)}`);
  return `**${labels.source}**${labels.colon}${parts.join(' · ')}`;
}

function usesGbt(article: ArticleRecord, style: CitationStyle): boolean {
  if (style === 'auto') return article.lang?.toLowerCase().startsWith('zh') ?? false;
  return style === 'gbt7714';
}

/** Ends a bibliographic element with a full stop unless it already ends with punctuation. */
function withStop(s: string, stop = '.'): string {
  return /[.。!?！？]$/.test(s) ? s : s + stop;
}

/**
 * GB/T 7714-2015, electronic resource: `责任者. 题名[EB/OL]. 出版者, (发布日期)[引用日期]. URL.`
 * The responsible party is the byline when there is one (the publisher then follows the title), else
 * the publisher.
 */
function gbtEntry(article: ArticleRecord, date: DateFormatter): string {
  const byline = article.byline?.trim() ?? '';
  const publisher = article.source.trim();
  const who = byline || publisher;
  const head = who ? `${withStop(escapeOneLine(who, true))} ` : '';
  const publisherPart = byline && publisher ? `${escapeOneLine(publisher)}, ` : '';
  const published = article.published ? `(${escapeOneLine(article.published)})` : '';
  return `${head}${escapeOneLine(article.title, head === '')}\\[EB/OL\\]. ${publisherPart}${published}\\[${date(article.clippedAt)}\\]. ${markdownUrl(citedUrl(article))}.`;
}

/** Author–date: `Byline (2021). Title. Publisher, 2021-05-10. <url> (accessed 2026-11-30).` */
function authorDateEntry(article: ArticleRecord, date: DateFormatter, labels: BriefLabels): string {
  const byline = article.byline?.trim() ?? '';
  const publisher = article.source.trim();
  const who = byline || publisher;
  const year = article.published ? article.published.slice(0, 4) : 'n.d.';
  const head = who ? `${escapeOneLine(who, true)} (${escapeOneLine(year)}). ` : `(${escapeOneLine(year)}). `;
  const where = [byline ? publisher : '', article.published ?? '']
    .filter(Boolean)
    .map((s) => escapeOneLine(s))
    .join(', ');
  const wherePart = where ? `${withStop(where)} ` : '';
  return `${head}${withStop(escapeOneLine(article.title))} ${wherePart}${markdownUrl(citedUrl(article))} (${labels.accessed} ${date(article.clippedAt)}).`;
}

/** One numbered **Sources** entry (without its `1. ` marker). */
export function sourceEntry(
  article: ArticleRecord,
  style: CitationStyle,
  date: DateFormatter,
  labels: BriefLabels,
): string {
  return usesGbt(article, style) ? gbtEntry(article, date) : authorDateEntry(article, date, labels);
}
