import { browser } from 'wxt/browser';
import type { Translator } from './i18n';

// WXT types getMessage's keys from the messages files at `wxt prepare` time; our own `MessageKey`
// (from the same files) is the check that matters, so the call goes through a plain signature.
/** The message for `key` in the browser's UI language, or '' when there is none (every extension context). */
export const browserMessage = (key: string, subs: string[] = []): string =>
  (browser.i18n.getMessage as (k: string, s?: string[]) => string)(key, subs);

/** The translator extension pages use: the browser picks the language from its own UI language. */
export function browserTranslator(): Translator {
  return {
    locale: browser.i18n.getUILanguage(),
    t: (key, ...subs) => browserMessage(key, subs.map(String)) || key,
  };
}
