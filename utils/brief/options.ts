import type { ClipRecord } from '../store/types';
/** Brief options: defaults, and what a render derives from them once. */
import { clipCitation, shortCitation } from './citation';
import { dateFormatter } from './format';
import { labelsFor } from './labels';
import { ownPageLink } from './escape';
import { savedCopyPath } from '../reader/reader-url';
import type { RenderContext } from './sections';
import type { BriefLocale, BriefOptions } from './types';
import { DEFAULT_BRIEF_PREFERENCES } from '@/utils/vocabulary';

export const DEFAULT_GENERATOR = 'Policy Clipper';

/** Group by tag, no full text, Obsidian highlights, citation style by language, dates in UTC. */
export function defaultBriefOptions(now: Date): BriefOptions {
  return { ...DEFAULT_BRIEF_PREFERENCES, now };
}

export interface ResolvedRender {
  ctx: RenderContext;
  /** `YYYY-MM-DD` of `options.now` in the brief's time zone. */
  created: string;
  generator: string;
}

/**
 * `single`: the citation after each clip is a plain link ("source"), the article being the brief's
 * subject; otherwise it is the short citation (`思瀚产业研究院, 2021-05-10`).
 */
export function resolveRender(
  options: BriefOptions,
  locale: BriefLocale,
  single: boolean,
  clips: readonly ClipRecord[],
): ResolvedRender {
  const labels = labelsFor(locale);
  const date = dateFormatter(options.timeZone ?? 'UTC');
  const ctx: RenderContext = {
    labels,
    locale,
    date,
    cite: (article, clip) => clipCitation(single ? labels.passage : shortCitation(article), clip),
    linkHeader: single ? labels.figureColumns.link : labels.source,
    entries: new Map(),
    // A team's brief says who clipped what; one person's brief does not repeat their name.
    showAuthors: new Set(clips.flatMap((c) => (c.author ? [c.author] : []))).size > 1,
    savedCopy: (article) => {
      const origin = options.ownOrigin;
      if (!options.linkSavedCopy || !origin) return null;
      return ownPageLink(labels.savedCopy, `${origin}${savedCopyPath(article.id)}`, origin);
    },
  };
  return { ctx, created: date(options.now.getTime()), generator: options.generator ?? DEFAULT_GENERATOR };
}
