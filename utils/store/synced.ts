import { fromStored, toStored } from './clip-records';
import type { StoreContext } from './context';
import { articleDoc, clipDoc } from './search-index';
import type { IndexChange } from './search-live';
import { transact } from './transact';
import type { ArticleContentRecord, ArticleRecord, ClipRecord } from './types';
import { articleRecordSchema, clipRecordSchema, contentRecordSchema, parseOrThrow } from './validation';

/**
 * What the team replica brings into the library (`utils/sync`). Each clip write names the local version
 * it was computed from (0: the clip was absent): a clip edited here meanwhile is left alone and
 * reported, so a sync never overwrites an edit it has not merged.
 */
export interface SyncedBatch {
  articles?: ArticleRecord[];
  contents?: ArticleContentRecord[];
  clips?: Array<{ clip: Omit<ClipRecord, 'version'>; expected: number }>;
  /** Clips deleted on another replica: moved to the trash (undo stays possible). */
  deletions?: Array<{ id: string; expected: number }>;
}

export interface SyncedResult {
  /** The local version of every clip written (0: deleted). */
  versions: Map<string, number>;
  /** Clips that changed here since `expected`: not written. */
  skipped: string[];
}

/** Writes a batch in one transaction (all or nothing) and tells search and open surfaces. */
export async function applySynced(ctx: StoreContext, batch: SyncedBatch): Promise<SyncedResult> {
  const articles = (batch.articles ?? []).map((a, i) =>
    parseOrThrow(articleRecordSchema, a, `articles[${i}]`),
  );
  const contents = (batch.contents ?? []).map((c, i) =>
    parseOrThrow(contentRecordSchema, c, `contents[${i}]`),
  );
  const clips = (batch.clips ?? []).map(({ clip, expected }, i) => ({
    clip: parseOrThrow(clipRecordSchema, clip, `clips[${i}]`),
    expected,
  }));
  const deletions = batch.deletions ?? [];
  const now = ctx.now();
  const token = deletions.length ? ctx.newId() : '';
  const versions = new Map<string, number>();
  const skipped: string[] = [];
  const written: ClipRecord[] = [];
  const removed: string[] = [];
  await transact(ctx.db, ['articles', 'contents', 'clips', 'trash'], 'readwrite', async (tx) => {
    await Promise.all(articles.map((a) => tx.objectStore('articles').put(a)));
    await Promise.all(contents.map((c) => tx.objectStore('contents').put(c)));
    const store = tx.objectStore('clips');
    for (const { clip, expected } of clips) {
      const current = fromStored(await store.get(clip.id));
      if ((current?.version ?? 0) !== expected) {
        skipped.push(clip.id);
        continue;
      }
      const record: ClipRecord = { ...clip, version: (current?.version ?? 0) + 1 };
      await store.put(toStored(record));
      versions.set(clip.id, record.version);
      written.push(record);
    }
    for (const { id, expected } of deletions) {
      const current = fromStored(await store.get(id));
      if ((current?.version ?? 0) !== expected) {
        skipped.push(id);
        continue;
      }
      if (current) {
        await tx.objectStore('trash').put({ clip: current, deletedAt: now, token });
        await store.delete(id);
        removed.push(id);
      }
      versions.set(id, 0);
    }
  });
  const index: IndexChange[] = [
    ...articles.map((a) => ({ article: articleDoc(a) })),
    ...written.map((c) => ({ clip: clipDoc(c) })),
    ...removed.map((id) => ({ removeClip: id })),
  ];
  ctx.search.apply(index);
  if (articles.length || written.length || removed.length)
    ctx.changed({ articles, clips: written, removedClipIds: removed });
  return { versions, skipped };
}
