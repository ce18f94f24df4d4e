import { wrap } from 'idb';
import type { ClipperDatabase, UpgradeTransaction } from './db-schema';
import { runMigrations, SCHEMA_VERSION } from './migrations';

/**
 * idb's `openDB` always uses the global `indexedDB`; the store is handed its factory (fake-indexeddb in
 * tests, the real one in the service worker), so this does what `openDB` does with that factory.
 */
export function openDatabase(factory: IDBFactory, name: string): Promise<ClipperDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, SCHEMA_VERSION);
    } catch (e) {
      reject(e);
      return;
    }
    let upgradeFailure: unknown = null;
    request.onupgradeneeded = (event) => {
      const db = wrap(request.result) as unknown as ClipperDatabase;
      const rawTx = request.transaction;
      if (!rawTx) return;
      const tx = wrap(rawTx) as unknown as UpgradeTransaction;
      runMigrations(db, event.oldVersion, tx).catch((e: unknown) => {
        upgradeFailure = e;
        try {
          rawTx.abort();
        } catch {
          // already finished: the open request reports the failure
        }
      });
    };
    request.onsuccess = () => {
      const raw = request.result;
      // A newer version of the extension (another context) wants to upgrade: let it, rather than block it.
      raw.onversionchange = () => raw.close();
      resolve(wrap(raw) as unknown as ClipperDatabase);
    };
    request.onerror = (event) => {
      event.preventDefault();
      reject(upgradeFailure ?? request.error);
    };
    request.onblocked = () => {
      // Another connection is still open at an older version; it closes on `versionchange`, then we proceed.
    };
  });
}
