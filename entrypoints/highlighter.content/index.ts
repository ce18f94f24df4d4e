import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { fragmentUrl } from '../../utils/anchor';
import { isHighlighterCommand, type HighlighterCommand, type HighlighterReplies } from '../../utils/messages/highlighter';
import type { ClipRecord } from '../../utils/store/types';
import { createClipMenu } from './clip-menu';
import { createPainter } from './painter';
import { HighlightSession } from './session';
import { showToast } from './toast';

// Injected only into pages that have clips (or when the user highlights): the anchoring code never
// rides along on pages the user merely browses. Injecting again (SPA navigation, a new clip) re-syncs
// the instance already there instead of starting a second one.
const INSTANCE = Symbol.for('policy-clipper.highlighter');
type Instance = { sync: () => Promise<unknown> };

const t = (key: string): string => (browser.i18n.getMessage as (k: string) => string)(key) || key;
const canonical = (): string | undefined =>
  document.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href || undefined;

async function send<T>(message: unknown): Promise<T> {
  const response = (await browser.runtime.sendMessage(message)) as { ok: boolean; result?: T; error?: { message: string } };
  if (!response?.ok) throw new Error(response?.error?.message ?? 'Policy Clipper did not answer.');
  return response.result as T;
}

function start(): Instance {
  const painter = createPainter(document);
  const session = new HighlightSession(document, painter, {
    fetchClips: () => send<ClipRecord[]>({ type: 'content/clips', url: location.href, canonicalUrl: canonical() }),
    report: (anchored, orphans) => void send({ type: 'content/anchored', url: location.href, anchored, orphans }).catch(() => undefined),
  });
  const menu = createClipMenu(document, {
    t,
    async save(id, patch) {
      session.update(await send<ClipRecord>({ type: 'content/updateClip', url: location.href, id, patch }));
    },
    async remove(id) {
      await send({ type: 'content/deleteClip', url: location.href, id });
      session.remove([id]);
    },
    copyLink: (clip) => navigator.clipboard.writeText(clip.fragment ? fragmentUrl(location.href, clip.fragment) : location.href),
  });

  const openMenuFor = (id: string): boolean => {
    const clip = session.clip(id);
    const rect = painter.rangeOf(id)?.getBoundingClientRect();
    if (!clip || !rect) return false;
    menu.open(clip, rect.left, rect.bottom);
    return true;
  };

  document.addEventListener('click', (e) => {
    if (!document.getSelection()?.isCollapsed) return; // the user is selecting text, not clicking a highlight
    const id = painter.idAt(e.clientX, e.clientY);
    if (id && session.clip(id)) menu.open(session.clip(id)!, e.clientX, e.clientY);
  });

  const handle = async (command: HighlighterCommand): Promise<HighlighterReplies[HighlighterCommand['type']]> => {
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
