/**
 * `Article.genre`: whether the page is a news report or a reference work, from what the page declares
 * (schema.org types, the wiki software it runs on) and how news is written (datelines, newspaper and
 * agency names). Citations follow it: news is cited as a newspaper article (GB/T 7714 `[N]`), a reference
 * work by its own name and revision date, anything else as a web page.
 */
import { parseDate } from './dates';
import type { HeadMetadata } from './head-metadata';
import { hostOf } from './text-normalise';
import type { ArticleGenre } from './types';

const NEWS_TYPES = new Set([
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'LiveBlogPosting',
]);

/** Encyclopedias and wikis, cited by the work's name (`Wikipedia`, `百度百科`). */
const REFERENCE_HOSTS =
  /(^|\.)(wikipedia\.org|wikimedia\.org|wiktionary\.org|wikisource\.org|baike\.baidu\.com|baike\.sogou\.com|baike\.so\.com|baike\.com|britannica\.com|encyclopedia\.com|scholarpedia\.org|wiki\.mbalib\.com)$/i;

/** Names of newspapers, agencies and broadcasters (`河北日报`, `新华社`, `人民日报海外版`, `The New York Times`). */
const CHINESE_NEWS_SOURCE =
  /(新华社|新华网|人民网|央视网|央视新闻|中新社|中新网|中国新闻网|光明网|中国青年网|澎湃新闻|环球网|界面新闻|第一财经)$|(日报|晚报|早报|时报|商报|周报|快报|报社|通讯社|新闻社|新闻网|新闻|电视台|广播电台)$|报.{0,3}版$/;
const ENGLISH_NEWS_SOURCE =
  /\b(news|times|post|herald|journal|tribune|daily|gazette|telegraph|guardian|reuters|associated press|bloomberg|cnn|cnnmoney|bbc|npr|politico|axios|chronicle|observer|independent|inquirer|courier|dispatch|examiner)\b/i;
/** A dateline opening the report: `新华社北京3月10日电`, `本报讯`, `【某报2005年07月03日报道】`, `WASHINGTON (Reuters) -`. */
const DATELINE =
  /^(.{0,16}\d{1,2}月\d{1,2}日(电|讯)|(本报|本刊|本网)讯|【[^】]{0,20}报道】|[A-Z][A-Z .]{2,30}(\([A-Za-z .]{2,30}\))?\s+[-—–])/u;

/** An encyclopedia or wiki page: a reference host, MediaWiki, or Wikimedia's contributors as author. */
export function isReferenceWork(head: HeadMetadata, url: string): boolean {
  return (
    REFERENCE_HOSTS.test(hostOf(url)) ||
    /^mediawiki\b/i.test(head.meta.get('generator') ?? '') ||
    (head.jsonLd?.authors ?? []).some((a) => /wikimedia|wikipedia/i.test(a))
  );
}

/** A reference work's revision date: declared (`dateModified`), or MediaWiki's "last edited on" line. */
export function revisionDate(head: HeadMetadata, doc: Document): string | null {
  return (
    parseDate(head.jsonLd?.dateModified) ??
    parseDate(head.meta.get('article:modified_time')) ??
    parseDate(doc.getElementById('footer-info-lastmod')?.textContent)
  );
}

export function readGenre(
  head: HeadMetadata,
  url: string,
  source: string,
  text: string,
): ArticleGenre | undefined {
  if (isReferenceWork(head, url)) return 'reference';
  if ((head.jsonLd?.types ?? []).some((t) => NEWS_TYPES.has(t))) return 'news';
  if (CHINESE_NEWS_SOURCE.test(source) || ENGLISH_NEWS_SOURCE.test(source)) return 'news';
  if (DATELINE.test(text.slice(0, 80))) return 'news';
  return undefined;
}
