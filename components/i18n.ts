/**
 * UI strings in Preact: the translator (`utils/i18n.ts`) as a context, and date formatting. The popup
 * and library provide one backed by `browser.i18n`; tests one over the same JSON files, so both
 * languages are checked with the real strings.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translator } from '@/utils/i18n';
import type { UserText } from '@/utils/messages/user-text';

export type { MessageKey, Translator } from '@/utils/i18n';
export { messagesTranslator } from '@/utils/i18n';

/** A message the background or the store described by key (`utils/messages/user-text.ts`), in the UI's words. */
export function localize({ t, locale }: Translator, text: UserText): string {
  const number = new Intl.NumberFormat(locale);
  return t(text.key, ...text.subs.map((s) => (typeof s === 'number' ? number.format(s) : s)));
}

export const I18nContext = createContext<Translator | null>(null);

export function useI18n(): Translator {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n() outside <I18nContext.Provider>');
  return value;
}

/** `2021-05-10` → `May 10, 2021` / `2021年5月10日`; other strings unchanged. */
export function formatIsoDate(iso: string | null, locale: string): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Epoch ms → a short local date and time. */
export function formatTimestamp(ms: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
}
