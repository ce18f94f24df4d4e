/**
 * Tells every open surface what a write changed (`utils/messages/change-feed.ts`): extension pages over
 * their ports, and each page that shows highlights of a changed article through its highlighter
 * (painted clips only: a page never receives tags or notes).
 */
import type { Browser } from 'wxt/browser';
import { CHANGE_PORT, LISTED_CHANGE_LIMIT, type StoreChangeMessage } from '@/utils/messages/change-feed';
import { paintedClip } from '@/utils/messages/highlighter-channel';
import { PANEL_PORT, type PanelEvent } from '@/utils/messages/panel-events';
import type { StoreChange } from '@/utils/store/types';
import type { TabPort } from './tab-port';

export interface Broadcaster {
  /** Takes a port an extension page opened (`runtime.onConnect`); others are refused. */
  accept(port: Browser.runtime.Port): void;
  publish(change: StoreChange & { settings?: boolean }): void;
  /** Tells open panels (`PANEL_PORT`) the user clicked one of a tab's highlights in the page. */
  clipClicked(tabId: number, clipId: string): void;
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
  const panels = new Set<Browser.runtime.Port>();
  const post = (set: Set<Browser.runtime.Port>, message: StoreChangeMessage | PanelEvent): void => {
    for (const port of set) {
      try {
        port.postMessage(message);
      } catch {
        set.delete(port); // closed meanwhile
      }
    }
  };
  return {
    accept(port) {
      const set = port.name === CHANGE_PORT ? ports : port.name === PANEL_PORT ? panels : null;
      if (!set) return;
      // Only the extension's own pages may listen (a content script's port is refused).
      if (!port.sender?.url?.startsWith(extensionOrigin)) {
        port.disconnect();
        return;
      }
      set.add(port);
      port.onDisconnect.addListener(() => set.delete(port));
    },
    clipClicked(tabId, clipId) {
      post(panels, { type: 'panel/clipClicked', tabId, clipId });
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
      post(ports, message);
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
