import { backupChecksum, parseBackup, sortedPayload } from './backup-format';
import { allFromStored, toStored } from './clip-records';
import type { StoreContext } from './context';
import { refusedBackup } from './errors';
import { articleDoc, clipDoc } from './search-index';
import type { IndexChange } from './search-live';
import { transact } from './transact';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupFile,
  type BackupSettings,
  type ImportCounts,
  type ImportReport,
} from './types';

/** Everything but the trash, as one versioned, checksummed object (serialise with `JSON.stringify`). */
/** Every record, and `settings` (the extension's, which the store carries without reading) when given. */
export async function exportBackup(ctx: StoreContext, settings?: BackupSettings): Promise<BackupFile> {
  const records = await transact(ctx.db, ['articles', 'contents', 'clips'], 'readonly', async (tx) => {
    const [articles, contents, clips] = await Promise.all([
      tx.objectStore('articles').getAll(),
      tx.objectStore('contents').getAll(),
      tx.objectStore('clips').getAll(),
    ]);
    return { articles, contents, clips: allFromStored(clips) };
  });
  const payload = sortedPayload({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(ctx.now()).toISOString(),
    ...records,
    ...(settings ? { settings } : {}),
  });
  return { ...payload, checksum: await backupChecksum(payload) };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function importMessage(articles: ImportCounts, clips: ImportCounts): string {
  const imported = `imported ${plural(clips.imported, 'clip', 'clips')}, ${plural(articles.imported, 'article', 'articles')}`;
  const skipped = clips.skipped + articles.skipped;
  return skipped > 0 ? `${imported}; skipped ${plural(skipped, 'duplicate', 'duplicates')}` : imported;
}

/**
 * Merges a backup into the library: validates the whole file first, then writes everything in one
 * transaction or nothing. Records whose id is already stored are skipped (the library's copy wins, so
 * an old backup never overwrites newer notes); a clip that was in the trash comes back from the file.
 */
export async function importBackup(ctx: StoreContext, input: unknown): Promise<ImportReport> {
  const backup = await parseBackup(input);
  const fileArticles = new Map(backup.articles.map((a) => [a.id, a]));
  const scope: ['articles', 'contents', 'clips', 'trash'] = ['articles', 'contents', 'clips', 'trash'];
  const { report, changes, added } = await transact(ctx.db, scope, 'readwrite', async (tx) => {
    const articles = tx.objectStore('articles');
    const contents = tx.objectStore('contents');
    const clips = tx.objectStore('clips');
    const trash = tx.objectStore('trash');
    // Keys only: a handful of requests whatever the size of the file or the library.
    const [articleIds, contentIds, clipIds, trashIds] = await Promise.all([
      articles.getAllKeys(),
      contents.getAllKeys(),
      clips.getAllKeys(),
      trash.getAllKeys(),
    ]);
    const storedArticles = new Set(articleIds);
    const storedContents = new Set(contentIds);
    const storedClips = new Set(clipIds);
    const trashed = new Set(trashIds);
    backup.contents.forEach((c, i) => {
      if (!fileArticles.has(c.articleId) && !storedArticles.has(c.articleId)) {
        throw refusedBackup('no-article', 'names no article in the file or the library', {
          path: `contents[${i}].articleId`,
        });
      }
    });
    backup.clips.forEach((c, i) => {
      if (!fileArticles.has(c.articleId) && !storedArticles.has(c.articleId)) {
        throw refusedBackup('no-article', 'names no article in the file or the library', {
          path: `clips[${i}].articleId`,
        });
      }
    });
    const newArticles = backup.articles.filter((a) => !storedArticles.has(a.id));
    const newContents = backup.contents.filter((c) => !storedContents.has(c.articleId));
    const newClips = backup.clips.filter((c) => !storedClips.has(c.id));
    await Promise.all([
      ...newArticles.map((a) => articles.add(a)),
      ...newContents.map((c) => contents.add(c)),
      ...newClips.flatMap((c) => [
        clips.add(toStored(c)),
        ...(trashed.has(c.id) ? [trash.delete(c.id)] : []),
      ]),
    ]);
    const counts = (added: number, all: number): ImportCounts => ({ imported: added, skipped: all - added });
    const a = counts(newArticles.length, backup.articles.length);
    const k = counts(newClips.length, backup.clips.length);
    const report: ImportReport = {
      articles: a,
      contents: counts(newContents.length, backup.contents.length),
      clips: k,
      message: importMessage(a, k),
      settings: backup.settings ?? null,
    };
    const changes: IndexChange[] = [
      ...newArticles.map((a) => ({ article: articleDoc(a) })),
      ...newClips.map((c) => ({ clip: clipDoc(c) })),
    ];
    return { report, changes, added: { articles: newArticles, clips: newClips } };
  });
  ctx.search.apply(changes);
  if (added.articles.length || added.clips.length) ctx.changed(added);
  return report;
}
