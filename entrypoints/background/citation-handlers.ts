/** Handlers that export citation files (CSL-JSON, RIS, BibTeX) of one article or of selected clips. */
import { citationFile } from '@/utils/cite';
import type { ArticleRecord } from '@/utils/store';
import type { CitationFormat } from '@/utils/vocabulary';
import type { BackgroundDeps } from './deps';
import { sharedTag } from '@/utils/brief/export-name';
import { clipsWithArticles, deliver } from './export-handlers';
import { handled, type PageHandlers } from './router';

type CitationHandlers = Pick<PageHandlers, 'citations/article' | 'citations/clips'>;

function deliverCitations(
  deps: BackgroundDeps,
  how: 'download' | 'text',
  format: CitationFormat,
  articles: readonly ArticleRecord[],
  name: string | null,
) {
  const file = citationFile(format, articles, { now: new Date(deps.now()), timeZone: deps.timeZone, name });
  return deliver(deps, how, file.filename, file.text, file.mime);
}

export function citationHandlers(deps: BackgroundDeps): CitationHandlers {
  return {
    async 'citations/article'({ articleId, format, deliver: how }) {
      const article = await (await deps.store()).getArticle(articleId);
      if (!article)
        throw handled({
          code: 'not-found',
          detail: 'article-gone',
          message: 'This article is not in your library any more.',
        });
      return deliverCitations(deps, how, format, [article], null);
    },

    async 'citations/clips'({ clipIds, format, deliver: how }) {
      const { clips, articles } = await clipsWithArticles(await deps.store(), clipIds, false);
      // Articles in the order their clips come in the selection; named by the tag all the clips share.
      return deliverCitations(deps, how, format, articles, sharedTag(clips));
    },
  };
}
