import type { IDBPObjectStore } from 'idb';
import { getClips } from './clips';
import { spellingsOf, type StoreContext } from './context';
import type { ClipperDB } from './db-schema';
import {
  type CheckedQuery,
  checkQuery,
  compareByDate,
  cutPage,
  encodeCursor,
  matches,
  onlyDateRange,
} from './query-plan';
import type { SearchHit } from './search-index';
import { transact } from './transact';
import type { ClipMatch, ClipPage, ClipQuery, ClipRecord } from './types';

/**
 * Lists clips by any mix of filters, newest first by default, a page at a time.
 * Three plans: no filter but dates walks the createdAt index and reads only one page (the library's
 * opening view stays fast at any size); other filters read the candidates of the most selective index
 * and filter them in memory; text goes through the search index, which also knows every filter field,
 * so only the page itself is read from the database.
 */
export async function listClips(ctx: StoreContext, query: ClipQuery): Promise<ClipPage> {
  const q = checkQuery(query);
  if (q.text) return searchClips(ctx, q);
  if (onlyDateRange(q)) return scanByDate(ctx, q);
  return filteredPage(ctx, q);
}

function dateRange(keyRange: typeof IDBKeyRange, from: number, to: number): IDBKeyRange | null | 'empty' {
  if (from > to) return 'empty';
  if (from === -Infinity && to === Infinity) return null;
  if (from === -Infinity) return keyRange.upperBound(to);
  if (to === Infinity) return keyRange.lowerBound(from);
  return keyRange.bound(from, to);
}

/**
 * A page in date order straight from the createdAt index, in a fixed handful of requests whatever the
 * page size (each request is a round trip to the browser's database process, and while the search
 * index is being rebuilt each may wait for a slice of that work).
 */
function scanByDate(ctx: StoreContext, q: CheckedQuery): Promise<ClipPage> {
  const order = q.order === 'oldest' ? 'oldest' : 'newest';
  const after = 'after' in q.start ? q.start.after : null;
  const skip = 'offset' in q.start ? q.start.offset : 0;
  const kr = ctx.keyRange;
  return transact(ctx.db, ['clips'], 'readonly', async (tx) => {
    const index = tx.objectStore('clips').index('createdAt');
    const all = dateRange(kr, q.from, q.to);
    // Resume at the cursor's date; clips sharing that date but already shown are dropped below.
    const from = after && order === 'oldest' ? Math.max(q.from, after.createdAt) : q.from;
    const to = after && order === 'newest' ? Math.min(q.to, after.createdAt) : q.to;
    const range = dateRange(kr, from, to);
    const [total, ties] = await Promise.all([
      all === 'empty' ? 0 : index.count(all),
      after ? index.count(after.createdAt) : 0,
    ]);
    // One more than a page tells whether there is a next page.
    const wanted = skip + ties + q.limit + 1;
    let candidates: ClipRecord[] = [];
    if (range !== 'empty' && order === 'oldest') {
      candidates = await index.getAll(range, wanted);
    } else if (range !== 'empty') {
      // getAll only reads upwards: find the date `wanted` entries below the top, then read up from it.
      const top = await index.openKeyCursor(range, 'prev');
      const boundary = top && wanted > 1 ? await top.advance(wanted - 1) : top;
      const upward = top ? dateRange(kr, boundary ? boundary.key : from, to) : 'empty';
      if (upward !== 'empty') candidates = await index.getAll(upward);
    }
    const ordered = candidates
      .sort((a, b) => compareByDate(order, a, b))
      .filter((c) => !after || compareByDate(order, c, after) > 0)
      .slice(skip);
    const clips = ordered.slice(0, q.limit);
    const last = clips[clips.length - 1];
    const more = ordered.length > q.limit && last;
    const nextCursor = more ? encodeCursor({ after: { createdAt: last.createdAt, id: last.id } }) : null;
    return { clips, total, nextCursor, matches: [] };
  });
}

