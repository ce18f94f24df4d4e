import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { Settings } from '../../utils/messages/responses';
import type { SettingsPort } from './deps';

export const DEFAULT_SETTINGS: Settings = {
  brief: { groupBy: 'tag', fullText: false, highlightStyle: 'mark', citationStyle: 'auto' },
  tagColours: {},
};

// What is in storage may come from an older version or a hand edit: anything invalid falls back to
// the default for that field, never breaking the export.
const StoredSettings = v.object({
  brief: v.optional(
    v.object({
      groupBy: v.fallback(v.picklist(['tag', 'article', 'kind']), DEFAULT_SETTINGS.brief.groupBy),
      fullText: v.fallback(v.boolean(), DEFAULT_SETTINGS.brief.fullText),
      highlightStyle: v.fallback(v.picklist(['mark', 'bold']), DEFAULT_SETTINGS.brief.highlightStyle),
      citationStyle: v.fallback(v.picklist(['auto', 'gbt7714', 'author-date']), DEFAULT_SETTINGS.brief.citationStyle),
    }),
    DEFAULT_SETTINGS.brief,
  ),
  tagColours: v.optional(v.record(v.string(), v.string()), {}),
});

export function readSettings(raw: unknown): Settings {
  const parsed = v.safeParse(StoredSettings, raw ?? {});
  return parsed.success ? parsed.output : DEFAULT_SETTINGS;
}

/** Settings live in `storage.local` (small, synchronous to read back, survives the worker stopping). */
export function browserSettingsPort(): SettingsPort {
  const KEY = 'settings';
  const get = async (): Promise<Settings> => readSettings((await browser.storage.local.get(KEY))[KEY]);
  return {
    get,
    async update(change) {
      const next = change(await get());
      await browser.storage.local.set({ [KEY]: next });
      return next;
    },
  };
}
