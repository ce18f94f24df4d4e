import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { toMessageError } from '@/utils/messages/error-model';
import { highlighterChannel } from '@/utils/messages/highlighter-channel';
import { answer, type HandlerMap } from '@/utils/messages/protocol';
import { background, menuActions } from './actions';
import { createClipMenu } from './clip-menu';
import { highlightContaining } from './containing';
import { createPainter } from './painter';
import { HighlightSession } from './session';
import { showToast } from './toast';

// Injected only into pages that have clips (or when the user highlights): the anchoring code never
// rides along on pages the user merely browses. Injecting again (SPA navigation, a new clip) re-syncs
// the instance already there instead of starting a second one.
const INSTANCE = Symbol.for('policy-clipper.highlighter');
type Instance = { sync: () => Promise<unknown> };

const canonical = (): string | undefined =>
  document.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href || undefined;

function start(): Instance {
  const painter = createPainter(document);
  const session = new HighlightSession(document, painter, {
    fetchClips: () =>
      background.call({ type: 'content/clips', url: location.href, canonicalUrl: canonical() }),
    report: (anchored, orphans) =>
      void background
        .call({ type: 'content/anchored', url: location.href, anchored, orphans })
        .catch(() => undefined),
  });
  const menu = createClipMenu(
    document,
    menuActions(document, session, () => menu.close()),
  );

  const openMenuFor = (id: string): boolean => {
    const clip = session.clip(id);
    const rect = painter.rangeOf(id)?.getBoundingClientRect();
    if (!clip || !rect) return false;
    menu.open(clip, rect.left, rect.bottom);
    return true;
  };

  document.addEventListener('click', (e) => {
    if (!document.getSelection()?.isCollapsed) return; // the user is selecting text, not clicking a highlight
    // A click in our own menu or toast may sit over a highlight: it must not reopen the menu.
    if ((e.target as Element | null)?.closest?.('[data-pc-ui]')) return;
    const id = painter.idAt(e.clientX, e.clientY);
    if (id && session.clip(id)) menu.open(session.clip(id)!, e.clientX, e.clientY);
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
    'hl/edit': ({ id }) => ({ opened: openMenuFor(id) }),
    'hl/editAtSelection': () => {
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0) return { opened: false };
      const ranges = painter.ids().flatMap((id) => {
        const range = painter.rangeOf(id);
        return range && session.clip(id) ? [[id, range] as const] : [];
      });
      const id = highlightContaining(selection.getRangeAt(0), ranges);
      return { opened: id !== null && openMenuFor(id) };
    },
    'hl/notify': ({ message }) => {
      showToast(document, message);
      return { shown: true };
    },
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
    menu.close();
    void session.sync();
  }, 1000);

  return { sync: () => session.sync() };
}

export default defineContentScript({
  registration: 'runtime',
  matches: ['<all_urls>'],
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
