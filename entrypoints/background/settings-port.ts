import { browser } from 'wxt/browser';
import { readSettings, type Settings } from '@/utils/settings';
import type { SettingsPort } from './deps';

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
