// idb needs the IndexedDB classes as globals; the store still only uses the factory it is given.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { type IDBPDatabase, wrap } from 'idb';
import { articleIdFor } from '@/utils/url';
import { backupChecksum, openStore, type ClipStore } from '@/utils/store';
import {
  type ArticleContentRecord,
  type ArticleInput,
  type ArticleRecord,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupFile,
  type ClipDraft,
  type ClipRecord,
} from '@/utils/store/types';

export const T0 = Date.UTC(2025, 0, 1);

export interface TestStore {
  store: ClipStore;
  factory: IDBFactory;
  /** Reopens the same database, as a restarted service worker would. */
  reopen(): Promise<ClipStore>;
}

/** A store on a fresh in-memory database, with a clock that ticks 1 s per call and numbered ids. */
export async function freshStore(
  name = 'policy-clipper',
  factory = new IDBFactory(),
  clock?: () => number,
): Promise<TestStore> {
  let tick = 0;
  let seq = 0;
  const options = {
    name,
    now: clock ?? (() => T0 + 1000 * tick++),
    newId: () => `id-${String(++seq).padStart(5, '0')}`,
  };
  const store = await openStore(factory, options);
  return { store, factory, reopen: () => openStore(factory, options) };
}

export function article(overrides: Partial<ArticleInput> = {}): ArticleInput {
  return {
    url: 'https://www.gov.cn/zhengce/2025-01/01/content_1.htm',
    canonicalUrl: null,
    title: '关于促进科技成果转化的若干意见',
    source: '中国政府网',
    byline: null,
    published: '2025-01-01',
    lang: 'zh-CN',
    excerpt: '促进科技成果转化',
    contentHtml: '<p>促进科技成果转化，加快建设创新型国家。</p>',
    text: '促进科技成果转化，加快建设创新型国家。',
    ...overrides,
  };
}

export function draft(articleId: string, quote: string, overrides: Partial<ClipDraft> = {}): ClipDraft {
  return {
    articleId,
    quote,
    selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }],
    ...overrides,
  };
}

export type Dump = Record<string, unknown[]>;

/** Opens a raw connection on `factory` (idb's `openDB` would use the global `indexedDB`). */
export function openRaw(
  factory: IDBFactory,
  name: string,
  version?: number,
  upgrade?: (db: IDBDatabase, tx: IDBTransaction) => void,
): Promise<IDBPDatabase> {
  return new Promise((resolve, reject) => {
    const request = version === undefined ? factory.open(name) : factory.open(name, version);
    request.onupgradeneeded = () => {
      if (request.transaction) upgrade?.(request.result, request.transaction);
    };
    request.onsuccess = () => resolve(wrap(request.result));
    request.onerror = () => reject(request.error);
  });
}

/** Every record of every object store, read through a separate connection (what is really stored). */
export async function dump(factory: IDBFactory, name = 'policy-clipper'): Promise<Dump> {
  const db = await openRaw(factory, name);
  try {
    const out: Dump = {};
    for (const storeName of Array.from(db.objectStoreNames)) out[storeName] = await db.getAll(storeName);
    return out;
  } finally {
    db.close();
  }
}

/** A valid backup file holding `articles` and `clips` (contents derived), with its checksum. */
export async function backupOf(
  articles: ArticleRecord[],
  clips: ClipRecord[],
  contents: ArticleContentRecord[] = articles.map((a) => ({
    articleId: a.id,
    text: a.excerpt,
    contentHtml: '',
  })),
): Promise<BackupFile> {
  const payload = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(T0).toISOString(),
    articles,
    contents,
    clips,
  } as const;
  return { ...payload, checksum: await backupChecksum(payload) };
}

/** A stored-shape article record for `url` (id derived the way the store derives it). */
export function articleRecord(url: string, overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id: articleIdFor(url),
    url,
    originalUrl: url,
    pageUrls: [url],
    canonicalUrl: null,
    title: 'Title',
    source: 'Source',
    byline: null,
    published: null,
    lang: null,
    excerpt: '',
    clippedAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function clipRecord(
  id: string,
  articleId: string,
  quote: string,
  overrides: Partial<ClipRecord> = {},
): ClipRecord {
  return {
    id,
    articleId,
    quote,
    selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }],
    kind: 'quote',
    type: null,
    value: null,
    unit: null,
    context: '',
    tags: [],
    note: '',
    colour: 'yellow',
    fragment: '',
    createdAt: T0,
    updatedAt: T0,
    version: 1,
    noteVariants: [],
    ...overrides,
  };
}
