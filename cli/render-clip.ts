/**
 * The one place `clip` turns an article into output. `json` is the documented machine format; `md` is
 * the article's brief as the extension would export it with every suggestion clipped.
 */
import type { Finding } from '../utils/detect/types';
import type { Article } from '../utils/extract/types';
import type { ClipFormat } from './clip-args';
import { defaultBriefOptions, renderArticleBrief } from '../utils/brief';
import { suggestedBrief } from '../utils/suggested-clips';

/** `clip --format json`: exactly these article fields, then the findings (offsets index `article.text`). */
export interface ClipJson {
  article: Pick<Article, 'title' | 'source' | 'byline' | 'published' | 'lang' | 'url' | 'text' | 'excerpt'>;
  findings: Finding[];
}

export function toClipJson(article: Article, findings: Finding[]): ClipJson {
  const { title, source, byline, published, lang, url, text, excerpt } = article;
  return { article: { title, source, byline, published, lang, url, text, excerpt }, findings };
}

export function renderClip(
  format: ClipFormat,
  article: Article,
  findings: Finding[],
  clippedAt: Date,
): string {
  if (format === 'json') return `${JSON.stringify(toClipJson(article, findings), null, 2)}\n`;
  const { article: record, content, clips } = suggestedBrief(article, findings, clippedAt.getTime());
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return renderArticleBrief(
    { article: record, content, clips },
    { ...defaultBriefOptions(clippedAt), timeZone },
  );
}
