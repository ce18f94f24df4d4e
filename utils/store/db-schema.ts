import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ArticleContentRecord, ArticleRecord, ClipKind, ClipRecord, TrashRecord } from './types';

/** `[tagKey(tag), clip.createdAt, clip.id]`. */
export type TagDateKey = [string, number, string];

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
    };
  };
  contents: {
    key: string;
    value: ArticleContentRecord;
  };
  clips: {
    key: string;
    value: ClipRecord;
    indexes: {
      articleId: string;
      createdAt: number;
      /** Multi-entry. */
      tags: string;
      /** Version 2. */
      kind: ClipKind;
      /** Version 3: `[kind, createdAt]`, so a kind filter reads one page, not every clip of that kind. */
      kindDate: [ClipKind, number];
    };
  };
  /**
   * Version 3: one entry per (tag, clip), keyed `[tagKey, createdAt, clipId]` (the value is the clip
   * id), so a tag filter finds its clips in date order from keys alone. Kept in step with `clips` by
   * every write, in the same transaction (see `./clip-tags.ts`).
   */
  clipTags: {
    key: TagDateKey;
    value: string;
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
