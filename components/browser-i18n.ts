import { browser } from 'wxt/browser';
import type { Translator } from './i18n';

/** The translator extension pages use: the browser picks the language from its own UI language. */
export function browserTranslator(): Translator {
  return {
    locale: browser.i18n.getUILanguage(),
    t: (key, ...subs) => browser.i18n.getMessage(key, subs.map(String)) || key,
  };
}
