import type { ClipperDatabase } from './db-schema';
import { toStoreError } from './errors';
import { transact } from './transact';
import { type ArticleDoc, articleDoc, type ClipDoc, ClipSearchIndex, clipDoc } from './search-index';
import { allFromStored } from './clip-records';
import type { ClipRecord } from './types';

/**
 * The search index kept in step with the database.
 *
 * It lives in memory and is built from the database on first use (the first search, or `searchReady()`
 * when the library page opens), not persisted. At 10,000 clips (bench/store.ts, `indexReadyMs`) the
 * build took 1.5–4.5 s in Chromium on a shared, heavily loaded 2-core machine (the indexing alone
 * about 0.7 s in Node), while the library's first page, tag filters and searches once built take
 * milliseconds. Persisting would not pay: an MV3 service worker is stopped after ~30 s
 * idle, so a saved index (megabytes) would have to be rewritten after most writes or be found stale at
 * most starts, and loading MiniSearch's JSON still rebuilds its tree. Building on demand also keeps the
 * many short worker starts that never search (a page asking "any clips here?") free of the cost, and
 * keeps it off the library's first page.
 *
 * Consistency: from the moment a build starts, every committed write is queued (in commit order) and
 * applied once the stored clips are indexed; writes committed before it are in what the build reads.
 * Every change is an idempotent upsert or removal of a whole search document, so a write that the
 * build also read does no harm, and the queue leaves each document as its last write made it. The
 * build reads in batches and indexes in short slices, so that other work (database events, the
 * library's first page, messages) runs in between.
 */
export type IndexChange = { clip: ClipDoc } | { removeClip: string } | { article: ArticleDoc };

const CLIP_BATCH = 500;
const SLICE_MS = 8;

function readArticleDocs(db: ClipperDatabase): Promise<ArticleDoc[]> {
  return transact(db, ['articles'], 'readonly', async (tx) =>
    (await tx.objectStore('articles').getAll()).map(articleDoc),
  );
}

/** The clips after `after` in id order, a batch at a time: each read is short, so the thread stays free. */
function readClipBatch(
  db: ClipperDatabase,
  keyRange: typeof IDBKeyRange,
  after: string | null,
): Promise<ClipRecord[]> {
  return transact(db, ['clips'], 'readonly', async (tx) =>
    allFromStored(
      await tx
        .objectStore('clips')
        .getAll(after === null ? null : keyRange.lowerBound(after, true), CLIP_BATCH),
    ),
  );
}

interface TaskScheduler {
  postTask(task: () => void, options: { priority: 'user-visible' }): Promise<void>;
}

/**
 * Lets queued work (database events, messages) run before the next slice. `scheduler.postTask`
 * (Chromium, also in service workers) queues the continuation like any task, without the 4 ms clamp
 * nested timers get; elsewhere a timer does. Not 'background' priority: a build starved by a busy
 * worker would leave the user's first search waiting.
 */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function')
    return scheduler.postTask(() => undefined, { priority: 'user-visible' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function inSlices<T>(items: readonly T[], each: (item: T) => void): Promise<void> {
  let i = 0;
  while (i < items.length) {
    const deadline = Date.now() + SLICE_MS;
    while (i < items.length && Date.now() < deadline) {
      const item = items[i++];
      if (item !== undefined) each(item);
    }
    if (i < items.length) await nextTask();
  }
}

/**
 * Indexes every stored clip, batch by batch, each batch read in its own transaction. A write that
 * lands between batches is also in the queue of changes (see the note above), so whichever batch
 * did or did not see it, the queue brings the index to the same end state.
 */
async function buildIndex(db: ClipperDatabase, keyRange: typeof IDBKeyRange): Promise<ClipSearchIndex> {
  const index = new ClipSearchIndex();
  let next = readClipBatch(db, keyRange, null);
  await inSlices(await readArticleDocs(db), (doc) => index.upsertArticle(doc));
  for (;;) {
    const batch = await next;
    const last = batch[batch.length - 1];
    const more = last !== undefined && batch.length === CLIP_BATCH;
    // Read the next batch while this one is indexed: the database works in another process.
    if (more) next = readClipBatch(db, keyRange, last.id);
    await inSlices(batch, (clip) => index.upsertClip(clipDoc(clip)));
    if (!more) return index;
  }
}

export class LiveSearchIndex {
  private index: ClipSearchIndex | null = null;
  private building: Promise<ClipSearchIndex> | null = null;
  private pending: IndexChange[] = [];

  constructor(
    private readonly db: ClipperDatabase,
    private readonly keyRange: typeof IDBKeyRange,
  ) {}

  /** Starts a build; from now on committed writes are queued for it (see the note above). */
  private start(): void {
    this.index = null;
    this.pending = [];
    const building = buildIndex(this.db, this.keyRange).then((index) => {
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
  if ('clip' in change) index.upsertClip(change.clip);
  else if ('article' in change) index.upsertArticle(change.article);
  else index.removeClip(change.removeClip);
}
