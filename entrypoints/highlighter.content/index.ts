import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import {
  isHighlighterCommand,
  type HighlighterCommand,
  type HighlighterReplies,
} from '@/utils/messages/highlighter';
import type { ClipRecord } from '@/utils/store/types';
import { menuActions, send } from './actions';
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
      send<ClipRecord[]>({ type: 'content/clips', url: location.href, canonicalUrl: canonical() }),
    report: (anchored, orphans) =>
      void send({ type: 'content/anchored', url: location.href, anchored, orphans }).catch(() => undefined),
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

  const handle = async (
    command: HighlighterCommand,
  ): Promise<HighlighterReplies[HighlighterCommand['type']]> => {
    switch (command.type) {
      case 'hl/ping':
        return { ready: true };
      case 'hl/describeSelection': {
        const span = session.describeSelection();
        return span ? { ok: true, span } : { ok: false };
      }
      case 'hl/locate':
        return { found: session.locate(command.items) };
      case 'hl/render':
        return session.render(command.clips);
      case 'hl/remove':
        return { removed: session.remove(command.ids) };
      case 'hl/sync':
        return session.sync();
      case 'hl/edit':
        return { opened: openMenuFor(command.id) };
      case 'hl/editAtSelection': {
        const selection = document.getSelection();
        if (!selection || selection.rangeCount === 0) return { opened: false };
        const ranges = painter.ids().flatMap((id) => {
          const range = painter.rangeOf(id);
          return range && session.clip(id) ? [[id, range] as const] : [];
        });
        const id = highlightContaining(selection.getRangeAt(0), ranges);
        return { opened: id !== null && openMenuFor(id) };
      }
      case 'hl/notify':
        showToast(document, command.message);
        return { shown: true };
    }
  };
  browser.runtime.onMessage.addListener((message, sender) => {
    // Only this extension's background talks to the highlighter, and only in the known shapes.
    if (sender.id !== browser.runtime.id || !isHighlighterCommand(message)) return undefined;
    return handle(message);
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
