/** Handlers for the library page (and the popup's edits): list, search, edit, tag, delete, undo. */
import type { ClipQuery as RequestQuery } from '@/utils/messages/page-channel';
import type { ClipPage } from '@/utils/messages/reply-schemas';
import type { ArticleRecord, ClipQuery, ClipStore } from '@/utils/store';
import { moveTagColours } from '@/utils/tag-colours';
import type { BackgroundDeps } from './deps';
import type { PageHandlers } from './router';

type LibraryHandlers = Pick<
  PageHandlers,
  | 'clips/list'
  | 'clips/ids'
  | 'clips/get'
  | 'clips/update'
  | 'clips/delete'
  | 'clips/restore'
  | 'tags/list'
  | 'tags/add'
  | 'tags/remove'
  | 'tags/rename'
  | 'tags/merge'
  | 'sources/list'
  | 'articles/list'
  | 'storage/status'
>;

/** `YYYY-MM-DD` → epoch ms at the start (or end) of that day in UTC: date filters are whole days. */
function dayBound(iso: string | undefined, end: boolean): number | undefined {
  if (!iso) return undefined;
  const start = Date.parse(`${iso}T00:00:00Z`);
  return end ? start + 86_400_000 - 1 : start;
}

export function toStoreQuery(q: RequestQuery): ClipQuery {
  return {
    articleId: q.articleId,
    tags: q.tags,
    source: q.source,
    kinds: q.kinds,
    text: q.text,
    order: q.order,
    from: dayBound(q.from, false),
    to: dayBound(q.to, true),
    offset: q.offset,
    limit: q.limit,
  };
}

export async function articlesById(
  store: ClipStore,
  ids: Iterable<string>,
): Promise<Record<string, ArticleRecord>> {
  const out: Record<string, ArticleRecord> = {};
  for (const id of new Set(ids)) {
    const article = await store.getArticle(id);
    if (article) out[id] = article;
  }
  return out;
}

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
        articles: await articlesById(
          store,
          page.clips.map((c) => c.articleId),
        ),
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
    async 'clips/update'({ id, patch }) {
      return (await deps.store()).updateClip(id, patch);
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
