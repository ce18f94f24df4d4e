/** Handlers for the library page (and the popup's edits): list, search, edit, tag, delete, undo. */
import type { ClipPage } from '@/utils/messages/reply-schemas';
import { toStoreQuery } from '@/utils/library-query';
import { moveTagColours } from '@/utils/tag-colours';
import type { BackgroundDeps } from './deps';
import type { PageHandlers } from './router';

type LibraryHandlers = Pick<
  PageHandlers,
  | 'clips/list'
  | 'clips/ids'
  | 'clips/get'
  | 'clips/edit'
  | 'clips/delete'
  | 'clips/restore'
  | 'tags/list'
  | 'tags/add'
  | 'tags/remove'
  | 'tags/rename'
  | 'tags/merge'
  | 'sources/list'
  | 'documents/facets'
  | 'articles/list'
  | 'storage/status'
>;

export function libraryHandlers(deps: BackgroundDeps): LibraryHandlers {
  return {
    async 'clips/list'({ query }): Promise<ClipPage> {
      const store = await deps.store();
      const page = await store.listClips(toStoreQuery(query));
      const matches: Record<string, string[]> = {};
      for (const m of page.matches) matches[m.clipId] = m.terms;
      return {
        clips: page.clips,
        total: page.total,
        articles: Object.fromEntries(await store.getArticles(page.clips.map((c) => c.articleId))),
        matches,
      };
    },
    async 'clips/ids'({ query }) {
      const { offset: _o, limit: _l, ...all } = toStoreQuery(query);
      return (await deps.store()).listClipIds(all);
    },
    async 'clips/get'({ ids }) {
      return (await deps.store()).getClips(ids);
    },
    async 'clips/edit'({ id, edit }) {
      return (await deps.store()).editClip(id, edit);
    },
    async 'clips/delete'({ ids, tabId }) {
      const { token, deleted } = await (await deps.store()).deleteClips(ids);
      if (tabId !== undefined)
        await deps.tabs.command(tabId, { type: 'hl/remove', ids }).catch(() => undefined);
      return { token, count: deleted };
    },
    async 'clips/restore'({ token, tabId }) {
      const restored = await (await deps.store()).restoreClips({ token });
      if (tabId !== undefined)
        await deps.tabs.command(tabId, { type: 'hl/render', clips: restored }).catch(() => undefined);
      return { count: restored.length };
    },
    async 'tags/list'() {
      return (await deps.store()).listTags();
    },
    async 'tags/add'({ ids, tags }) {
      return { count: await (await deps.store()).addTags(ids, tags) };
    },
    async 'tags/remove'({ ids, tags }) {
      return { count: await (await deps.store()).removeTags(ids, tags) };
    },
    async 'tags/rename'({ from, to }) {
      const count = await (await deps.store()).renameTag(from, to);
      await deps.settings.update((s) => ({ ...s, tagColours: moveTagColours(s.tagColours, [from], to) }));
      return { count };
    },
    async 'tags/merge'({ sources, target }) {
      const count = await (await deps.store()).mergeTags(sources, target);
      await deps.settings.update((s) => ({
        ...s,
        tagColours: moveTagColours(s.tagColours, sources, target),
      }));
      return { count };
    },
    async 'sources/list'() {
      return (await deps.store()).listSources();
    },
    async 'documents/facets'() {
      return (await deps.store()).listDocumentFacets();
    },
    async 'articles/list'() {
      return (await deps.store()).listArticles();
    },
    async 'storage/status'() {
      const store = await deps.store();
      const [persisted, estimate, stats] = await Promise.all([
        deps.storage.persisted(),
        deps.storage.estimate(),
        store.stats(),
      ]);
      return {
        persisted,
        usage: estimate.usage,
        quota: estimate.quota,
        clips: stats.clips,
        articles: stats.articles,
      };
    },
  };
}
