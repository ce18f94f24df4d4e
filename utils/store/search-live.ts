import type { ClipperDatabase } from './db-schema';
import { toStoreError } from './errors';
import { transact } from './transact';
import { type ArticleFacts, type ClipDoc, ClipSearchIndex, clipDoc } from './search-index';

/**
 * The search index kept in step with the database.
 *
 * It lives in memory and is built from the database on first use (the first search, or `searchReady()`
 * when the library page opens), not persisted. Measured at 10,000 clips (bench/store.ts): reading the
 * clips and indexing them takes about a second in Chromium, and an MV3 service worker is stopped after
 * ~30 s idle, so a persisted index would have to be rewritten (megabytes) after most writes or be found
 * stale at most starts; loading MiniSearch's JSON would still cost a good part of a rebuild. Building
 * only on demand also keeps the many short worker starts that never search (a page asking "any clips
 * here?") free of that cost, and keeps the build from competing with the library's first page.
 *
 * Consistency: the build reads a snapshot in one read-only transaction, created synchronously when the
 * build starts, so it holds exactly the writes committed before then. Writes committed after are
 * queued (in commit order) and applied once the snapshot is indexed; before any build starts they are
 * simply left to the snapshot. Every change is an idempotent upsert or removal, so a write seen both in
 * the snapshot and in the queue does no harm. The index is built in short slices so that other work
 * (database events, messages) runs in between.
 */
export type IndexChange = { upsert: ClipDoc } | { remove: string };

const CLIP_BATCH = 1000;
const SLICE_MS = 8;

function readSnapshot(db: ClipperDatabase, keyRange: typeof IDBKeyRange): Promise<ClipDoc[]> {
  return transact(db, ['articles', 'clips'], 'readonly', async (tx) => {
    const articles = new Map<string, ArticleFacts>();
    for (const a of await tx.objectStore('articles').getAll()) articles.set(a.id, { title: a.title, source: a.source });
    const docs: ClipDoc[] = [];
    const clips = tx.objectStore('clips');
    let after: string | null = null;
    // Batches keep each structured-clone deserialisation short (10,000 clips at once block the thread).
    for (;;) {
      const batch = await clips.getAll(after === null ? null : keyRange.lowerBound(after, true), CLIP_BATCH);
      for (const clip of batch) docs.push(clipDoc(clip, articles.get(clip.articleId)));
      const last = batch[batch.length - 1];
      if (!last || batch.length < CLIP_BATCH) break;
      after = last.id;
    }
    return docs;
  });
}

interface BackgroundScheduler {
  postTask(task: () => void, options: { priority: 'background' }): Promise<void>;
}

/**
 * Lets other work run before the next slice. Where the Prioritized Task Scheduling API exists (Chromium,
 * also in service workers) the slice waits at background priority, behind database events and
 * messages; elsewhere a timer does.
 */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<BackgroundScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => undefined, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function indexInSlices(docs: readonly ClipDoc[]): Promise<ClipSearchIndex> {
  const index = new ClipSearchIndex();
  let i = 0;
  while (i < docs.length) {
    const deadline = Date.now() + SLICE_MS;
    while (i < docs.length && Date.now() < deadline) {
      const doc = docs[i++];
      if (doc) index.upsert(doc);
    }
    if (i < docs.length) await nextTask();
  }
  return index;
}

export class LiveSearchIndex {
  private index: ClipSearchIndex | null = null;
  private building: Promise<ClipSearchIndex> | null = null;
  private pending: IndexChange[] = [];

  constructor(
    private readonly db: ClipperDatabase,
    private readonly keyRange: typeof IDBKeyRange,
  ) {}

  /** Starts a build from a fresh snapshot (see the note above). */
  private start(): void {
    this.index = null;
    this.pending = [];
    const building = readSnapshot(this.db, this.keyRange)
      .then(indexInSlices)
      .then((index) => {
        for (const change of this.pending) applyChange(index, change);
        this.pending = [];
        this.index = index;
        return index;
      });
    this.building = building;
    building.catch(() => {
      // A failed build is retried by the next search; the failure reaches that search's caller.
      if (this.building === building) this.building = null;
    });
  }

  /** Records a committed write. Call right after the commit, with no await in between. */
  apply(changes: readonly IndexChange[]): void {
    if (this.index) for (const change of changes) applyChange(this.index, change);
    else if (this.building) this.pending.push(...changes);
  }

  /** The index once it reflects every committed write, building it first if needed. */
  async ready(): Promise<ClipSearchIndex> {
    if (this.index) return this.index;
    if (!this.building) this.start();
    try {
      return await (this.building as Promise<ClipSearchIndex>);
    } catch (e) {
      throw toStoreError(e);
    }
  }
}

function applyChange(index: ClipSearchIndex, change: IndexChange): void {
  if ('upsert' in change) index.upsert(change.upsert);
  else index.remove(change.remove);
}
