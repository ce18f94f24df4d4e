/**
 * The engine's local-only bookkeeping, in its own PouchDB database (`…-meta`, never replicated): each
 * record's base (the replica revision and local version it was last in step at, docs/sync.md) and the
 * checkpoint in the replica's changes feed. The bases are read once and then kept in memory with their
 * own revisions, so that a save is one bulk write.
 */
import { isMissing, withRev, type ReplicaDb } from './replica-db';

export interface Base {
  rev: string;
  /** Local version then (0: absent). */
  version: number;
  colour?: string;
}

export interface SyncMeta {
  /** Every record's base, by replica document id. */
  bases(): Promise<ReadonlyMap<string, Base>>;
  saveBases(entries: Array<[string, Base]>): Promise<void>;
  /** Where applying the replica's changes stopped last time (0: nothing applied yet). */
  checkpoint(): Promise<number | string>;
  /** Call after `checkpoint()`: it writes over the revision read there. */
  saveCheckpoint(seq: number | string): Promise<void>;
}

const CHECKPOINT = '~checkpoint';

export function createSyncMeta(meta: ReplicaDb): SyncMeta {
  let bases: Map<string, Base & { _rev?: string }> | null = null;
  let checkpointRev: string | undefined;

  async function loadBases(): Promise<Map<string, Base & { _rev?: string }>> {
    if (bases) return bases;
    const rows = (await meta.allDocs({ include_docs: true })).rows;
    bases = new Map();
    for (const row of rows) {
      const doc = row.doc;
      if (!doc || row.key === CHECKPOINT) continue;
      bases.set(row.key, {
        rev: String(doc['rev']),
        version: Number(doc['version']),
        ...(typeof doc['colour'] === 'string' ? { colour: doc['colour'] } : {}),
        _rev: doc._rev,
      });
    }
    return bases;
  }

  return {
    bases: loadBases,
    async saveBases(entries) {
      if (entries.length === 0) return;
      const map = await loadBases();
      const docs = entries.map(([id, base]) => ({ _id: id, ...base, ...withRev(map.get(id)?._rev) }));
      const results = await meta.bulkDocs(docs);
      entries.forEach(([id, base], i) =>
        map.set(id, { ...base, _rev: results[i]?.rev ?? map.get(id)?._rev }),
      );
    },
    async checkpoint() {
      try {
        const doc = await meta.get(CHECKPOINT);
        checkpointRev = doc._rev;
        return doc['seq'] as number | string;
      } catch (e) {
        if (!isMissing(e)) throw e;
        checkpointRev = undefined;
        return 0;
      }
    },
    async saveCheckpoint(seq) {
      const saved = await meta.bulkDocs([{ _id: CHECKPOINT, seq, ...withRev(checkpointRev) }]);
      checkpointRev = saved[0]?.rev ?? checkpointRev;
    },
  };
}
