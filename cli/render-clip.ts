/**
 * The one place `clip` turns an article into output. `json` is the documented machine format; `md` is
 * the article's brief as the extension would export it with every suggestion clipped; `csl`, `ris` and
 * `bibtex` are its citation (accessed today) for Zotero and other reference managers.
 */
import type { Finding } from '../utils/detect/types';
import type { Article } from '../utils/extract/types';
import type { ClipFormat } from './clip-args';
import { defaultBriefOptions, renderArticleBrief } from '../utils/brief';
import { suggestedBrief } from '../utils/suggested-clips';
import { renderCitations } from '../utils/cite';

/**
 * `clip --format json`: exactly these article fields, then the findings (offsets index `article.text`).
 * `policy` is the official document's record, null on other pages.
 */
export interface ClipJson {
  article: Pick<
    Article,
    'title' | 'source' | 'byline' | 'published' | 'lang' | 'url' | 'text' | 'excerpt'
  > & {
    policy: NonNullable<Article['policy']> | null;
  };
  findings: Finding[];
}

export function toClipJson(article: Article, findings: Finding[]): ClipJson {
  const { title, source, byline, published, lang, url, text, excerpt } = article;
  const policy = article.policy ?? null;
  return { article: { title, source, byline, published, lang, url, text, excerpt, policy }, findings };
}

/** `YYYY-MM-DD` of `date` in the machine's zone: the access date a citation gives. */
function localDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function renderClip(
  format: ClipFormat,
  article: Article,
  findings: Finding[],
  clippedAt: Date,
): string {
  if (format === 'json') return `${JSON.stringify(toClipJson(article, findings), null, 2)}\n`;
  const { article: record, content, clips } = suggestedBrief(article, findings, clippedAt.getTime());
  if (format === 'csl' || format === 'ris' || format === 'bibtex')
    return renderCitations(format, [record], [{ accessed: localDate(clippedAt) }]);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return renderArticleBrief(
    { article: record, content, clips },
    { ...defaultBriefOptions(clippedAt), timeZone },
  );
}
