/**
 * How a brief names its sources: the short citation after each quote, the source line under an
 * article heading, and the numbered **Sources** entries (GB/T 7714-2015 style for Chinese sources,
 * author–date for the others). Every piece of page text goes through the escaper.
 */
import { gbtReferenceParts } from '../cite';
import type { ArticleRecord, ClipRecord } from '../store/types';
import { pageOfSelectors } from '../anchor/page';
import { escapeOneLine, markdownUrl } from './escape';
import type { DateFormatter } from './format';
import type { BriefLabels } from './labels';
import type { CitationStyle } from '@/utils/vocabulary';

/** The URL a citation gives: the page as loaded (kept for citations), else the normalised one. */
export function citedUrl(article: ArticleRecord): string {
  return article.originalUrl || article.url;
}

/** The date a work is cited by: a reference work's revision (not its creation), else its publication. */
function citedDate(article: ArticleRecord): string | null {
  return article.genre === 'reference' ? (article.revised ?? null) : article.published;
}

/** `思瀚产业研究院, 2021-05-10`; an official document by its issuer (raw text: the caller escapes it). */
export function shortCitation(article: ArticleRecord): string {
  const who =
    article.policy?.issuer?.trim() ||
    article.source.trim() ||
    article.byline?.trim() ||
    article.title.trim() ||
    citedUrl(article);
  const date = citedDate(article);
  return date ? `${who}, ${date}` : who;
}

/**
 * A clip's citation: `cited` (the short citation, or the link word of a single-article brief) and, for
 * a passage of a PDF, its page (`国家统计局, 2024-02-29, p. 3`: the page as printed, in both languages).
 */
export function clipCitation(cited: string, clip: Pick<ClipRecord, 'selectors'>): string {
  const page = pageOfSelectors(clip.selectors);
  return page === null ? cited : `${cited}, p. ${page}`;
}

/**
 * `**Source:** publisher · byline · date · <url> · accessed date` (Markdown); an official document's
 * issuer and number come first (`国务院办公厅 · 国办发〔2017〕47号 · 中国政府网 · …`); the link to the
 * saved copy last when there is one (`savedCopy`, a Markdown link already built).
 */
export function sourceLine(
  article: ArticleRecord,
  labels: BriefLabels,
  date: DateFormatter,
  savedCopy: string | null = null,
): string {
  const parts: string[] = [];
  const issuer = article.policy?.issuer?.trim();
  if (issuer && issuer !== article.source.trim()) parts.push(escapeOneLine(issuer));
  if (article.policy?.docNumber) parts.push(escapeOneLine(article.policy.docNumber));
  if (article.source.trim()) parts.push(escapeOneLine(article.source));
  if (article.byline?.trim()) parts.push(escapeOneLine(article.byline));
  if (article.published) parts.push(escapeOneLine(article.published));
  parts.push(markdownUrl(citedUrl(article)));
  parts.push(`${labels.accessed} ${date(article.clippedAt)}`);
  if (savedCopy) parts.push(savedCopy);
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
 * GB/T 7714-2015 in its own forms (`utils/cite`): `[A/OL]` with issuer and number for official
 * documents, `[N/OL]` for news, `[EB/OL]` for other pages; escaped for Markdown, the URL linked.
 */
function gbtEntry(article: ArticleRecord, date: DateFormatter): string {
  const { head, url } = gbtReferenceParts(article, { accessed: date(article.clippedAt) });
  return `${escapeOneLine(head, true)} ${markdownUrl(url)}.`;
}

/**
 * Author–date: `Byline (2021). Title. Publisher, 2021-05-10. <url> (accessed 2026-11-30).`; an official
 * document by its issuer, with its number after the title.
 */
function authorDateEntry(article: ArticleRecord, date: DateFormatter, labels: BriefLabels): string {
  const issuer = article.policy?.issuer?.trim() ?? '';
  const byline = issuer || (article.byline?.trim() ?? '');
  const publisher = article.source.trim();
  const who = byline || publisher;
  const cited = citedDate(article);
  const year = cited ? cited.slice(0, 4) : 'n.d.';
  const head = who ? `${escapeOneLine(who, true)} (${escapeOneLine(year)}). ` : `(${escapeOneLine(year)}). `;
  const where = [byline ? publisher : '', cited ?? '']
    .filter(Boolean)
    .map((s) => escapeOneLine(s))
    .join(', ');
  const wherePart = where ? `${withStop(where)} ` : '';
  const number = article.policy?.docNumber ? ` (${article.policy.docNumber})` : '';
  return `${head}${withStop(escapeOneLine(article.title + number))} ${wherePart}${markdownUrl(citedUrl(article))} (${labels.accessed} ${date(article.clippedAt)}).`;
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
