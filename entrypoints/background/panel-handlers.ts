/**
 * The side panel's and the saved-copy reader's requests: show a highlight in its tab, and read an
 * article's stored copy with its highlights.
 */
import type { BackgroundDeps } from './deps';
import { handled, type PageHandlersFor } from './router';

export function panelHandlers(deps: BackgroundDeps): PageHandlersFor<'clips/show' | 'article/copy'> {
  return {
    async 'clips/show'({ tabId, id }) {
      return deps.tabs.command(tabId, { type: 'hl/show', id });
    },
    async 'article/copy'({ articleId }) {
      const store = await deps.store();
      const [article, content, clips] = await Promise.all([
        store.getArticle(articleId),
        store.getContent(articleId),
        store.clipsOfArticle(articleId),
      ]);
      if (!article)
        throw handled({
          code: 'not-found',
          detail: 'article-gone',
          message: 'This article is not in the library.',
        });
      // The HTML alone (the plain text would double what crosses): a copy without it was never stored.
      return { article, content: content?.contentHtml ? { html: content.contentHtml } : null, clips };
    },
  };
}
