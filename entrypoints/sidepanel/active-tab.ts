/**
 * The active tab of the panel's window, from the browser's tabs API. The panel belongs to a window
 * (Chrome's side panel, Firefox's sidebar); `?windowId=` names another one, for the panel page opened
 * in a window of its own (tests, where automation cannot open a real side panel).
 */
import { browser, type Browser } from 'wxt/browser';
import type { ActiveTab, ActiveTabSource } from '@/components/panel/PanelApp';

function windowFromQuery(): number | null {
  const id = Number(new URLSearchParams(location.search).get('windowId'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

export function browserActiveTab(): ActiveTabSource {
  return {
    subscribe(onTab) {
      let live = true;
      let windowId: number | null = windowFromQuery();
      let current: ActiveTab | null = null;
      const emit = (next: ActiveTab | null): void => {
        if (!live) return;
        current = next;
        onTab(next);
      };
      const read = async (): Promise<void> => {
        windowId ??= (await browser.windows.getCurrent()).id ?? null;
        const [tab] = await browser.tabs.query(
          windowId === null ? { active: true, currentWindow: true } : { active: true, windowId },
        );
        emit(tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? '', loads: 0 });
      };
      const activated = (info: Browser.tabs.OnActivatedInfo): void => {
        if (info.windowId === windowId) void read();
      };
      const updated = (tabId: number, change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab): void => {
        if (!current || tabId !== current.id) return;
        // A new address (navigation, or a single-page app's pushState) or a finished load: read it again.
        if (change.url !== undefined && change.url !== current.url)
          emit({ id: tabId, url: change.url, loads: current.loads });
        else if (change.status === 'complete')
          emit({ ...current, url: tab.url ?? current.url, loads: current.loads + 1 });
      };
      const removed = (tabId: number): void => {
        if (current?.id === tabId) void read();
      };
      browser.tabs.onActivated.addListener(activated);
      browser.tabs.onUpdated.addListener(updated);
      browser.tabs.onRemoved.addListener(removed);
      void read().catch(() => emit(null));
      return () => {
        live = false;
        browser.tabs.onActivated.removeListener(activated);
        browser.tabs.onUpdated.removeListener(updated);
        browser.tabs.onRemoved.removeListener(removed);
      };
    },
  };
}
