import { browser } from 'wxt/browser';
import type { PanelEventSource } from '@/components/panel/PanelApp';
import { PANEL_PORT, parsePanelEvent } from '@/utils/messages/panel-events';
import { RECONNECT_MS } from '@/utils/messages/change-feed';

/** Highlights clicked in pages, from the background over `PANEL_PORT` (reconnects when the worker stops). */
export function browserPanelEvents(): PanelEventSource {
  return {
    subscribe(onEvent) {
      let live = true;
      let port: ReturnType<typeof browser.runtime.connect> | null = null;
      const open = (): void => {
        if (!live) return;
        port = browser.runtime.connect({ name: PANEL_PORT });
        port.onMessage.addListener((raw: unknown) => {
          const event = parsePanelEvent(raw);
          if (event) onEvent(event);
        });
        port.onDisconnect.addListener(() => {
          port = null;
          setTimeout(open, RECONNECT_MS);
        });
      };
      open();
      return () => {
        live = false;
        port?.disconnect();
      };
    },
  };
}
