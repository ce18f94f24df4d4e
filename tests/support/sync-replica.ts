/**
 * One member's extension, in Node: an idb store (fake-indexeddb), a PouchDB replica and its meta
 * database (memory adapter), and the sync engine between them, wired as the background wires them
 * (every committed store change is recorded into the replica).
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openStore, type ClipStore } from '@/utils/store';
import { createSyncEngine, type SyncEngine } from '@/utils/sync/engine';
import { REPLICATION_BATCHES } from '@/utils/sync/replication';
import { memoryPouch, remoteDb } from './couch-server';

export interface TestReplica {
  name: string;
  store: ClipStore;
  replica: PouchDB.Database;
  engine: SyncEngine;
  /** Waits for every recorded change to be in the replica. */
  settled(): Promise<void>;
  /** One two-way replication with `remote` (URL or database), then the incoming changes applied. */
  syncWith(remote: string | PouchDB.Database): Promise<void>;
  close(): Promise<void>;
}

export async function createTestReplica(
  name: string,
  options: { clock?: () => number; author?: string } = {},
): Promise<TestReplica> {
  const Pouch = memoryPouch();
  const replica = new Pouch(`${name}-team`);
  const meta = new Pouch(`${name}-meta`);
  let engine: SyncEngine | null = null;
  let recording: Promise<unknown> = Promise.resolve();
  let seq = 0;
  const store = await openStore(new IDBFactory(), {
    name,
    now: options.clock,
    newId: () => `${name}-${String(++seq).padStart(5, '0')}`,
    onChange: (change) => {
      if (engine) recording = Promise.all([recording, engine.recordLocal(change)]);
    },
  });
  engine = createSyncEngine({
    store,
    replica: replica,
    meta: meta,
    author: options.author ?? name,
    now: options.clock,
  });
  const settled = async () => {
    // A recorded change may record another (the author written back): wait until none is new.
    for (let last = recording; ; last = recording) {
      await last;
      if (last === recording) return;
    }
  };
  return {
    name,
    store,
    replica,
    engine,
    settled,
    async syncWith(remote) {
      await settled();
      const target = typeof remote === 'string' ? remoteDb(remote) : remote;
      await replica.sync(target, REPLICATION_BATCHES);
      await engine.applyIncoming();
      await settled();
    },
    async close() {
      store.close();
      await replica.destroy();
      await meta.destroy();
    },
  };
}
