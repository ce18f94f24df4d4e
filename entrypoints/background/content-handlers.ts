/**
 * Handlers for the content scripts. The gate (`validateRequest`) already checked each message names
 * the sender's own page; here every clip a script touches must also belong to that page's article.
 */
import type { ClipStore } from '@/utils/store';
import type { BackgroundDeps } from './deps';
import { handled, type ContentHandlers } from './router';

async function assertOwnClip(store: ClipStore, url: string, id: string): Promise<void> {
  const [page, [clip]] = await Promise.all([store.clipsForUrl(url), store.getClips([id])]);
  if (!clip || !page.article || clip.articleId !== page.article.id) {
    throw handled({
      code: 'forbidden',
      message: 'Message refused: a page may only touch its own clips.',
    });
  }
}

export function contentHandlers(deps: BackgroundDeps): ContentHandlers {
  return {
    async 'content/hasClips'({ url, canonicalUrl }, caller) {
      const { tabId } = caller;
      const count = await (await deps.store()).countClipsForUrl(url, canonicalUrl ?? null);
      // Only pages with clips get the highlighter (and its anchoring code); it fetches them itself.
      if (count > 0) void deps.tabs.command(tabId, { type: 'hl/sync' }).catch(() => undefined);
      return { count };
    },
    async 'content/clips'({ url, canonicalUrl }) {
      return (await (await deps.store()).clipsForUrl(url, canonicalUrl ?? null)).clips;
    },
    async 'content/anchored'({ orphans }) {
      return { orphans: orphans.length };
    },
    async 'content/updateClip'({ url, id, patch }) {
      const store = await deps.store();
      await assertOwnClip(store, url, id);
      return store.updateClip(id, patch);
    },
    async 'content/deleteClip'({ url, id }) {
      const store = await deps.store();
      await assertOwnClip(store, url, id);
      const { token } = await store.deleteClips([id]);
      return { token };
    },
    async 'content/restoreClip'({ url, token }) {
      const store = await deps.store();
      const { article } = await store.clipsForUrl(url);
      if (!article)
        throw handled({
          code: 'forbidden',
          message: 'Message refused: a page may only touch its own clips.',
        });
      return { count: (await store.restoreClips({ token }, article.id)).length };
    },
  };
}
