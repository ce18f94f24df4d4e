import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentChannel } from '@/utils/messages/content-channel';
import { toMessageError } from '@/utils/messages/error-model';
import { highlighterChannel } from '@/utils/messages/highlighter-channel';
import { answer, createClient, type HandlerMap } from '@/utils/messages/protocol';
import { highlightContaining } from './containing';
import { createPainter } from './painter';
import { HighlightSession } from './session';
import { createUiFrames } from './ui-frame';

// Injected only into pages that have clips (or when the user highlights): the anchoring code never
// rides along on pages the user merely browses. Injecting again (SPA navigation, a new clip) re-syncs
// the instance already there instead of starting a second one.
const INSTANCE = Symbol.for('policy-clipper.highlighter');
type Instance = { sync: () => Promise<unknown> };

const canonical = (): string | undefined =>
  document.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href || undefined;

function start(): Instance {
  const background = createClient(contentChannel, (message) => browser.runtime.sendMessage(message));
  const painter = createPainter(document);
  const session = new HighlightSession(document, painter, {
    fetchClips: () =>
      background.call({ type: 'content/clips', url: location.href, canonicalUrl: canonical() }),
    report: (anchored, orphans) =>
      void background
        .call({ type: 'content/anchored', url: location.href, anchored, orphans })
        .catch(() => undefined),
  });
  // Chrome loads the frame from a per-session address, but the page in it has the extension's origin.
  const frameOrigin = import.meta.env.FIREFOX
    ? new URL(browser.runtime.getURL('/')).origin
    : `chrome-extension://${browser.runtime.id}`;
  const ui = createUiFrames(document, browser.runtime.getURL('/inpage.html'), frameOrigin);

  // Only the user's own click opens a menu: a page script can dispatch clicks, never trusted ones.
  document.addEventListener('click', (e) => {
    if (!e.isTrusted || !document.getSelection()?.isCollapsed) return; // selecting text, not clicking
    const id = painter.idAt(e.clientX, e.clientY);
    if (!id || !session.clip(id)) return;
    const at = { x: e.clientX, y: e.clientY };
    void background
      .call({ type: 'content/openMenu', url: location.href, id })
      .then(({ token }) => ui.show(token, 'menu', { at }, false))
      .catch(() => undefined);
  });

  const handlers: HandlerMap<typeof highlighterChannel.spec, null> = {
    'hl/ping': () => ({ ready: true }),
    'hl/describeSelection': () => {
      const span = session.describeSelection();
      return span ? { ok: true, span } : { ok: false };
    },
    'hl/locate': ({ items }) => ({ found: session.locate(items) }),
    'hl/render': ({ clips }) => session.render(clips),
    'hl/remove': ({ ids }) => ({ removed: session.remove(ids) }),
    'hl/sync': () => session.sync(),
    'hl/refresh': ({ clips, removedIds, readAt }) => ({
      changed: session.refresh(clips, removedIds, readAt),
    }),
    'hl/show': ({ id }) => {
      const range = painter.rangeOf(id);
      const node = range?.startContainer;
      const element = node?.nodeType === Node.ELEMENT_NODE ? (node as Element) : node?.parentElement;
      if (!range || !element) return { shown: false };
      element.scrollIntoView({ block: 'center' });
      painter.flash(id);
      return { shown: true };
    },
    'hl/highlightAtSelection': () => {
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0) return { id: null };
      const ranges = painter.ids().flatMap((id) => {
        const range = painter.rangeOf(id);
        return range && session.clip(id) ? [[id, range] as const] : [];
      });
      return { id: highlightContaining(selection.getRangeAt(0), ranges) };
    },
    'hl/showUi': ({ token, kind, anchorId, at, focus }) => {
      const rect =
        anchorId === undefined ? null : (painter.rangeOf(anchorId)?.getBoundingClientRect() ?? null);
      if (kind === 'menu' && !rect && !at) return { shown: false };
      return { shown: ui.show(token, kind, { rect, ...(at ? { at } : {}) }, focus) };
    },
    'hl/resizeUi': ({ token, width, height }) => ({ resized: ui.resize(token, width, height) }),
    'hl/closeUi': ({ token }) => ({ closed: ui.close(token) }),
  };
  browser.runtime.onMessage.addListener((message, sender) => {
    // Only this extension's background talks to the highlighter, and only in the known shapes.
    if (sender.id !== browser.runtime.id || !highlighterChannel.knows(message)) return undefined;
    return answer(highlighterChannel, handlers, message, null, toMessageError);
  });

  // Single-page apps: a new URL is a new page with its own clips.
  let url = location.href;
  setInterval(() => {
    if (location.href === url) return;
    url = location.href;
    session.reset();
    ui.closeAll();
    void session.sync();
  }, 1000);

  return { sync: () => session.sync() };
}

export default defineContentScript({
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  // Our scripts must not show up in the page's own `message` listeners (WXT's legacy start-up notice).
  noScriptStartedPostMessage: true,
  async main() {
    const g = globalThis as unknown as Record<symbol, Instance | undefined>;
    const existing = g[INSTANCE];
    if (existing) {
      await existing.sync();
      return;
    }
    const instance = start();
    g[INSTANCE] = instance;
    await instance.sync();
  },
});
