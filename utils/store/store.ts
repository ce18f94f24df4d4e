import {
  clipsForPdf,
  clipsForUrl,
  countClipsForUrl,
  countRecords,
  getArticle,
  getArticleByUrl,
  getContent,
  getContents,
  getArticles,
  clipsOfArticle,
  listArticles,
  listDocumentFacets,
  listSources,
  saveArticle,
} from './articles';
import type { DocumentFacets } from './document-filter';
import { exportBackup, importBackup } from './backup';
import {
  addClips,
  deleteClips,
  getClips,
  listTrash,
  purgeTrash,
  reanchorClip,
  type RestoreTarget,
  restoreClips,
  editClip,
} from './clips';
import type { StoreContext } from './context';
import { DEFAULT_DB_NAME } from './db-schema';
import { StoreError, toStoreError } from './errors';
import { listClipIds, listClips } from './list-clips';
import { openDatabase } from './open-database';
import { LiveSearchIndex } from './search-live';
import { applySynced, type SyncedBatch, type SyncedResult } from './synced';
import { addTags, listTags, mergeTags, removeTags, renameTag } from './tag-ops';
import type { ClipEdit } from '../merge/clip-edit';
import type {
  ArticleContentRecord,
  ArticleInput,
  ArticleRecord,
  BackupFile,
  BackupSettings,
  ClipAnchor,
  ClipDraft,
  ClipPage,
  StoreChange,
  ClipQuery,
  ClipRecord,
  ClipsForPage,
  DeleteResult,
  ImportReport,
  SourceCount,
  StoreStats,
  TagCount,
  TrashRecord,
} from './types';

/**
 * The clip library. Every method is one IndexedDB transaction (all or nothing) and rejects only with a
 * `StoreError`. Owned by the background service worker; one instance per worker lifetime.
 */
export interface ClipStore {
  saveArticle(article: ArticleInput): Promise<ArticleRecord>;
  getArticle(id: string): Promise<ArticleRecord | null>;
  /**
   * By page URL (normalised here) and the canonical URL the page declares, if known: the article filed
   * under either, or clipped earlier from this page URL.
   */
  getArticleByUrl(url: string, canonicalUrl?: string | null): Promise<ArticleRecord | null>;
  getContent(articleId: string): Promise<ArticleContentRecord | null>;
  /** The stored copies of `ids` that exist, by article id (one transaction). */
  getContents(ids: Iterable<string>): Promise<Map<string, ArticleContentRecord>>;
  /** The articles of `ids` that exist, by id. */
  getArticles(ids: Iterable<string>): Promise<Map<string, ArticleRecord>>;
  /** Every clip of an article, oldest first (no paging: an article has hundreds at most). */
  clipsOfArticle(articleId: string): Promise<ClipRecord[]>;
  /** Most recently clipped first. */
  listArticles(): Promise<ArticleRecord[]>;
  listSources(): Promise<SourceCount[]>;
  /** Issuers (each institution of a joint document) and document types, with article counts, most first. */
  listDocumentFacets(): Promise<DocumentFacets>;
  clipsForUrl(url: string, canonicalUrl?: string | null): Promise<ClipsForPage>;
  /** A PDF's article and clips, by address or else by fingerprint (`clipsForPdf` in `./articles.ts`). */
  clipsForPdf(url: string, fingerprint: string): Promise<ClipsForPage>;
  /** Cheap "does this page have clips?" for the always-on content script. */
  countClipsForUrl(url: string, canonicalUrl?: string | null): Promise<number>;
  stats(): Promise<StoreStats>;

  addClip(draft: ClipDraft): Promise<ClipRecord>;
  /** Saves every draft or, on any failure, none (one transaction). */
  addClips(drafts: readonly ClipDraft[]): Promise<ClipRecord[]>;
  /** Applies an edit to the clip as stored now (`applyClipEdit`); `author`: who made it, when known. */
  editClip(id: string, edit: ClipEdit, author?: string): Promise<ClipRecord>;
  reanchorClip(id: string, anchor: ClipAnchor): Promise<ClipRecord>;
  getClips(ids: readonly string[]): Promise<ClipRecord[]>;
  listClips(query?: ClipQuery): Promise<ClipPage>;
  /** Every matching id in order, no paging (`limit`, `offset`, `cursor` are ignored). */
  listClipIds(query?: ClipQuery): Promise<string[]>;
  /** Moves clips to the trash; an unknown id fails the whole call. */
  deleteClips(ids: readonly string[]): Promise<DeleteResult>;
  /**
   * Undo a deletion (by its token) or bring back trashed clips by id; with `onlyArticle`, nothing is
   * restored unless every clip belongs to that article.
   */
  restoreClips(target: readonly string[] | { token: string }, onlyArticle?: string): Promise<ClipRecord[]>;
  listTrash(): Promise<TrashRecord[]>;
  purgeTrash(deletedBefore: number): Promise<number>;

  /** The next four return how many clips changed. */
  addTags(ids: readonly string[], tags: readonly string[]): Promise<number>;
  removeTags(ids: readonly string[], tags: readonly string[]): Promise<number>;
  renameTag(from: string, to: string): Promise<number>;
  mergeTags(sources: readonly string[], target: string): Promise<number>;
  /** Most used first. */
  listTags(): Promise<TagCount[]>;

