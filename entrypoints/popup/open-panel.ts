/**
 * The popup's "Open in side panel": Chrome's side panel for the popup's window, or Firefox's sidebar.
 * Called in the user's click (browsers open a panel only during a gesture), then the popup closes.
 * Null where the browser has no panel.
 */
import { browser } from 'wxt/browser';

interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

export function panelOpener(windowId: number | null): (() => void) | null {
  const api = browser as unknown as PanelApis;
  const open =
    api.sidebarAction !== undefined
      ? () => api.sidebarAction!.open()
      : api.sidePanel !== undefined && windowId !== null
        ? () => api.sidePanel!.open({ windowId })
        : null;
  if (!open) return null;
  return () =>
    void open().then(
      () => window.close(),
      () => undefined,
    );
}
