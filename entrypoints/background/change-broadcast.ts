/**
 * Tells every open surface what a write changed (`utils/messages/change-feed.ts`): extension pages over
 * their ports, and each page that shows highlights of a changed article through its highlighter
 * (painted clips only: a page never receives tags or notes).
 */
import type { Browser } from 'wxt/browser';
import { CHANGE_PORT, LISTED_CHANGE_LIMIT, type StoreChangeMessage } from '@/utils/messages/change-feed';
import { paintedClip } from '@/utils/messages/highlighter-channel';
import type { StoreChange } from '@/utils/store/types';
import type { TabPort } from './tab-port';

export interface Broadcaster {
  /** Takes a port an extension page opened (`runtime.onConnect`); others are refused. */
  accept(port: Browser.runtime.Port): void;
  publish(change: StoreChange & { settings?: boolean }): void;
}

/**
 * `extensionOrigin`: `runtime.getURL('/')`; `paintedTabs`: which article each tab's highlighter shows
 * (kept by the `content/clips` handler).
 */
export function createBroadcaster(
  extensionOrigin: string,
  tabs: Pick<TabPort, 'command'>,
  paintedTabs: ReadonlyMap<number, string>,
): Broadcaster {
  const ports = new Set<Browser.runtime.Port>();
  return {
    accept(port) {
      if (port.name !== CHANGE_PORT) return;
      // Only the extension's own pages may listen (a content script's port is refused).
      if (!port.sender?.url?.startsWith(extensionOrigin)) {
        port.disconnect();
        return;
      }
      ports.add(port);
      port.onDisconnect.addListener(() => ports.delete(port));
    },
    publish(change) {
      const clips = change.clips ?? [];
      const removedClipIds = change.removedClipIds ?? [];
      const articles = change.articles ?? [];
      const listed = clips.length + removedClipIds.length + articles.length <= LISTED_CHANGE_LIMIT;
      const message: StoreChangeMessage = {
        type: 'store/changed',
        clips: listed ? clips : [],
        removedClipIds: listed ? removedClipIds : [],
        articles: listed ? articles : [],
        settings: change.settings ?? false,
        reload: !listed,
      };
      for (const port of ports) {
        try {
          port.postMessage(message);
        } catch {
          ports.delete(port); // closed meanwhile
        }
      }
      for (const [tabId, articleId] of paintedTabs) {
        // A page gets its own article's clips, however large the change.
        const painted = clips.filter((c) => c.articleId === articleId).map(paintedClip);
        if (painted.length)
          void tabs.command(tabId, { type: 'hl/render', clips: painted }).catch(() => undefined);
        if (removedClipIds.length)
          void tabs.command(tabId, { type: 'hl/remove', ids: removedClipIds }).catch(() => undefined);
      }
    },
  };
}
