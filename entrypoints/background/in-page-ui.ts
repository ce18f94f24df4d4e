/**
 * The background's side of the in-page UI (`utils/ui-sessions.ts`): it opens a session and asks the
 * tab's highlighter to show the frame; the frame, an extension page, claims the session with its token
 * and asks for its own size and its closing through these handlers (the page side only places it).
 */
import type { BackgroundDeps } from './deps';
import { handled, type PageCaller, type PageHandlersFor } from './router';

/** Shows a notice in the page (an action started from a context menu or the shortcut). */
export async function showNotice(deps: BackgroundDeps, tabId: number, text: string): Promise<void> {
  const token = deps.ui.open({ kind: 'notice', tabId, text });
  await deps.tabs.command(tabId, { type: 'hl/showUi', token, kind: 'notice', focus: false });
}

/** Opens a highlight's menu beside it; `focus` moves the keyboard into its tag field. */
export async function openClipMenu(
  deps: BackgroundDeps,
  tabId: number,
  clipId: string,
  focus: boolean,
): Promise<boolean> {
  const token = deps.ui.open({ kind: 'menu', tabId, clipId, focus });
  const { shown } = await deps.tabs.command(tabId, {
    type: 'hl/showUi',
    token,
    kind: 'menu',
    anchorId: clipId,
    focus,
  });
  return shown;
}

function frameTab(caller: PageCaller): number {
  if (caller.tabId === null)
    throw handled({ code: 'forbidden', message: 'Message refused: only an in-page frame may send it.' });
  return caller.tabId;
}

export function inPageHandlers(
  deps: BackgroundDeps,
): PageHandlersFor<'inpage/open' | 'inpage/resize' | 'inpage/close'> {
  return {
    async 'inpage/open'({ token }, caller) {
      const tabId = frameTab(caller);
      const session = deps.ui.claim(token, tabId);
      if (!session)
        throw handled({ code: 'forbidden', message: 'This menu has expired: click the highlight again.' });
      if (session.kind === 'notice') return { kind: 'notice', tabId, text: session.text };
      const [clip] = await (await deps.store()).getClips([session.clipId]);
      if (!clip)
        throw handled({ code: 'not-found', detail: 'clips-gone', message: 'This highlight was deleted.' });
      const pageUrl = (await deps.tabs.info(tabId))?.url ?? '';
      return { kind: 'menu', tabId, clip, pageUrl, focus: session.focus };
    },
    async 'inpage/resize'({ token, width, height }, caller) {
      return deps.tabs.command(frameTab(caller), { type: 'hl/resizeUi', token, width, height });
    },
    async 'inpage/close'({ token }, caller) {
      return deps.tabs.command(frameTab(caller), { type: 'hl/closeUi', token });
    },
  };
}
