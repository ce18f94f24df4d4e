import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ArticleRecord, ClipRecord } from '@/utils/store/types';
import { useApi } from '../api';
import type { TagSuggestion } from '../tag-editor-logic';

export interface PageClips {
  article: ArticleRecord | null;
  clips: ClipRecord[];
  orphans: ReadonlySet<string>;
  tags: TagSuggestion[];
}

const EMPTY: PageClips = { article: null, clips: [], orphans: new Set(), tags: [] };

/**
 * The tab's saved highlights (with orphan status from the page) and the library's tags. Loaded once
 * `ready` (after the article card): the worker answers the card's request first.
 */
export function usePageClips(
  tabId: number | null,
  ready: boolean,
): {
  data: PageClips;
  reload: () => Promise<void>;
  replace: (clip: ClipRecord) => void;
} {
  const api = useApi();
  const [data, setData] = useState<PageClips>(EMPTY);
  const reload = useCallback(async () => {
    if (tabId === null) return;
    const [page, tags] = await Promise.all([
      api.call({ type: 'clips/forTab', tabId }).catch(() => ({ article: null, clips: [], orphans: [] })),
      api.call({ type: 'tags/list' }).catch(() => []),
    ]);
    setData({ article: page.article, clips: page.clips, orphans: new Set(page.orphans), tags });
  }, [api, tabId]);
  useEffect(() => {
    if (ready) void reload();
  }, [reload, ready]);
  const replace = useCallback(
    (clip: ClipRecord) =>
      setData((d) => ({ ...d, clips: d.clips.map((c) => (c.id === clip.id ? clip : c)) })),
    [],
  );
  return { data, reload, replace };
}
