/**
 * A change made elsewhere (the library, the panel, another tab) reaching the pages already open. The
 * handler that changes a page's clips paints that page itself; this notifies the other tabs whose
 * highlighter holds the changed article's clips, debounced, and never injects anything: a tab without
 * a highlighter gets its clips at its next load. The notice carries the clips as the store holds them
 * when it is sent (`readAt`), and the page drops what its own handlers painted since (see
 * `HighlightSession.refresh`), so it is idempotent with them and never undoes a newer paint. (The
 * change feed used to repaint tabs on every change and raced those handlers' renders.)
 */
import { paintedClip } from '@/utils/messages/highlighter-channel';
import { LISTED_CHANGE_LIMIT } from '@/utils/messages/change-feed';
import type { ClipStore } from '@/utils/store';
import type { StoreChange } from '@/utils/store/types';
import type { TabPort } from './tab-port';

export interface PageRefresher {
  /** The highlighter in `tabId` fetched its clips: it shows `articleId`'s (null: none). */
  track(tabId: number, articleId: string | null): void;
  /** A committed store change (from the store's `onChange`). */
  changed(change: StoreChange): void;
}

/** Quiet time after the last change before the pages are told (a bulk edit is one notice). */
export const PAGE_REFRESH_DELAY_MS = 150;

export function createPageRefresher(
  tabs: Pick<TabPort, 'notify'>,
  store: () => Promise<ClipStore>,
  now: () => number = () => Date.now(),
  delayMs = PAGE_REFRESH_DELAY_MS,
): PageRefresher {
  const articleOfTab = new Map<number, string>();
  const changedIds = new Set<string>();
  const removedIds = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  async function flush(): Promise<void> {
    timer = null;
    const ids = [...changedIds];
    const removed = [...removedIds];
    changedIds.clear();
    removedIds.clear();
    // An import or a bulk change too large to list: open pages get it at their next load.
    if (articleOfTab.size === 0 || ids.length + removed.length > LISTED_CHANGE_LIMIT) return;
    const readAt = now();
    const current = await (await store()).getClips(ids);
    const present = new Set(current.map((c) => c.id));
    const gone = [...removed, ...ids.filter((id) => !present.has(id))];
    for (const [tabId, articleId] of articleOfTab) {
      const clips = current.filter((c) => c.articleId === articleId).map(paintedClip);
      if (clips.length === 0 && gone.length === 0) continue;
      tabs
        .notify(tabId, { type: 'hl/refresh', clips, removedIds: gone, readAt })
        .catch(() => articleOfTab.delete(tabId)); // closed, navigated away, or no highlighter any more
    }
  }

  return {
    track(tabId, articleId) {
      if (articleId === null) articleOfTab.delete(tabId);
      else articleOfTab.set(tabId, articleId);
    },
    changed(change) {
      for (const c of change.clips ?? []) changedIds.add(c.id);
      for (const id of change.removedClipIds ?? []) removedIds.add(id);
      if (changedIds.size + removedIds.size === 0 || timer) return;
      timer = setTimeout(() => void flush().catch(() => undefined), delayMs);
    },
  };
}
