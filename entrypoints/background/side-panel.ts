/**
 * The side panel (Chrome's `sidePanel`) and the sidebar (Firefox's `sidebarAction`): opening it from a
 * user's gesture (a menu click, a shortcut, the popup's button) and choosing what the toolbar button
 * opens. Browsers accept an opening only during the gesture itself: `openPanel` makes its call before
 * any `await`.
 */
import { browser } from 'wxt/browser';
import type { ToolbarTarget } from '@/utils/vocabulary';

/** Chrome's side panel API, as far as we use it. */
interface ChromeSidePanel {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}
/** Firefox's sidebar API, as far as we use it. */
interface FirefoxSidebar {
  open(): Promise<void>;
  toggle(): Promise<void>;
}
interface PopupSetter {
  setPopup(details: { popup: string }): Promise<void>;
  onClicked: { addListener(listener: () => void): void };
}

const api = browser as unknown as {
  sidePanel?: ChromeSidePanel;
  sidebarAction?: FirefoxSidebar;
  action?: PopupSetter;
  browserAction?: PopupSetter;
};

/** Opens the panel in the window of `tab` (call it synchronously from the user's gesture). */
export function openPanel(tab: { id?: number; windowId?: number } | undefined): Promise<void> {
  if (api.sidebarAction) return api.sidebarAction.open();
  if (!api.sidePanel) return Promise.resolve();
  if (tab?.windowId !== undefined && tab.windowId >= 0) return api.sidePanel.open({ windowId: tab.windowId });
  if (tab?.id !== undefined && tab.id >= 0) return api.sidePanel.open({ tabId: tab.id });
  return Promise.resolve();
}

/** What the toolbar button opens: the popup, or the panel (no popup: a click opens or toggles it). */
export async function setToolbar(target: ToolbarTarget): Promise<void> {
  const action = api.action ?? api.browserAction;
  await action?.setPopup({ popup: target === 'panel' ? '' : browser.runtime.getURL('/popup.html') });
  await api.sidePanel?.setPanelBehavior({ openPanelOnActionClick: target === 'panel' });
}

/**
 * Firefox has no "open the sidebar on a toolbar click" setting: the click (which reaches the
 * extension only when no popup is set) toggles it. Registered once, when the background starts.
 */
export function listenForToolbarClicks(): void {
  const sidebar = api.sidebarAction;
  if (sidebar) api.browserAction?.onClicked.addListener(() => void sidebar.toggle());
}
