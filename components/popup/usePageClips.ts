import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleRecord, ClipRecord } from '@/utils/store/types';
import { applyChangeToArticleClips, type StoreChangeMessage } from '@/utils/messages/change-feed';
import { rereadOrder } from '@/utils/messages/reread-order';
import { useApi } from '../api';
import { useStoreChanges } from '../change-feed';
import type { TagSuggestion } from '../tag-editor-logic';

export interface PageClips {
  article: ArticleRecord | null;
  clips: ClipRecord[];
  orphans: ReadonlySet<string>;
  tags: TagSuggestion[];
}

const EMPTY: PageClips = { article: null, clips: [], orphans: new Set(), tags: [] };

/** `data` with a change from the feed applied: updated, removed, and new clips of its article. */
function withChange(data: PageClips, change: StoreChangeMessage): PageClips {
  const clips = applyChangeToArticleClips(data.clips, change, data.article?.id);
  return clips === data.clips ? data : { ...data, clips };
}

/**
 * The tab's saved highlights (with orphan status from the page) and the library's tags. Loaded once
 * `ready` (after the article card): the worker answers the card's request first.
 */
export function usePageClips(
  tabId: number | null,
  ready: boolean,
): {
  data: PageClips;
  /** Re-reads the page's highlights (and paints them), resolving with what is stored now. */
  reload: () => Promise<PageClips>;
  replace: (clip: ClipRecord) => void;
} {
  const api = useApi();
  const [data, setData] = useState<PageClips>(EMPTY);
  const shown = useRef(data);
  shown.current = data;
  const [order] = useState(rereadOrder<StoreChangeMessage>);
  const reload = useCallback(async (): Promise<PageClips> => {
    if (tabId === null) return EMPTY;
    const ticket = order.start();
    const [page, tags] = await Promise.all([
      api.call({ type: 'clips/forTab', tabId }).catch(() => ({ article: null, clips: [], orphans: [] })),
      api.call({ type: 'tags/list' }).catch(() => []),
    ]);
    const next: PageClips = {
      article: page.article,
      clips: page.clips,
      orphans: new Set(page.orphans),
      tags,
    };
    // The bench reads this mark (the highlights' data arrived; their list renders next).
    if (next.clips.length) performance.mark('policy-clipper:clips-loaded');
    const since = order.settle(ticket);
    if (since) setData(since.reduce(withChange, next));
    return next;
  }, [api, tabId, order]);
  useEffect(() => {
    if (ready) void reload();
  }, [reload, ready]);
  const replace = useCallback(
    (clip: ClipRecord) =>
      setData((d) => ({ ...d, clips: d.clips.map((c) => (c.id === clip.id ? clip : c)) })),
    [],
  );
  // The page's highlights as stored, whatever surface changed them (the in-page menu, a library tab).
  useStoreChanges(
    (change) => {
      // A first highlight on a page not clipped yet saves its article too: which one it is, only the
      // background knows (the page's URL), so ask it (the panel shows highlights made in the page).
      if (ready && !shown.current.article && (change.articles.length || change.clips.length)) {
        void reload();
        return;
      }
      order.changed(change);
      setData((d) => withChange(d, change));
      if (change.clips.length || change.removedClipIds.length)
        void api.call({ type: 'tags/list' }).then(
          (tags) => setData((d) => ({ ...d, tags })),
          () => undefined,
        );
    },
    () => void reload(),
  );
  return { data, reload, replace };
}
