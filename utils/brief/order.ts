/**
 * Deterministic ordering: the same set of articles and clips gives the same brief whatever order the
 * store returned them in. Strings compare by code unit (not `localeCompare`, whose collation differs
 * between ICU builds); every comparison ends on an id.
 */
import type { ArticleRecord, ClipRecord } from '../store/types';
import { tagKey } from '../tags';
import type { BriefLocale } from './types';

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Oldest publication first, undated last, then by title and id. */
export function compareArticles(a: ArticleRecord, b: ArticleRecord): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return compareStrings(a.published, b.published);
  }
  return compareStrings(a.title, b.title) || compareStrings(a.id, b.id);
}

/** Where the clip sits in its article: its text position when known, else after those that have one. */
function clipPosition(clip: ClipRecord): number {
  for (const s of clip.selectors) if (s.type === 'TextPositionSelector') return s.start;
  return Number.POSITIVE_INFINITY;
}

/** Reading order within an article, then creation time, then id. */
export function compareClipsInArticle(a: ClipRecord, b: ClipRecord): number {
  const pa = clipPosition(a);
  const pb = clipPosition(b);
  if (pa !== pb) return pa < pb ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt - b.createdAt;
  return compareStrings(a.id, b.id);
}

/** A clip's tags, trimmed, without blanks or repeats, sorted. */
export function clipTags(clip: ClipRecord): string[] {
  const tags = new Set<string>();
  for (const t of clip.tags) {
    const tag = t.trim();
    if (tag) tags.add(tag);
  }
  return [...tags].sort(compareStrings);
}

export interface OrderedBrief {
  /** Articles that have at least one clip, in citation order. */
  articles: ArticleRecord[];
  /** Clips per article id, in reading order. */
  clipsByArticle: Map<string, ClipRecord[]>;
  /** Every clip, articles in citation order, each article's clips in reading order. */
  clips: ClipRecord[];
}

/**
 * Sorts and joins: repeated article or clip ids keep the most recently updated record; clips whose
 * article is not given are left out (there is nothing to cite them by).
 */
export function orderBrief(articles: readonly ArticleRecord[], clips: readonly ClipRecord[]): OrderedBrief {
  const articleById = new Map<string, ArticleRecord>();
  for (const a of articles) {
    const seen = articleById.get(a.id);
    if (!seen || a.updatedAt > seen.updatedAt) articleById.set(a.id, a);
  }
  const clipById = new Map<string, ClipRecord>();
  for (const c of clips) {
    if (!articleById.has(c.articleId)) continue;
    const seen = clipById.get(c.id);
    if (!seen || c.updatedAt > seen.updatedAt) clipById.set(c.id, c);
  }
  const clipsByArticle = new Map<string, ClipRecord[]>();
  for (const c of clipById.values()) {
    const list = clipsByArticle.get(c.articleId);
    if (list) list.push(c);
    else clipsByArticle.set(c.articleId, [c]);
  }
  for (const list of clipsByArticle.values()) list.sort(compareClipsInArticle);
  const ordered = [...articleById.values()].filter((a) => clipsByArticle.has(a.id)).sort(compareArticles);
  const allClips = ordered.flatMap((a) => clipsByArticle.get(a.id) ?? []);
  return { articles: ordered, clipsByArticle, clips: allClips };
}

/** Chinese when most of the articles are (ties go to English). */
export function localeOf(articles: readonly ArticleRecord[]): BriefLocale {
  let zh = 0;
  for (const a of articles) if (a.lang?.toLowerCase().startsWith('zh')) zh++;
  return zh * 2 > articles.length ? 'zh' : 'en';
}

/**
 * The tags a clip is filed under in a brief: the user's own. Kind and category are the clip's fields
 * (store migration 6 moved the automatic `figure/money` tags there), shown as labels, never as sections.
 */
export function groupingTags(clip: ClipRecord): string[] {
  return clipTags(clip);
}

/** Every tag used by the clips, sorted. */
export function allTags(clips: readonly ClipRecord[]): string[] {
  const tags = new Set<string>();
  for (const c of clips) for (const t of clipTags(c)) tags.add(t);
  return [...tags].sort(compareStrings);
}

/**
 * The front matter's tags: the user's tags of the brief's clips (or only the brief's one tag), then the
 * configured `frontMatterTag` when there is one and it is not already listed.
 */
export function frontMatterTags(userTags: readonly string[], extra: string | null | undefined): string[] {
  const tags = [...userTags];
  if (extra && !tags.some((t) => tagKey(t) === tagKey(extra))) tags.push(extra);
  return tags;
}
