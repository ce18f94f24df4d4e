/**
 * An article and its detected findings as the records a brief takes, as if the user had clicked every
 * suggestion: what `npm run clip` prints, and a preview of a brief before anything is saved. Text
 * fragments are computed over the article text, which stands in for the page's text. A PDF's clips
 * name their page (and have no text fragment: browsers' PDF viewers do not follow them).
 */
import { quoteSelectorFromText, textFragmentDirective } from './anchor';
import { findingClipDraft, savedSpan } from './finding-clip';
import { clipFromDraft } from './store/clip-records';
import type { Finding } from './detect/types';
import type { Article } from './extract/types';
import type { ArticleContentRecord, ArticleRecord, ClipRecord } from './store/types';
import { articleIdFor, articleUrl, normaliseUrl } from './url';
import { pageSelectorAt } from './pdf/passages';
import type { PdfFacts } from './pdf/types';

export interface SuggestedBrief {
  article: ArticleRecord;
  content: ArticleContentRecord;
  clips: ClipRecord[];
}

export function suggestedBrief(
  article: Article,
  findings: readonly Finding[],
  now: number,
  pdf?: Pick<PdfFacts, 'pages' | 'fingerprint'>,
): SuggestedBrief {
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
    ...(article.policy ? { policy: article.policy } : {}),
    ...(article.genre ? { genre: article.genre } : {}),
    ...(article.revised ? { revised: article.revised } : {}),
    ...(pdf ? { kind: 'pdf' as const, ...(pdf.fingerprint ? { fingerprint: pdf.fingerprint } : {}) } : {}),
    clippedAt: now,
    updatedAt: now,
  };
  // As if the user had clicked every suggestion: what the popup lists, each saved as it would be.
  const clips = findings
    .filter((f) => f.suggested)
    .map((f, i) => {
      const { start, end } = savedSpan(f);
      const page = pdf ? pageSelectorAt(pdf.pages, start) : null;
      return clipFromDraft(
        findingClipDraft(f, {
          articleId: id,
          quote: article.text.slice(start, end),
          selectors: [
            quoteSelectorFromText(article.text, start, end),
            { type: 'TextPositionSelector', start, end },
            ...(page ? [page] : []),
          ],
          fragment: pdf ? '' : textFragmentDirective(article.text, start, end),
          figureHint: f.start - start,
        }),
        `${id}-s${String(i).padStart(4, '0')}`,
        now,
      );
    });
  return {
    article: record,
    content: { articleId: id, text: article.text, contentHtml: article.contentHtml },
    clips,
  };
}
