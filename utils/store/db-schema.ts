import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { StoredClip } from './clip-records';
import type { ArticleContentRecord, ArticleRecord, TrashRecord } from './types';
import type { ClipKind } from '@/utils/vocabulary';

/** The database as the current code sees it (after every migration in `./migrations.ts`). */
export interface ClipperDB extends DBSchema {
  articles: {
    key: string;
    value: ArticleRecord;
    indexes: {
      url: string;
      source: string;
      clippedAt: number;
      /** Multi-entry (version 2). */
      pageUrls: string;
      /** Version 7: a PDF's pdf.js fingerprint (articles without one are not in the index). */
      fingerprint: string;
    };
  };
  contents: {
    key: string;
    value: ArticleContentRecord;
  };
  clips: {
    key: string;
    /** Read and written only through `fromStored` / `toStored` (`./clip-records.ts`). */
    value: StoredClip;
    indexes: {
      articleId: string;
      createdAt: number;
      /** Multi-entry. */
      tags: string;
      /** Version 3: `[kind, createdAt]`, so a kind filter reads one page, not every clip of that kind. */
      kindDate: [ClipKind, number];
      /** Version 3, multi-entry over `tagDates`: `[tagKey, createdAt]`, so a tag filter reads one page. */
      tagDate: [string, number];
    };
  };
  trash: {
    /** The clip's id (`clip.id`). */
    key: string;
    value: TrashRecord;
    indexes: {
      token: string;
      deletedAt: number;
    };
  };
}

export const DEFAULT_DB_NAME = 'policy-clipper';

export type ClipperDatabase = IDBPDatabase<ClipperDB>;
export type ClipperStoreName = StoreNames<ClipperDB>;
export type UpgradeTransaction = IDBPTransaction<ClipperDB, ClipperStoreName[], 'versionchange'>;