type ClipsStore = IDBPObjectStore<ClipperDB, ('articles' | 'clips')[], 'clips', 'readonly'>;

/** Clips carrying the query tag that the fewest clips carry (any spelling of it). */
async function clipsWithRarestTag(
  clips: ClipsStore,
  keyRange: typeof IDBKeyRange,
  tags: readonly string[],
): Promise<ClipRecord[]> {
  const index = clips.index('tags');
  const lists = await Promise.all(tags.map((t) => spellingsOf(index, keyRange, t)));
  if (lists.some((list) => list.length === 0)) return [];
  const counts = await Promise.all(
    lists.map(async (list) => (await Promise.all(list.map((s) => index.count(s)))).reduce((a, b) => a + b, 0)),
  );
  const rarest = lists[counts.indexOf(Math.min(...counts))] ?? [];
  return (await Promise.all(rarest.map((s) => index.getAll(s)))).flat();
}

/** Every clip matching the filters (not text), in the query's date order. */
function filterByIndexes(ctx: StoreContext, q: CheckedQuery): Promise<ClipRecord[]> {
  const order = q.order === 'oldest' ? 'oldest' : 'newest';
  return transact(ctx.db, ['articles', 'clips'], 'readonly', async (tx) => {
    const sourceArticles =
      q.source === null ? null : new Set(await tx.objectStore('articles').index('source').getAllKeys(q.source));
    const clips = tx.objectStore('clips');
    let candidates: ClipRecord[];
    if (q.articleId !== null) candidates = await clips.index('articleId').getAll(q.articleId);
    else if (q.tags.length > 0) candidates = await clipsWithRarestTag(clips, ctx.keyRange, q.tags);
    else if (sourceArticles) {
      const byArticle = await Promise.all([...sourceArticles].map((id) => clips.index('articleId').getAll(id)));
      candidates = byArticle.flat();
    } else {
      candidates = (await Promise.all((q.kinds ?? []).map((k) => clips.index('kind').getAll(k)))).flat();
    }
    const unique = [...new Map(candidates.map((c) => [c.id, c])).values()];
    return unique.filter((c) => matches(c, q, sourceArticles)).sort((a, b) => compareByDate(order, a, b));
  });
}

type RankedHit = SearchHit & { createdAt: number };

/** Every clip matching the text and the filters, in the query's order. */
async function searchHits(ctx: StoreContext, q: CheckedQuery): Promise<RankedHit[]> {
  const index = await ctx.search.ready();
  const sourceArticles =
    q.source === null
      ? null
      : await transact(ctx.db, ['articles'], 'readonly', async (tx) => {
          const source = q.source ?? '';
          return new Set(await tx.objectStore('articles').index('source').getAllKeys(source));
        });
  const hits = index.search(q.text).flatMap((hit) => {
    const doc = index.doc(hit.id);
    return doc && matches(doc, q, sourceArticles) ? [{ ...hit, createdAt: doc.createdAt }] : [];
  });
  if (q.order === 'relevance') hits.sort((a, b) => b.score - a.score || compareByDate('newest', a, b));
  else hits.sort((a, b) => compareByDate(q.order === 'oldest' ? 'oldest' : 'newest', a, b));
  return hits;
}

async function searchClips(ctx: StoreContext, q: CheckedQuery): Promise<ClipPage> {
  const hits = await searchHits(ctx, q);
  const { page, nextCursor } = cutPage(hits, q);
  const clips = await getClips(ctx, page.map((h) => h.id));
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
  if (q.text) return (await searchHits(ctx, q)).map((h) => h.id);
  if (!onlyDateRange(q)) return (await filterByIndexes(ctx, q)).map((c) => c.id);
  const range = dateRange(ctx.keyRange, q.from, q.to);
  if (range === 'empty') return [];
  const ids = await transact(ctx.db, ['clips'], 'readonly', (tx) =>
    tx.objectStore('clips').index('createdAt').getAllKeys(range),
  );
  return q.order === 'oldest' ? ids : ids.reverse();
}
