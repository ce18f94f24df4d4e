/**
 * What the in-page menu does, through the background: save edits, delete (with undo), copy a link.
 * Strings come from `browser.i18n.getMessage`: a content script has no Preact i18n context.
 */
import { browser } from 'wxt/browser';
import { browserMessage } from '@/components/browser-i18n';
import { fragmentUrl } from '@/utils/anchor';
import type { MessageError } from '@/utils/messages/responses';
import { errorWords } from '@/utils/messages/user-text';
import type { ClipRecord } from '@/utils/store/types';
import { UNDO_WINDOW_MS } from '@/utils/undo-window';
import type { MenuActions } from './clip-menu';
import type { HighlightSession } from './session';
import { showToast } from './toast';

export const t = (key: string): string => browserMessage(key) || key;

export async function send<T>(message: unknown): Promise<T> {
  const response: { ok: boolean; result?: T; error?: MessageError } | undefined =
    await browser.runtime.sendMessage(message);
  // A refusal in the user's language (from its code), else the background's English words.
  if (!response?.ok)
    throw new Error(response?.error ? errorWords(response.error, browserMessage) : t('errNoAnswer'));
  return response.result as T;
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function menuActions(doc: Document, session: HighlightSession, closeMenu: () => void): MenuActions {
  const url = (): string => doc.location.href;

  async function undo(token: string, clip: ClipRecord | undefined): Promise<void> {
    try {
      await send({ type: 'content/restoreClip', url: url(), token });
      if (clip) session.render([clip]);
      showToast(doc, t('statusRestored'));
    } catch (e) {
      showToast(doc, messageOf(e));
    }
  }

  return {
    t,
    async save(id, patch) {
      session.update(await send<ClipRecord>({ type: 'content/updateClip', url: url(), id, patch }));
    },
    async remove(id) {
      const clip = session.clip(id);
      const { token } = await send<{ token: string }>({ type: 'content/deleteClip', url: url(), id });
      session.remove([id]);
      // The menu gives focus back first, so that the toast returns it there when it leaves.
      closeMenu();
      showToast(doc, t('statusDeleted'), {
        ms: UNDO_WINDOW_MS,
        action: { label: t('undo'), run: () => void undo(token, clip) },
      });
    },
    copyLink: (clip) =>
      navigator.clipboard.writeText(clip.fragment ? fragmentUrl(url(), clip.fragment) : url()),
  };
}
