import { invalid } from './errors';
import { hasTag, normaliseTags } from '../tags';
import type { ClipQuery } from './types';
import * as v from 'valibot';
import { CLIP_KINDS, ClipKindSchema, parseCategory, type ClipKind, type ClipOrder } from '../vocabulary';

/** Pure parts of `listClips`: the checked query, the filter, the order and the page cut. */

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** Where the previous page stopped: after a clip (date orders) or after N results (relevance). */
export type PageCursor = { after: { createdAt: number; id: string } } | { offset: number };

export interface CheckedQuery {
  articleId: string | null;
  tags: string[];
  source: string | null;
  /** An issuing institution (发文机关) of official documents. */
  issuer: string | null;
  /** A document type (公文种类). */
  docType: string | null;
  from: number;
  to: number;
  kinds: ClipKind[] | null;
  /** A category's type (`money`); `kinds` then holds its kind alone. */
  type: string | null;
  text: string;
  order: ClipOrder;
  limit: number;
  start: PageCursor;
}

/** The fields a filter looks at: present on both clip records and search documents. */
export interface Filterable {
  id: string;
  articleId: string;
  createdAt: number;
  kind: ClipKind;
  type: string | null;
  tags: string[];
}

export function encodeCursor(cursor: PageCursor): string {
  return 'after' in cursor ? `k:${cursor.after.createdAt}:${cursor.after.id}` : `o:${cursor.offset}`;
}

function decodeCursor(raw: string): PageCursor {
  const offset = /^o:(\d{1,9})$/u.exec(raw);
  if (offset?.[1]) return { offset: Number(offset[1]) };
  const after = /^k:(-?\d+(?:\.\d+)?):(.+)$/su.exec(raw);
  if (after?.[1] && after[2]) return { after: { createdAt: Number(after[1]), id: after[2] } };
  throw invalid('is not a cursor this store returned', 'cursor');
}

function finiteOr(value: number | undefined, fallback: number, path: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value)) throw invalid('must be a number', path);
  return value;
}

const blankToNull = (value: string | undefined): string | null => value?.trim() || null;

export function checkQuery(query: ClipQuery): CheckedQuery {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw invalid(`must be a whole number from 1 to ${MAX_PAGE_SIZE}`, 'limit');
  }
  const offset = query.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0) throw invalid('must be a whole number, 0 or more', 'offset');
  const listed = query.kinds ? [...new Set(query.kinds)] : null;
  if (listed?.some((k) => !v.is(ClipKindSchema, k)))
    throw invalid(`may only hold ${CLIP_KINDS.join(', ')}`, 'kinds');
  const category = query.category ? parseCategory(query.category) : null;
  if (query.category && !category)
    throw invalid('must be a kind and one of its categories, as figure/money', 'category');
  // A category narrows the kinds to its own (none left when its kind is not among them).
  const kinds = category ? (listed ?? [category.kind]).filter((k) => k === category.kind) : listed;
  const text = (query.text ?? '').trim();
  const order = query.order ?? 'newest';
  if (!['newest', 'oldest', 'relevance'].includes(order))
    throw invalid('must be newest, oldest or relevance', 'order');
  const start: PageCursor = query.cursor ? decodeCursor(query.cursor) : { offset };
  const effectiveOrder = order === 'relevance' && !text ? 'newest' : order;
  if (effectiveOrder === 'relevance' && 'after' in start)
    throw invalid('belongs to a date-ordered list', 'cursor');
  return {
    articleId: query.articleId ?? null,
    tags: normaliseTags(query.tags ?? []),
    source: query.source ?? null,
    issuer: blankToNull(query.issuer),
    docType: blankToNull(query.docType),
    from: finiteOr(query.from, -Infinity, 'from'),
    to: finiteOr(query.to, Infinity, 'to'),
    kinds,
    type: category?.type ?? null,
    text,
    order: effectiveOrder,
    limit,
    start,
  };
}

/** Whether the query filters on article fields (source, issuer, type): then a set of article ids decides. */
export function filtersArticles(q: CheckedQuery): boolean {
  return q.source !== null || q.issuer !== null || q.docType !== null;
}

/** `articles`: the ids of the articles the query's article filters let through (null: no such filter). */
export function matches(c: Filterable, q: CheckedQuery, articles: ReadonlySet<string> | null): boolean {
  return (
    (q.articleId === null || c.articleId === q.articleId) &&
    c.createdAt >= q.from &&
    c.createdAt <= q.to &&
    (q.kinds === null || q.kinds.includes(c.kind)) &&
    (q.type === null || c.type === q.type) &&
    (articles === null || articles.has(c.articleId)) &&
    q.tags.every((t) => hasTag(c.tags, t))
  );
}

/** Negative when `a` comes before `b` in a date order (ties broken by id, like the createdAt index). */
export function compareByDate(
  order: 'newest' | 'oldest',
  a: Pick<Filterable, 'createdAt' | 'id'>,
  b: typeof a,
): number {
  const byDate = a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return order === 'newest' ? -byDate : byDate;
}

/** The page of `sorted` that `q.start` and `q.limit` select, and the cursor for the next one. */
export function cutPage<T extends Pick<Filterable, 'createdAt' | 'id'>>(
  sorted: readonly T[],
  q: CheckedQuery,
): { page: T[]; nextCursor: string | null } {
  let begin: number;
  if ('offset' in q.start) {
    begin = q.start.offset;
  } else {
    const after = q.start.after;
    const order = q.order === 'oldest' ? 'oldest' : 'newest';
    const i = sorted.findIndex((item) => compareByDate(order, item, after) > 0);
    begin = i < 0 ? sorted.length : i;
  }
  const page = sorted.slice(begin, begin + q.limit);
  const end = begin + page.length;
  const last = page[page.length - 1];
  let nextCursor: string | null = null;
  if (end < sorted.length && last) {
    nextCursor = encodeCursor(
      q.order === 'relevance' ? { offset: end } : { after: { createdAt: last.createdAt, id: last.id } },
    );
  }
  return { page, nextCursor };
}
