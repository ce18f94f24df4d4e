/**
 * The article card of a tab, kept in `storage.session` by the background after each analysis, so a
 * popup reopened on the same page shows it at once, without waiting for the worker (which may be
 * asleep) or the extractor. Dropped when the tab navigates or closes.
 */
import type { Article } from '../extract/types';

export type CachedCard = Pick<Article, 'title' | 'source' | 'published' | 'excerpt' | 'lang'> & {
  /** When the article was clipped, or null when not saved. */
  savedAt: number | null;
};

export const cardKey = (tabId: number): string => `card:${tabId}`;

const isStringOrNull = (x: unknown): boolean => x === null || typeof x === 'string';

/** Storage is outside our control (another version may have written it): check before use. */
export function isCachedCard(x: unknown): x is CachedCard {
  if (typeof x !== 'object' || x === null) return false;
  const c = x as Record<string, unknown>;
  return (
    typeof c.title === 'string' &&
    typeof c.source === 'string' &&
    typeof c.excerpt === 'string' &&
    isStringOrNull(c.published) &&
    isStringOrNull(c.lang) &&
    (c.savedAt === null || typeof c.savedAt === 'number')
  );
}
