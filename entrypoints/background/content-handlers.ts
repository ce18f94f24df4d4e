/**
 * Handlers for the content scripts. The gate (`validateRequest`) already checked each message names
 * the sender's own page; here every clip a script touches must also belong to that page's article.
 */
import { paintedClip } from '@/utils/messages/highlighter-channel';
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
    async 'content/clips'({ url, canonicalUrl }, { tabId }) {
      const { article, clips } = await (await deps.store()).clipsForUrl(url, canonicalUrl ?? null);
      deps.pages.track(tabId, article?.id ?? null);
      // Where and how to paint each clip: its tags and note never reach the page's renderer.
      return clips.map(paintedClip);
    },
    async 'content/anchored'({ orphans }) {
      return { orphans: orphans.length };
    },
    async 'content/openMenu'({ url, id }, { tabId }) {
      await assertOwnClip(await deps.store(), url, id);
      deps.panel.clipClicked(tabId, id);
      return { token: deps.ui.open({ kind: 'menu', tabId, clipId: id, focus: false }) };
    },
  };
}
