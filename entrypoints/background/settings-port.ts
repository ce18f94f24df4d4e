import { browser } from 'wxt/browser';
import { createSettingsStore, type SettingsStore } from '@/utils/settings';

/** Settings live in `storage.local` (small, survives the worker stopping); edits are serialised. */
export function browserSettingsPort(onWritten: () => void): SettingsStore {
  const KEY = 'settings';
  return createSettingsStore({
    read: async () => (await browser.storage.local.get(KEY))[KEY],
    write: async (settings) => {
      await browser.storage.local.set({ [KEY]: settings });
      onWritten();
    },
  });
}
