/**
 * The library's filters as the user sets them, and their translation into the `clips/list` query:
 * blank filters are left out, so the background only does the work that was asked for.
 */
import type { ClipQuery } from '@/utils/messages/page-channel';
import { CLIP_KINDS, parseCategory, type ClipKind } from '@/utils/vocabulary';

/** Rows per page: enough to scan, few enough that rendering stays instant at any library size. */
export const PAGE_SIZE = 50;
const MAX_SEARCH_LENGTH = 500;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface Filters {
  /** Full-text search (the store's CJK-aware search). */
  text: string;
  /** Clips must carry all of these. */
  tags: string[];
  /** Article source, exactly as stored; '' for any. */
  source: string;
  /** Official documents of this issuing institution (alone or jointly); '' for any. */
  issuer: string;
  /** Official documents of this type (公文种类); '' for any. */
  docType: string;
  /** `YYYY-MM-DD` or ''. */
  from: string;
  to: string;
  /** Empty means every kind. */
  kinds: ClipKind[];
  /** One category as `kind/type` (`figure/money`); '' for any. */
  category: string;
}

export function emptyFilters(): Filters {
  return {
    text: '',
    tags: [],
    source: '',
    issuer: '',
    docType: '',
    from: '',
    to: '',
    kinds: [],
    category: '',
  };
}

export function hasActiveFilters(filters: Filters): boolean {
  return Object.keys(toIdsQuery(filters)).some((key) => key !== 'order');
}

function dateRange(filters: Filters): Pick<ClipQuery, 'from' | 'to'> {
  const from = ISO_DATE.test(filters.from) ? filters.from : '';
  const to = ISO_DATE.test(filters.to) ? filters.to : '';
  // A range typed backwards is still clearly meant as a range.
  const [lo, hi] = from && to && from > to ? [to, from] : [from, to];
  return { ...(lo ? { from: lo } : {}), ...(hi ? { to: hi } : {}) };
}

/** The query for every clip matching the filters (for `clips/ids`: "select all results"). */
export function toIdsQuery(filters: Filters): ClipQuery {
  const text = filters.text.trim().slice(0, MAX_SEARCH_LENGTH);
  const tags = [...new Set(filters.tags.map((tag) => tag.trim()).filter(Boolean))];
  const kinds = CLIP_KINDS.filter((kind) => filters.kinds.includes(kind));
  return {
    order: 'newest',
    ...(text ? { text } : {}),
    ...(tags.length > 0 ? { tags } : {}),
    ...(filters.source ? { source: filters.source } : {}),
    ...(filters.issuer ? { issuer: filters.issuer } : {}),
    ...(filters.docType ? { docType: filters.docType } : {}),
    ...dateRange(filters),
    // All kinds ticked filters nothing out: leave it to the store's fast path.
    ...(kinds.length > 0 && kinds.length < CLIP_KINDS.length ? { kinds } : {}),
    ...(parseCategory(filters.category) ? { category: filters.category } : {}),
  };
}

/** The query for one page of results (`page` counts from 0). */
export function toPageQuery(filters: Filters, page: number): ClipQuery {
  return { ...toIdsQuery(filters), offset: Math.max(0, page) * PAGE_SIZE, limit: PAGE_SIZE };
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}
