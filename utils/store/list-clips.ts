import type { IDBPObjectStore } from 'idb';
import { getClips } from './clips';
import { allFromStored } from './clip-records';
import type { StoreContext } from './context';
import type { ClipperDB } from './db-schema';
import { idsByDate, pageByDate, pageByKinds, pageByTag } from './date-pages';
import { hasDocumentCriteria, matchesDocument } from './document-filter';
import {
  type CheckedQuery,
  checkQuery,
  compareByDate,
  cutPage,
  filtersArticles,
  matches,
} from './query-plan';
import type { SearchHit } from './search-index';
import { tagKey } from '../tags';
import { transact } from './transact';
import type { ClipMatch, ClipPage, ClipQuery, ClipRecord } from './types';

type Plan = 'search' | 'dates' | 'tag' | 'kinds' | 'general';

/** Which way a query is answered: the narrowest that reads only about one page (see `./date-pages.ts`). */
function planOf(q: CheckedQuery): Plan {
  if (q.text) return 'search';
  if (q.articleId !== null || filtersArticles(q)) return 'general';
  if (q.tags.length > 0) return q.kinds === null && q.tags.length === 1 ? 'tag' : 'general';
  if (q.kinds === null) return 'dates';
  return q.type === null ? 'kinds' : 'general';
}

/**
 * Lists clips by any mix of filters, newest first by default, a page at a time.
 * Dates alone, one tag or kinds alone (with dates) read about one page from an index; other mixes
 * read the candidates of the most selective index and filter them in memory; text goes through the
 * search index, which also knows every filter field, so only the page itself is read.
 */
export async function listClips(ctx: StoreContext, query: ClipQuery): Promise<ClipPage> {
  const q = checkQuery(query);
  const plan = planOf(q);
  if (plan === 'search') return searchClips(ctx, q);
  if (plan === 'general') return filteredPage(ctx, q);
  const read = plan === 'dates' ? pageByDate : plan === 'tag' ? pageByTag : pageByKinds;
  return { ...(await read(ctx.db, ctx.keyRange, q)), matches: [] };
}

type ClipsStore = IDBPObjectStore<ClipperDB, ('articles' | 'clips')[], 'clips', 'readonly'>;
type ArticlesStore = IDBPObjectStore<ClipperDB, ('articles' | 'clips')[], 'articles', 'readonly'>;

/**
 * The ids of the articles the query's article filters let through, or null when it has none. A source
 * is an index lookup; issuer and type are read from the article records (of that source, or all of
 * them), so no index or derived field is kept for them: a first page in ~30 ms in Node and ~110 ms in
 * Chromium for 1,000 articles and 10,000 clips (bench `store.*.issuerFilterMs`, against ~20-45 ms for
 * the indexed source filter, `sourceFilterMs`; measured on a shared, busy machine).
 */
async function articlesMatching(articles: ArticlesStore, q: CheckedQuery): Promise<Set<string> | null> {
  if (!filtersArticles(q)) return null;
  if (!hasDocumentCriteria(q)) return new Set(await articles.index('source').getAllKeys(q.source ?? ''));
  const candidates =
    q.source === null ? await articles.getAll() : await articles.index('source').getAll(q.source);
  return new Set(candidates.filter((a) => matchesDocument(a, q)).map((a) => a.id));
}

/** Clips carrying the query tag that the fewest clips carry (any spelling), within the query's dates. */
async function clipsWithRarestTag(
  clips: ClipsStore,
  kr: typeof IDBKeyRange,
  q: CheckedQuery,
): Promise<ClipRecord[]> {
  const index = clips.index('tagDate');
  const ranges = q.tags.map((t) => kr.bound([tagKey(t), q.from], [tagKey(t), q.to]));
  const counts = await Promise.all(ranges.map((r) => index.count(r)));
  const rarest = ranges[counts.indexOf(Math.min(...counts))];
  return rarest ? allFromStored(await index.getAll(rarest)) : [];
}

