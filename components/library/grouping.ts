/** Clips of one page of results, grouped under their article for the "by article" view. */
import type { ArticleRecord, ClipRecord } from '@/utils/store/types';

export interface ArticleGroup {
  articleId: string;
  /** Undefined when the background did not send the article (it was deleted meanwhile). */
  article: ArticleRecord | undefined;
  clips: ClipRecord[];
}

/** Groups in the order their first clip appears, so newest-first results give newest-first groups. */
export function groupByArticle(
  clips: readonly ClipRecord[],
  articles: Readonly<Record<string, ArticleRecord>>,
): ArticleGroup[] {
  const groups = new Map<string, ArticleGroup>();
  for (const clip of clips) {
    let group = groups.get(clip.articleId);
    if (!group) {
      group = { articleId: clip.articleId, article: articles[clip.articleId], clips: [] };
      groups.set(clip.articleId, group);
    }
    group.clips.push(clip);
  }
  return [...groups.values()];
}

/** Clip ids in the order the rows appear on screen (shift-click ranges follow what the user sees). */
export function displayOrder(
  clips: readonly ClipRecord[],
  articles: Readonly<Record<string, ArticleRecord>>,
  grouped: boolean,
): string[] {
  const ordered = grouped ? groupByArticle(clips, articles).flatMap((group) => group.clips) : clips;
  return ordered.map((clip) => clip.id);
}
