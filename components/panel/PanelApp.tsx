/**
 * The side panel (Chrome) / sidebar (Firefox): the popup's app, kept open beside the page. It follows
 * the window's active tab (a tab switch, a navigation, a single-page app's URL change, a reload all
 * show that page afresh) and selects the highlight the user clicks in the page.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PanelEvent } from '@/utils/messages/panel-events';
import { PopupApp } from '../popup/PopupApp';

/** The tab the panel shows: `loads` counts its completed loads (a reload re-reads the page). */
export interface ActiveTab {
  id: number;
  url: string;
  loads: number;
}

/** Where the active tab comes from (the browser's tabs API in the panel; a fake in tests). */
export interface ActiveTabSource {
  /** Calls `onTab` with the active tab now and on every change; returns the unsubscribe function. */
  subscribe(onTab: (tab: ActiveTab | null) => void): () => void;
}

export interface PanelEventSource {
  subscribe(onEvent: (event: PanelEvent) => void): () => void;
}

interface Props {
  tabs: ActiveTabSource;
  events: PanelEventSource;
  openLibrary: () => void;
  openTeamSettings: () => void;
  openSavedCopy: (articleId: string) => void;
  copyText: (text: string) => Promise<void>;
  openExternal: (uri: string) => void;
}

export function PanelApp({ tabs, events, ...actions }: Props) {
  const [tab, setTab] = useState<ActiveTab | null | undefined>(undefined);
  const [selected, setSelected] = useState<{ tabId: number; clipId: string } | null>(null);
  useEffect(() => tabs.subscribe(setTab), [tabs]);
  useEffect(() => events.subscribe((e) => setSelected({ tabId: e.tabId, clipId: e.clipId })), [events]);
  if (tab === undefined) return null; // the first answer comes within a frame
  return (
    <PopupApp
      // A new page is a new app: its own analysis, highlights and status line.
      key={tab ? `${tab.id}|${tab.url}|${tab.loads}` : 'none'}
      tabId={tab?.id ?? null}
      surface="panel"
      selectedClipId={tab && selected?.tabId === tab.id ? selected.clipId : null}
      {...actions}
    />
  );
}