/** Every clip matching the filters (not text), in the query's date order. */
function filterByIndexes(ctx: StoreContext, q: CheckedQuery): Promise<ClipRecord[]> {
  const order = q.order === 'oldest' ? 'oldest' : 'newest';
  if (q.from > q.to) return Promise.resolve([]);
  return transact(ctx.db, ['articles', 'clips'], 'readonly', async (tx) => {
    const articleIds = await articlesMatching(tx.objectStore('articles'), q);
    const clips = tx.objectStore('clips');
    let candidates: ClipRecord[];
    if (q.articleId !== null) candidates = allFromStored(await clips.index('articleId').getAll(q.articleId));
    else if (q.tags.length > 0) candidates = await clipsWithRarestTag(clips, ctx.keyRange, q);
    else if (articleIds) {
      const byArticle = await Promise.all([...articleIds].map((id) => clips.index('articleId').getAll(id)));
      candidates = allFromStored(byArticle.flat());
    } else {
      const kinds = (q.kinds ?? []).map((k) => ctx.keyRange.bound([k, q.from], [k, q.to]));
      const byKind = await Promise.all(kinds.map((range) => clips.index('kindDate').getAll(range)));
      candidates = allFromStored(byKind.flat());
    }
    const unique = [...new Map(candidates.map((c) => [c.id, c])).values()];
    return unique.filter((c) => matches(c, q, articleIds)).sort((a, b) => compareByDate(order, a, b));
  });
}

type RankedHit = SearchHit & { createdAt: number };

/** Every clip matching the text and the filters, in the query's order. */
async function searchHits(ctx: StoreContext, q: CheckedQuery): Promise<RankedHit[]> {
  const index = await ctx.search.ready();
  const articleIds = filtersArticles(q)
    ? await transact(ctx.db, ['articles', 'clips'], 'readonly', (tx) =>
        articlesMatching(tx.objectStore('articles'), q),
      )
    : null;
  const hits = index.search(q.text).flatMap((hit) => {
    const doc = index.doc(hit.id);
    return doc && matches(doc, q, articleIds) ? [{ ...hit, createdAt: doc.createdAt }] : [];
  });
  if (q.order === 'relevance') hits.sort((a, b) => b.score - a.score || compareByDate('newest', a, b));
  else hits.sort((a, b) => compareByDate(q.order === 'oldest' ? 'oldest' : 'newest', a, b));
  return hits;
}

async function searchClips(ctx: StoreContext, q: CheckedQuery): Promise<ClipPage> {
  const hits = await searchHits(ctx, q);
  const { page, nextCursor } = cutPage(hits, q);
  const clips = await getClips(
    ctx,
    page.map((h) => h.id),
  );
  const byId = new Map(page.map((h) => [h.id, h]));
  const matched: ClipMatch[] = clips.map((c) => {
    const hit = byId.get(c.id);
    return { clipId: c.id, terms: hit?.terms ?? [], score: hit?.score ?? 0 };
  });
  return { clips, total: hits.length, nextCursor, matches: matched };
}

async function filteredPage(ctx: StoreContext, q: CheckedQuery): Promise<ClipPage> {
  const filtered = await filterByIndexes(ctx, q);
  const { page, nextCursor } = cutPage(filtered, q);
  return { clips: page, total: filtered.length, nextCursor, matches: [] };
}

/** The ids of every clip a query matches, in its order, without paging (for "select all" and briefs). */
export async function listClipIds(ctx: StoreContext, query: ClipQuery): Promise<string[]> {
  const q = checkQuery({ ...query, cursor: null, offset: 0, limit: undefined });
  const plan = planOf(q);
  if (plan === 'search') return (await searchHits(ctx, q)).map((h) => h.id);
  if (plan === 'dates' || plan === 'tag') return idsByDate(ctx.db, ctx.keyRange, q);
  return (await filterByIndexes(ctx, q)).map((c) => c.id);
}
