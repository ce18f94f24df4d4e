/**
 * UI strings: every visible word comes from `public/_locales/<lang>/messages.json`, looked up by a
 * `MessageKey` (the keys of the English file, so a missing or misspelt key fails the type check).
 * Extension contexts build their translator from `browser.i18n.getMessage` (passed in: this module
 * never touches the browser); tests and the CLI build one from the JSON files.
 */
import type enMessages from '@/public/_locales/en/messages.json';

export type MessageKey = keyof typeof enMessages;
export type MessagesFile = Record<string, { message: string; description?: string }>;

/** `browser.i18n.getMessage`, or a stand-in: the message for `key` with `$1`… replaced, or ''. */
export type GetMessage = (key: MessageKey, substitutions?: string[]) => string;

export interface Translator {
  /** The message for `key` with `$1`…`$9` replaced by `subs` (as `browser.i18n.getMessage` does). */
  t(key: MessageKey, ...subs: (string | number)[]): string;
  /** BCP 47 tag of the UI language, for dates and numbers. */
  locale: string;
}

/** A translator over `getMessage`; a key with no message shows as itself (never an empty label). */
export function translatorFrom(getMessage: GetMessage, locale: string): Translator {
  return { locale, t: (key, ...subs) => getMessage(key, subs.map(String)) || key };
}

function substitute(template: string, subs: readonly string[]): string {
  return template.replace(/\$(\d)/g, (m, d: string) => subs[Number(d) - 1] ?? m);
}

/** `getMessage` over a messages file (tests, the CLI). */
export function messagesGetMessage(messages: MessagesFile): GetMessage {
  return (key, subs = []) => {
    const template = Object.hasOwn(messages, key) ? messages[key]?.message : undefined;
    return template === undefined ? '' : substitute(template, subs);
  };
}

/** A translator over a messages file. */
export function messagesTranslator(messages: MessagesFile, locale: string): Translator {
  return translatorFrom(messagesGetMessage(messages), locale);
}
