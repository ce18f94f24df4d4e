/**
 * What the in-page menu does, through the background: save edits, delete (with undo), copy a link.
 * Strings come from `browser.i18n.getMessage`: a content script has no Preact i18n context.
 */
import { browser } from 'wxt/browser';
import { translatorFrom, type Translator } from '@/utils/i18n';
import { fragmentUrl } from '@/utils/anchor';
import { contentChannel } from '@/utils/messages/content-channel';
import { toMessageError } from '@/utils/messages/error-model';
import { createClient } from '@/utils/messages/protocol';
import { errorWords } from '@/utils/messages/user-text';
import type { ClipRecord } from '@/utils/store/types';
import { UNDO_WINDOW_MS } from '@/utils/undo-window';
import type { MenuActions } from './clip-menu';
import type { HighlightSession } from './session';
import { showToast } from './toast';

/** The UI's words (looked up at call time: nothing runs when this module loads). */
export const t: Translator['t'] = (key, ...subs) =>
  translatorFrom(browser.i18n.getMessage, '').t(key, ...subs);

/** The background, as the content channel's typed client. */
export const background = createClient(contentChannel, (message) => browser.runtime.sendMessage(message));

/** A failure in the user's language (from its code), else the background's English words. */
const messageOf = (e: unknown): string => errorWords(toMessageError(e), browser.i18n.getMessage);

export function menuActions(doc: Document, session: HighlightSession, closeMenu: () => void): MenuActions {
  const url = (): string => doc.location.href;

  async function undo(token: string, clip: ClipRecord | undefined): Promise<void> {
    try {
      await background.call({ type: 'content/restoreClip', url: url(), token });
      if (clip) session.render([clip]);
      showToast(doc, t('statusRestored'));
    } catch (e) {
      showToast(doc, messageOf(e));
    }
  }

  return {
    t,
    async save(id, patch) {
      const clip = await background
        .call({ type: 'content/updateClip', url: url(), id, patch })
        .catch((e: unknown) => Promise.reject(new Error(messageOf(e))));
      session.update(clip);
    },
    async remove(id) {
      const clip = session.clip(id);
      const { token } = await background
        .call({ type: 'content/deleteClip', url: url(), id })
        .catch((e: unknown) => Promise.reject(new Error(messageOf(e))));
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
