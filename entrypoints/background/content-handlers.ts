/**
 * Handlers for the content scripts. The gate (`validateRequest`) already checked each message names
 * the sender's own page; here every clip a script touches must also belong to that page's article.
 */
import type { ClipStore } from '@/utils/store';
import type { BackgroundDeps } from './deps';
import { HandledError, type Caller, type Handlers } from './router';

type ContentHandlers = Pick<
  Handlers,
  | 'content/hasClips'
  | 'content/clips'
  | 'content/anchored'
  | 'content/updateClip'
  | 'content/deleteClip'
  | 'content/restoreClip'
>;

function tabOf(caller: Caller): number {
  if (caller.role !== 'content-script')
    throw new HandledError({ code: 'forbidden', message: 'Content scripts only.' });
  return caller.tabId;
}

async function assertOwnClip(store: ClipStore, url: string, id: string): Promise<void> {
  const [page, [clip]] = await Promise.all([store.clipsForUrl(url), store.getClips([id])]);
  if (!clip || !page.article || clip.articleId !== page.article.id) {
    throw new HandledError({
      code: 'forbidden',
      message: 'Message refused: a page may only touch its own clips.',
    });
  }
}

export function contentHandlers(deps: BackgroundDeps): ContentHandlers {
  return {
    async 'content/hasClips'({ url, canonicalUrl }, caller) {
      const tabId = tabOf(caller);
      const count = await (await deps.store()).countClipsForUrl(url, canonicalUrl ?? null);
      // Only pages with clips get the highlighter (and its anchoring code); it fetches them itself.
      if (count > 0) void deps.tabs.command(tabId, { type: 'hl/sync' }).catch(() => undefined);
      return { count };
    },
    async 'content/clips'({ url, canonicalUrl }, caller) {
      tabOf(caller);
      return (await (await deps.store()).clipsForUrl(url, canonicalUrl ?? null)).clips;
    },
    async 'content/anchored'({ orphans }, caller) {
      tabOf(caller);
      return { orphans: orphans.length };
    },
    async 'content/updateClip'({ url, id, patch }, caller) {
      tabOf(caller);
      const store = await deps.store();
      await assertOwnClip(store, url, id);
      return store.updateClip(id, patch);
    },
    async 'content/deleteClip'({ url, id }, caller) {
      tabOf(caller);
      const store = await deps.store();
      await assertOwnClip(store, url, id);
      const { token } = await store.deleteClips([id]);
      return { token };
    },
    async 'content/restoreClip'({ url, token }, caller) {
      tabOf(caller);
      const store = await deps.store();
      const { article } = await store.clipsForUrl(url);
      if (!article)
        throw new HandledError({
          code: 'forbidden',
          message: 'Message refused: a page may only touch its own clips.',
        });
      return { count: (await store.restoreClips({ token }, article.id)).length };
    },
  };
}
