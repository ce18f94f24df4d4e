/**
 * The library's filters as the page channel carries them (dates as `YYYY-MM-DD` days) → the store's
 * query (epoch ms bounds). Date filters are whole days in UTC.
 */
import type { ClipQuery as WireQuery } from './messages/page-channel';
import type { ClipQuery } from './store/types';

function dayBound(iso: string | undefined, end: boolean): number | undefined {
  if (!iso) return undefined;
  const start = Date.parse(`${iso}T00:00:00Z`);
  return end ? start + 86_400_000 - 1 : start;
}

export function toStoreQuery(q: WireQuery): ClipQuery {
  return {
    articleId: q.articleId,
    tags: q.tags,
    source: q.source,
    issuer: q.issuer,
    docType: q.docType,
    kinds: q.kinds,
    category: q.category,
    text: q.text,
    order: q.order,
    from: dayBound(q.from, false),
    to: dayBound(q.to, true),
    offset: q.offset,
    limit: q.limit,
  };
}
