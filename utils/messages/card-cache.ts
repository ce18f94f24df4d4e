/**
 * The article card of a tab, kept in `storage.session` by the background after each analysis, so a
 * popup reopened on the same page shows it at once, without waiting for the worker (which may be
 * asleep) or the extractor. Dropped when the tab navigates or closes.
 */
import * as v from 'valibot';
import { policySchema } from '../extract/result-schema';
import type { Article } from '../extract/types';

/** What the card shows: an official document's facts (issuer · number · written date) included. */
export type CachedCard = Pick<Article, 'title' | 'source' | 'published' | 'excerpt' | 'lang' | 'policy'> & {
  /** When the article was clipped, or null when not saved. */
  savedAt: number | null;
};

/** The card of `article` as cached (only the fields the card shows). */
export function cachedCard(article: Article, savedAt: number | null): CachedCard {
  const { title, source, published, excerpt, lang, policy } = article;
  return { title, source, published, excerpt, lang, ...(policy ? { policy } : {}), savedAt };
}

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
    (c.policy === undefined || v.is(policySchema, c.policy)) &&
    (c.savedAt === null || typeof c.savedAt === 'number')
  );
}
