import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { createBroadcaster } from '@/entrypoints/background/change-broadcast';
import { CHANGE_PORT, FEED_LIVE_MESSAGE, LISTED_CHANGE_LIMIT } from '@/utils/messages/change-feed';
import { PANEL_PORT, parsePanelEvent } from '@/utils/messages/panel-events';
import { makeClip } from '../components/fixtures';

function port(url: string, name = CHANGE_PORT) {
  const posted: unknown[] = [];
  return {
    posted,
    port: {
      name,
      sender: { url },
      postMessage: (m: unknown) => posted.push(m),
      disconnect: vi.fn(),
      onDisconnect: { addListener: () => undefined },
    } as unknown as Browser.runtime.Port,
  };
}

describe('the change broadcaster', () => {
  it('tells extension pages everything and refuses other ports', () => {
    const b = createBroadcaster('chrome-extension://ext/');
    const library = port('chrome-extension://ext/library.html');
    const page = port('https://evil.example/');
    b.accept(library.port);
    b.accept(page.port);
    expect(page.port.disconnect).toHaveBeenCalled();

    // First: the port is listened to (the page re-reads what it read before).
    expect(library.posted).toEqual([FEED_LIVE_MESSAGE]);
    const clip = makeClip('c1', 'article-a', { note: 'private note', tags: ['t'] });
    b.publish({ clips: [clip], removedClipIds: ['gone'] });
    expect(library.posted).toEqual([
      FEED_LIVE_MESSAGE,
      {
        type: 'store/changed',
        clips: [clip],
        removedClipIds: ['gone'],
        articles: [],
        settings: false,
        reload: false,
      },
    ]);
    expect(page.posted).toEqual([]);
  });

  it('tells panels (and only panels of the extension) which highlight the user clicked in a page', () => {
    const b = createBroadcaster('chrome-extension://ext/');
    const panel = port('chrome-extension://ext/sidepanel.html', PANEL_PORT);
    const library = port('chrome-extension://ext/library.html');
    const foreign = port('https://evil.example/', PANEL_PORT);
    for (const p of [panel, library, foreign]) b.accept(p.port);
    expect(foreign.port.disconnect).toHaveBeenCalled();
    b.clipClicked(12, 'clip-1');
    expect(panel.posted).toEqual([{ type: 'panel/clipClicked', tabId: 12, clipId: 'clip-1' }]);
    expect(panel.posted.map(parsePanelEvent)).toEqual(panel.posted);
    expect(library.posted).toEqual([FEED_LIVE_MESSAGE]);
    expect(foreign.posted).toEqual([]);
    // Store changes still reach the change feed only.
    b.publish({ clips: [], removedClipIds: ['x'] });
    expect(panel.posted).toHaveLength(1);
    expect(library.posted).toHaveLength(2);
  });

  it('asks pages to re-read after a change too large to list', () => {
    const b = createBroadcaster('chrome-extension://ext/');
    const library = port('chrome-extension://ext/library.html');
    b.accept(library.port);
    const clips = Array.from({ length: LISTED_CHANGE_LIMIT + 1 }, (_, i) => makeClip(`c${i}`, 'article-b'));
    b.publish({ clips });
    expect(library.posted).toEqual([
      FEED_LIVE_MESSAGE,
      { type: 'store/changed', clips: [], removedClipIds: [], articles: [], settings: false, reload: true },
    ]);
  });
});
