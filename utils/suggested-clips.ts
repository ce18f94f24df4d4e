/**
 * An article and its detected findings as the records a brief takes, as if the user had clicked every
 * suggestion: what `npm run clip` prints, and a preview of a brief before anything is saved. Text
 * fragments are computed over the article text, which stands in for the page's text.
 */
import { quoteSelectorFromText, textFragmentDirective } from './anchor';
import { suggestedTags } from './detect';
import type { Finding } from './detect/types';
import type { Article } from './extract/types';
import type { ArticleContentRecord, ArticleRecord, ClipRecord } from './store/types';
import { articleIdFor, articleUrl, normaliseUrl } from './url';
import { KIND_COLOUR } from './vocabulary';

export interface SuggestedBrief {
  article: ArticleRecord;
  content: ArticleContentRecord;
  clips: ClipRecord[];
}

export function suggestedBrief(article: Article, findings: readonly Finding[], now: number): SuggestedBrief {
  const url = articleUrl(article.url, article.canonicalUrl);
  const id = articleIdFor(url);
  const record: ArticleRecord = {
    id,
    url,
    originalUrl: article.url,
    pageUrls: [...new Set([url, normaliseUrl(article.url)])],
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    source: article.source,
    byline: article.byline,
    published: article.published,
    lang: article.lang,
    excerpt: article.excerpt,
    clippedAt: now,
    updatedAt: now,
  };
  const clips = findings.map((f, i): ClipRecord => ({
    id: `${id}-s${String(i).padStart(4, '0')}`,
    articleId: id,
    quote: f.text,
    selectors: [
      quoteSelectorFromText(article.text, f.start, f.end),
      { type: 'TextPositionSelector', start: f.start, end: f.end },
    ],
    kind: f.kind,
    type: f.type,
    value: f.kind === 'figure' ? f.value : null,
    unit: f.kind === 'figure' ? f.unit : null,
    context: f.context,
    tags: suggestedTags(f),
    note: '',
    colour: KIND_COLOUR[f.kind],
    fragment: textFragmentDirective(article.text, f.start, f.end),
    createdAt: now,
    updatedAt: now,
  }));
  return {
    article: record,
    content: { articleId: id, text: article.text, contentHtml: article.contentHtml },
    clips,
  };
}
