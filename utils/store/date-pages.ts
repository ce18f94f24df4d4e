import { allFromStored, type StoredClip } from './clip-records';
import type { ClipperDatabase } from './db-schema';
import { type CheckedQuery, compareByDate, encodeCursor } from './query-plan';
import { tagKey } from '../tags';
import { transact } from './transact';
import type { ClipRecord } from './types';

/**
 * Pages in date order that read about one page of records whatever the library size, in a fixed
 * handful of requests (each is a round trip to the browser's database process): no filter but dates →
 * the createdAt index; kinds → the [kind, createdAt] index, one stream per kind; one tag → the
 * [tag, createdAt] index.
 */

export interface DatePage {
  clips: ClipRecord[];
  total: number;
  nextCursor: string | null;
}

type Order = 'newest' | 'oldest';

/** The parts of an idb index this needs, so one routine serves indexes with different key shapes. */
interface DateIndex {
  count(query: IDBKeyRange): Promise<number>;
  getAll(query: IDBKeyRange, count?: number): Promise<StoredClip[]>;
  openKeyCursor(query: IDBKeyRange, direction: IDBCursorDirection): Promise<KeyCursor | null>;
}

interface KeyCursor {
  readonly key: IDBValidKey;
  advance(count: number): Promise<KeyCursor | null>;
}

/** Clips of one index in date order: the index and how a date becomes its key. */
interface Stream {
  index: DateIndex;
  key(createdAt: number): IDBValidKey;
}

interface Window {
  order: Order;
  after: { createdAt: number; id: string } | null;
  skip: number;
  limit: number;
}

function windowOf(q: CheckedQuery): Window {
  return {
    order: q.order === 'oldest' ? 'oldest' : 'newest',
    after: 'after' in q.start ? q.start.after : null,
    skip: 'offset' in q.start ? q.start.offset : 0,
    limit: q.limit,
  };
}

/** The page of `sorted` (any superset of it in date order) the window selects, and the next cursor. */
function cut<T extends { createdAt: number; id: string }>(
  sorted: T[],
  w: Window,
): { page: T[]; next: string | null } {
  const rest = sorted.filter((c) => !w.after || compareByDate(w.order, c, w.after) > 0).slice(w.skip);
  const page = rest.slice(0, w.limit);
  const last = page[page.length - 1];
  const next =
    rest.length > w.limit && last
      ? encodeCursor({ after: { createdAt: last.createdAt, id: last.id } })
      : null;
  return { page, next };
}

/** Where reading may start and stop: the query's dates, narrowed to what lies past the cursor. */
function readBounds(q: CheckedQuery, w: Window): { from: number; to: number } {
  return {
    from: w.after && w.order === 'oldest' ? Math.max(q.from, w.after.createdAt) : q.from,
    to: w.after && w.order === 'newest' ? Math.min(q.to, w.after.createdAt) : q.to,
  };
}

/** The first `wanted` clips of a stream between two dates, in index order (or a few more on ties). */
async function top(
  s: Stream,
  kr: typeof IDBKeyRange,
  from: number,
  to: number,
  w: Window,
  wanted: number,
): Promise<ClipRecord[]> {
  const range = kr.bound(s.key(from), s.key(to));
  if (w.order === 'oldest') return allFromStored(await s.index.getAll(range, wanted));
  // getAll only reads upwards: find the key `wanted` entries below the top, then read up from it.
  const highest = await s.index.openKeyCursor(range, 'prev');
  if (!highest) return [];
  const boundary = wanted > 1 ? await highest.advance(wanted - 1) : highest;
  return allFromStored(await s.index.getAll(boundary ? kr.bound(boundary.key, s.key(to)) : range));
}

async function pageOfStreams(streams: Stream[], kr: typeof IDBKeyRange, q: CheckedQuery): Promise<DatePage> {
  const w = windowOf(q);
  if (q.from > q.to) return { clips: [], total: 0, nextCursor: null };
  const { from, to } = readBounds(q, w);
  const after = w.after;
  const [totals, ties] = await Promise.all([
    Promise.all(streams.map((s) => s.index.count(kr.bound(s.key(q.from), s.key(q.to))))),
    after ? Promise.all(streams.map((s) => s.index.count(kr.only(s.key(after.createdAt))))) : [],
  ]);
  // Past the cursor's own date, one more than a page tells whether there is a next page.
  const wanted = w.skip + ties.reduce((a, b) => a + b, 0) + w.limit + 1;
  const lists = from > to ? [] : await Promise.all(streams.map((s) => top(s, kr, from, to, w, wanted)));
  const { page, next } = cut(
    lists.flat().sort((a, b) => compareByDate(w.order, a, b)),
    w,
  );
  return { clips: page, total: totals.reduce((a, b) => a + b, 0), nextCursor: next };
}

/** No filter but dates. */
export function pageByDate(db: ClipperDatabase, kr: typeof IDBKeyRange, q: CheckedQuery): Promise<DatePage> {
  return transact(db, ['clips'], 'readonly', (tx) =>
    pageOfStreams([{ index: tx.objectStore('clips').index('createdAt'), key: (t) => t }], kr, q),
  );
}

/** Kinds, and dates. */
export function pageByKinds(db: ClipperDatabase, kr: typeof IDBKeyRange, q: CheckedQuery): Promise<DatePage> {
  return transact(db, ['clips'], 'readonly', (tx) => {
    const index = tx.objectStore('clips').index('kindDate');
    return pageOfStreams(
      (q.kinds ?? []).map((kind) => ({ index, key: (t) => [kind, t] })),
      kr,
      q,
    );
  });
}

/** One tag (any spelling), and dates. */
export function pageByTag(db: ClipperDatabase, kr: typeof IDBKeyRange, q: CheckedQuery): Promise<DatePage> {
  const key = tagKey(q.tags[0] ?? '');
  return transact(db, ['clips'], 'readonly', (tx) =>
    pageOfStreams([{ index: tx.objectStore('clips').index('tagDate'), key: (t) => [key, t] }], kr, q),
  );
}

/** The ids of every clip a date-only or one-tag query matches, in its date order, from keys alone. */
export async function idsByDate(
  db: ClipperDatabase,
  kr: typeof IDBKeyRange,
  q: CheckedQuery,
): Promise<string[]> {
  if (q.from > q.to) return [];
  const tag = q.tags[0];
  const ids = await transact(db, ['clips'], 'readonly', (tx) => {
    const clips = tx.objectStore('clips');
    if (tag === undefined) return clips.index('createdAt').getAllKeys(kr.bound(q.from, q.to));
    return clips.index('tagDate').getAllKeys(kr.bound([tagKey(tag), q.from], [tagKey(tag), q.to]));
  });
  // Index order is (date, id) ascending, the order `oldest` wants; `newest` is its reverse.
  return q.order === 'oldest' ? ids : ids.reverse();
}