  exportBackup(settings?: BackupSettings): Promise<BackupFile>;
  /** A backup as JSON text or an already parsed value. */
  importBackup(json: unknown): Promise<ImportReport>;

  /**
   * Writes what the team replica brought in (`utils/sync`), in one transaction; a clip changed here
   * since the version the batch names is skipped and reported, never overwritten.
   */
  applySynced(batch: SyncedBatch): Promise<SyncedResult>;

  /**
   * Builds the search index now rather than at the first search (it is built on demand: seconds at
   * 10,000 clips): call when the library page opens. Resolves once search reflects every write so far.
   */
  searchReady(): Promise<void>;
  close(): void;
}

export interface OpenStoreOptions {
  /** Database name, default `policy-clipper`. */
  name?: string;
  /** Clock (epoch ms), default `Date.now`. */
  now?: () => number;
  /** Id source for clips and undo tokens, default `crypto.randomUUID`. */
  newId?: () => string;
  /** Told what every write changed, after it committed (the background broadcasts it). */
  onChange?: (change: StoreChange) => void;
}

/** Wraps each operation so that whatever escapes it becomes a StoreError. */
function guarded<A extends unknown[], R>(op: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await op(...args);
    } catch (e) {
      throw toStoreError(e);
    }
  };
}

export async function openStore(factory: IDBFactory, options: OpenStoreOptions = {}): Promise<ClipStore> {
  // idb itself relies on the IndexedDB classes being global (it tests `instanceof IDBRequest`…); under
  // Node that means `fake-indexeddb/auto`. The factory is still the one given, never `indexedDB`.
  const keyRange = (globalThis as { IDBKeyRange?: typeof IDBKeyRange }).IDBKeyRange;
  if (!keyRange)
    throw new StoreError('unknown', 'IndexedDB is not available here, so Policy Clipper cannot keep clips.');
  let db;
  try {
    db = await openDatabase(factory, options.name ?? DEFAULT_DB_NAME);
  } catch (e) {
    throw toStoreError(e);
  }
  const search = new LiveSearchIndex(db, keyRange);
  const ctx: StoreContext = {
    db,
    keyRange,
    now: options.now ?? (() => Date.now()),
    newId: options.newId ?? (() => crypto.randomUUID()),
    search,
    changed: (change) => options.onChange?.(change),
  };
  return {
    saveArticle: guarded((article) => saveArticle(ctx, article)),
    getArticle: guarded((id) => getArticle(ctx, id)),
    getArticleByUrl: guarded((url, canonicalUrl) => getArticleByUrl(ctx, url, canonicalUrl)),
    getContent: guarded((articleId) => getContent(ctx, articleId)),
    getContents: guarded((ids) => getContents(ctx, ids)),
    getArticles: guarded((ids) => getArticles(ctx, ids)),
    clipsOfArticle: guarded((articleId) => clipsOfArticle(ctx, articleId)),
    listArticles: guarded(() => listArticles(ctx)),
    listSources: guarded(() => listSources(ctx)),
    listDocumentFacets: guarded(() => listDocumentFacets(ctx)),
    clipsForUrl: guarded((url, canonicalUrl) => clipsForUrl(ctx, url, canonicalUrl)),
    clipsForPdf: guarded((url, fingerprint) => clipsForPdf(ctx, url, fingerprint)),
    countClipsForUrl: guarded((url, canonicalUrl) => countClipsForUrl(ctx, url, canonicalUrl)),
    stats: guarded(() => countRecords(ctx)),
    addClip: guarded(async (draft) => {
      const [clip] = await addClips(ctx, [draft], () => '');
      if (!clip) throw new StoreError('unknown', 'The clip was not saved.');
      return clip;
    }),
    addClips: guarded((drafts) => addClips(ctx, drafts)),
    editClip: guarded((id, edit, author) => editClip(ctx, id, edit, author)),
    reanchorClip: guarded((id, anchor) => reanchorClip(ctx, id, anchor)),
    getClips: guarded((ids) => getClips(ctx, ids)),
    listClips: guarded((query = {}) => listClips(ctx, query)),
    listClipIds: guarded((query = {}) => listClipIds(ctx, query)),
    deleteClips: guarded((ids) => deleteClips(ctx, ids)),
    restoreClips: guarded((target: RestoreTarget, onlyArticle?: string) =>
      restoreClips(ctx, target, onlyArticle),
    ),
    listTrash: guarded(() => listTrash(ctx)),
    purgeTrash: guarded((before) => purgeTrash(ctx, before)),
    addTags: guarded((ids, tags) => addTags(ctx, ids, tags)),
    removeTags: guarded((ids, tags) => removeTags(ctx, ids, tags)),
    renameTag: guarded((from, to) => renameTag(ctx, from, to)),
    mergeTags: guarded((sources, target) => mergeTags(ctx, sources, target)),
    listTags: guarded(() => listTags(ctx)),
    exportBackup: guarded((settings?: BackupSettings) => exportBackup(ctx, settings)),
    importBackup: guarded((json) => importBackup(ctx, json)),
    applySynced: guarded((batch) => applySynced(ctx, batch)),
    searchReady: guarded(async () => {
      await search.ready();
    }),
    close: () => db.close(),
  };
}
