/**
 * The serial sync engine (docs/sync.md): it decides which records to bring in step with the team
 * replica, and when, one step at a time: after a committed local write, for what replication brought
 * into the replica (read from its changes feed past the checkpoint), and for everything on joining.
 * How one record is compared and copied is `reconcile.ts`; conflicts in the replica, `conflicts.ts`;
 * the bases and the checkpoint, `sync-meta.ts`.
 */
import type { StoreChange } from '../store/types';
import { docId } from './docs';
import { createReconciler, PAGE_SIZE, type SyncStore, type TagColourPort } from './reconcile';
import type { ReplicaDb } from './replica-db';
import { createSyncMeta } from './sync-meta';

export interface SyncEngineOptions {
  store: SyncStore;
  replica: ReplicaDb;
  /** Local only, never replicated: bases and the changes checkpoint. */
  meta: ReplicaDb;
  /** The member's user name: the author of what this replica writes. */
  author: string;
  colours?: TagColourPort;
  now?: () => number;
}

export interface SyncEngine {
  /** After a committed local write: copy it into the replica (offline too). */
  recordLocal(change: StoreChange): Promise<void>;
  /** Applies what replication brought into the replica since the last call; returns documents seen. */
  applyIncoming(onProgress?: (done: number, total: number) => void): Promise<number>;
  /** Compares every local record with the replica (on joining, and when the worker starts). */
  reconcileAll(): Promise<void>;
  /** Tag colours changed in settings. */
  recordColours(): Promise<void>;
}

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { store, replica } = options;
  const now = options.now ?? (() => Date.now());
  const meta = createSyncMeta(options.meta);
  const reconciler = createReconciler({ ...options, meta, now });
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(step: () => Promise<T>): Promise<T> => {
    const next = queue.then(step);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    recordLocal: (change) => {
      for (const id of change.removedClipIds ?? []) reconciler.noteDeleted(id, change.deletedAt ?? now());
      return serial(async () => {
        const bases = await meta.bases();
        // What the engine applied itself is in step already (its base has that version): skipped
        // without reading it back (at 10,000 clips pulled, that was a second pass over all of them).
        const clips = (change.clips ?? []).filter((c) => bases.get(docId.clip(c.id))?.version !== c.version);
        const articles = (change.articles ?? []).filter((a) => !reconciler.isOwnArticleWrite(a));
        await reconciler.reconcileIds([
          ...articles.map((a) => docId.article(a.id)),
          ...clips.map((c) => docId.clip(c.id)),
          ...(change.removedClipIds ?? []).map(docId.clip),
        ]);
      });
    },
    recordColours: () => serial(reconciler.reconcileColours),
    applyIncoming: (onProgress) =>
      serial(async () => {
        let seq = await meta.checkpoint();
        const total = Math.max(0, Number((await replica.info()).update_seq) - Number(seq)) || 0;
        let seen = 0;
        for (;;) {
          // `all_docs`: every leaf, so a conflict that left the winner as it was still shows.
          const page = await replica.changes({ since: seq, limit: PAGE_SIZE, style: 'all_docs' });
          if (page.results.length === 0) break;
          // A document at the revision its base names is in step (this replica wrote it, or applied
          // it already): nothing to compare.
          const bases = await meta.bases();
          const moved = page.results.filter((r) => {
            const rev = r.changes?.[0]?.rev;
            return rev === undefined || r.changes.length > 1 || bases.get(r.id)?.rev !== rev;
          });
          await reconciler.reconcileIds(moved.map((r) => r.id));
          seen += page.results.length;
          seq = page.last_seq;
          await meta.saveCheckpoint(seq);
          onProgress?.(seen, Math.max(total, seen));
        }
        return seen;
      }),
    reconcileAll: () =>
      serial(async () => {
        const articleIds = (await store.listArticles()).map((a) => docId.article(a.id));
        const clipIds = (await store.listClipIds()).map(docId.clip);
        const known = (await meta.bases()).keys();
        await reconciler.reconcileIds(new Set([...articleIds, ...clipIds, ...known]));
        await reconciler.reconcileColours();
      }),
  };
}
