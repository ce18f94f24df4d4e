/**
 * A fake background holding clips in memory, answering the library's requests closely enough to drive
 * the page: filtering by tags and text (with match terms), paging, ids, delete/restore, tag edits.
 */
import { applyClipEdit } from '@/utils/merge/clip-edit';
import { documentFacets, issuersOf } from '@/utils/store/document-filter';
import type { ClipQuery } from '@/utils/messages/page-channel';
import type { ClipPage } from '@/utils/messages/reply-schemas';
import type { ArticleRecord, ClipRecord } from '@/utils/store/types';
import { fakeApi, type FakeApi, type Handlers } from './harness';
import type { Settings } from '@/utils/settings';

export const DEFAULT_SETTINGS: Settings = {
  brief: {
    groupBy: 'article',
    fullText: false,
    highlightStyle: 'mark',
    citationStyle: 'auto',
    frontMatterTag: null,
    linkSavedCopy: false,
  },
  obsidian: { vault: '', folder: '' },
  tagColours: {},
  toolbar: 'popup',
  pdfAutoOpen: false,
};

export interface FakeLibrary extends FakeApi {
  clips: ClipRecord[];
}

export function fakeLibrary(
  clips: ClipRecord[],
  articles: ArticleRecord[],
  overrides: Handlers = {},
): FakeLibrary {
  const state = { clips: [...clips], trash: new Map<string, ClipRecord[]>() };
  const byId = Object.fromEntries(articles.map((a) => [a.id, a]));

  const matching = (query: ClipQuery): ClipRecord[] =>
    state.clips
      .filter((c) => (query.tags ?? []).every((tag) => c.tags.includes(tag)))
      .filter((c) => !query.text || c.quote.includes(query.text))
      .filter((c) => !query.kinds || query.kinds.includes(c.kind))
      .filter((c) => !query.issuer || issuersOf(byId[c.articleId] ?? {}).includes(query.issuer))
      .filter((c) => !query.docType || byId[c.articleId]?.policy?.docType === query.docType)
      .sort((a, b) => b.createdAt - a.createdAt);

  const handlers: Handlers = {
    'clips/list': ({ query }): ClipPage => {
      const all = matching(query);
      const offset = query.offset ?? 0;
      const page = all.slice(offset, offset + (query.limit ?? 50));
      return {
        clips: page,
        total: all.length,
        articles: Object.fromEntries(page.map((c) => [c.articleId, byId[c.articleId]!])),
        matches: query.text ? Object.fromEntries(page.map((c) => [c.id, [query.text!]])) : {},
      };
    },
    'clips/ids': ({ query }) => matching(query).map((c) => c.id),
    'tags/list': () => {
      const counts = new Map<string, number>();
      for (const c of state.clips) for (const t of c.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
      return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count);
    },
    'sources/list': () => [{ source: '国务院', count: articles.length }],
    'documents/facets': () => documentFacets(articles),
    'settings/get': () => DEFAULT_SETTINGS,
    'storage/status': () => ({
      persisted: true,
      usage: 2 * 1024 * 1024,
      quota: 1024 ** 3,
      clips: state.clips.length,
      articles: articles.length,
    }),
    'clips/edit': ({ id, edit }) => {
      const i = state.clips.findIndex((c) => c.id === id);
      const updated = applyClipEdit(state.clips[i]!, edit, 0);
      state.clips[i] = updated;
      return updated;
    },
    'clips/delete': ({ ids }) => {
      const token = `token-${state.trash.size + 1}`;
      state.trash.set(
        token,
        state.clips.filter((c) => ids.includes(c.id)),
      );
      state.clips = state.clips.filter((c) => !ids.includes(c.id));
      return { token, count: ids.length };
    },
    'clips/restore': ({ token }) => {
      const restored = state.trash.get(token) ?? [];
      state.clips.push(...restored);
      state.trash.delete(token);
      return { count: restored.length };
    },
    'brief/clips': ({ clipIds, deliver }) => ({
      filename: 'policy-brief.md',
      text: `# Brief of ${clipIds.length}`,
      ...(deliver === 'download' ? { downloadId: 1 } : {}),
    }),
    'csv/figures': () => ({ filename: 'figures.csv', text: 'a,b', downloadId: 2 }),
    ...overrides,
  };
  const fake = fakeApi(handlers);
  return {
    ...fake,
    get clips() {
      return state.clips;
    },
  };
}
