/**
 * Tells every open extension page what a write changed (`utils/messages/change-feed.ts`) over its
 * port. Pages are painted by the handler that made the change (highlight, delete, restore, reattach):
 * repainting every tab that shows the article on every change as well raced those handlers' own
 * renders and closed open in-page menus mid-edit (seen in CI).
 */
import type { Browser } from 'wxt/browser';
import {
  CHANGE_PORT,
  FEED_LIVE_MESSAGE,
  LISTED_CHANGE_LIMIT,
  type StoreChangeMessage,
  type TeamStatusMessage,
} from '@/utils/messages/change-feed';
import { PANEL_PORT, type PanelEvent } from '@/utils/messages/panel-events';
import type { StoreChange } from '@/utils/store/types';
import type { SyncStatus } from '@/utils/sync/team-space';

export interface Broadcaster {
  /** Takes a port an extension page opened (`runtime.onConnect`); others are refused. */
  accept(port: Browser.runtime.Port): void;
  publish(change: StoreChange & { settings?: boolean }): void;
  /** Tells open panels (`PANEL_PORT`) the user clicked one of a tab's highlights in the page. */
  clipClicked(tabId: number, clipId: string): void;
  /** Tells every open extension page the team sync's status (they show it live). */
  teamStatus(status: SyncStatus): void;
}

/** `extensionOrigin`: `runtime.getURL('/')`. */
export function createBroadcaster(extensionOrigin: string): Broadcaster {
  const ports = new Set<Browser.runtime.Port>();
  const panels = new Set<Browser.runtime.Port>();
  const post = (
    set: Set<Browser.runtime.Port>,
    message: StoreChangeMessage | TeamStatusMessage | PanelEvent,
  ): void => {
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
      // The page cannot know when its port was taken; until then a change would pass it by.
      if (set !== ports) return;
      try {
        port.postMessage(FEED_LIVE_MESSAGE);
      } catch {
        ports.delete(port); // closed meanwhile
      }
    },
    clipClicked(tabId, clipId) {
      post(panels, { type: 'panel/clipClicked', tabId, clipId });
    },
    teamStatus(status) {
      post(ports, { type: 'team/status', status });
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
    },
  };
}
