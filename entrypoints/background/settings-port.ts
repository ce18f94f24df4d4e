import { browser } from 'wxt/browser';
import { createSettingsStore, type SettingsStore } from '@/utils/settings';

/** Settings live in `storage.local` (small, survives the worker stopping); edits are serialised. */
export function browserSettingsPort(): SettingsStore {
  const KEY = 'settings';
  return createSettingsStore({
    read: async () => (await browser.storage.local.get(KEY))[KEY],
    write: (settings) => browser.storage.local.set({ [KEY]: settings }),
  });
}
