import type * as v from 'valibot';
import type { Article } from '../extract/types';
import type { ArticleKind, ClipKind, ClipOrder } from '../vocabulary';
import type {
  articleRecordSchema,
  clipAnchorSchema,
  clipDraftSchema,
  clipRecordSchema,
  contentRecordSchema,
} from './validation';

/**
 * One article per normalised URL (see `utils/url.ts`): `id` derives from `url` (`articleIdFor`);
 * `originalUrl` is the URL as loaded when first clipped (kept for citations); `pageUrls` every
 * normalised page URL it was clipped from (its `url` first: a page that declares a canonical URL is
 * filed under it, yet revisits arrive with the page URL); `clippedAt` is kept by a re-clip, `updatedAt`
 * is the last re-clip or metadata change. The shape is `articleRecordSchema` (`./validation.ts`).
 */
export type ArticleRecord = v.InferOutput<typeof articleRecordSchema>;

/** The article body, kept apart from `ArticleRecord` so listing articles stays light. */
export type ArticleContentRecord = v.InferOutput<typeof contentRecordSchema>;

/**
 * A clip: `quote` is the highlighted text exactly as it appeared; `selectors` (W3C) re-anchor it on a
 * revisit; `type` is the detection type (`money`, `funding`…) or null for a plain quote; `value`/`unit`
 * the normalised figure; `context` the sentence around the quote; `note` the user's Markdown;
 * `fragment` the text-fragment directive (`text=…`, without `#:~:`) or '' when unknown.
 */
export type ClipRecord = v.InferOutput<typeof clipRecordSchema>;

/** A clip the user deleted: kept so that "undo" (and recovery) is possible. */
export interface TrashRecord {
  clip: ClipRecord;
  deletedAt: number;
  /** Shared by every clip removed by one `deleteClips` call: `restoreClips({ token })` undoes that call. */
  token: string;
}

// ---------------------------------------------------------------------------------------------------
// Inputs and results of the store's operations (see `ClipStore` in `./store.ts`).

/** What `saveArticle` takes: an extracted article (its `length` is not needed). */
export type ArticleInput = Omit<Article, 'length'> & {
  /** Absent: a web page. */
  kind?: ArticleKind;
  /** A PDF's pdf.js fingerprint (see `articleRecordSchema`). */
  fingerprint?: string;
};

/** A new clip: the store assigns `id`, `createdAt`, `updatedAt`; omitted fields get neutral defaults. */
export type ClipDraft = v.InferInput<typeof clipDraftSchema>;

export interface ClipQuery {
  articleId?: string;
  /** Clips carrying all of these tags (compared case-insensitively). */
  tags?: string[];
  /** Article source, exactly as stored (`listSources()` gives the choices). */
  source?: string;
  /** Official documents issued by this institution, alone or jointly (`listDocumentFacets()`). */
  issuer?: string;
  /** Official documents of this type (公文种类: `通知`, `意见`…). */
  docType?: string;
  /** `createdAt >= from` (epoch ms). */
  from?: number;
  /** `createdAt <= to` (epoch ms). */
  to?: number;
  kinds?: ClipKind[];
  /** Clips of one category, as `kind/type` (`figure/money`, `measure/tax-finance`). */
  category?: string;
  /** Full-text search over quote, note, article title and source. Blank means no search. */
  text?: string;
  /** Default `'newest'`; `'relevance'` only means something with `text` (otherwise it is `'newest'`). */
  order?: ClipOrder;
  /** Page size, default 50, at most 500. */
  limit?: number;
  /** `nextCursor` of the previous page. Takes precedence over `offset`. */
  cursor?: string | null;
  offset?: number;
}

/** Why a search result matched, for emphasis in the UI (see `components/library/emphasis.ts`). */
export interface ClipMatch {
  clipId: string;
  /** Matched index terms: lower-cased, lightly stemmed words and Han bigrams/characters. */
  terms: string[];
  score: number;
}

export interface ClipPage {
  clips: ClipRecord[];
  /** How many clips match the query in all (not just this page). */
  total: number;
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  /** One entry per clip, in the same order, when the query had `text`; empty otherwise. */
  matches: ClipMatch[];
}

export interface TagCount {
  tag: string;
  count: number;
}

export interface SourceCount {
  source: string;
  /** Articles from this source. */
  count: number;
}

export interface DeleteResult {
  /** Pass to `restoreClips({ token })` to undo this deletion. */
  token: string;
  deleted: number;
}

export interface StoreStats {
  articles: number;
  clips: number;
  /** Deleted clips still recoverable. */
  trash: number;
}

/** A new place for a clip whose passage moved or changed (re-attaching an orphan). */
export type ClipAnchor = v.InferInput<typeof clipAnchorSchema>;

/**
 * What a write changed, once it has committed: the background tells every open surface (popup, library
 * tabs, in-page menus, panels) so none shows a stale copy.
 */
export interface StoreChange {
  /** Clips created or changed, as stored now. */
  clips?: ClipRecord[];
  /** Clips deleted (moved to the trash). */
  removedClipIds?: string[];
  /** When they were deleted (a team library's deletion wins over an edit only when newer). */
  deletedAt?: number;
  /** Articles created or changed. */
  articles?: ArticleRecord[];
}

export interface ClipsForPage {
  article: ArticleRecord | null;
  /** Oldest first. */
  clips: ClipRecord[];
}

// ---------------------------------------------------------------------------------------------------
// Backup

export const BACKUP_FORMAT = 'policy-clipper-backup';
/**
 * 2 added `settings`; 3 added the articles' optional `policy`, `genre` and `revised` (an older extension
 * would drop them and then fail the checksum, so it must refuse the file as newer) and writes the
 * settings' tag colours as `[tag, colour]` pairs (no key in a backup is ever a tag name: `__proto__`,
 * `constructor` and `prototype` keys are refused); 4 added a figure clip's `figure` (the figure in its
 * statement) and no longer carries kinds and categories as tags (older files' `figure`, `figure/money`
 * tags become fields on import, as store migration 6 does). Files of every version up to this one are
 * read. 5 added the articles' optional `kind` (`pdf`) and `fingerprint`, and clips' `PageSelector`
 * (an older extension would refuse or drop them).
 */
export const BACKUP_VERSION = 5;

/**
 * The extension's settings as the backup carries them (tag colours, export options). The store does not
 * interpret them: it checks they are a small JSON object, covers them by the checksum and hands them
 * back on import; the extension validates and merges them with its own.
 */
export type BackupSettings = Record<string, unknown>;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  /** The format version the file was written in (≤ BACKUP_VERSION when read). */
  version: number;
  /** ISO 8601 time of export. */
  exportedAt: string;
  /** Sorted by id (contents by articleId), so two exports of the same data are identical but for `exportedAt`. */
  articles: ArticleRecord[];
  contents: ArticleContentRecord[];
  clips: ClipRecord[];
  /** Absent in version 1 files, and when the extension gave none. */
  settings?: BackupSettings;
  /** Hex SHA-256 of the canonical serialisation of every other field (see `backupChecksum`). */
  checksum: string;
}

export interface ImportCounts {
  /** New records written. */
  imported: number;
  /** Records whose id was already stored: the stored copy is kept. */
  skipped: number;
}

export interface ImportReport {
  articles: ImportCounts;
  contents: ImportCounts;
  clips: ImportCounts;
  /** E.g. `imported 120 clips, 14 articles; skipped 3 duplicates`. */
  message: string;
  /** The file's settings, for the extension to merge (the store keeps none). */
  settings: BackupSettings | null;
}

// ---------------------------------------------------------------------------------------------------
// Errors

export type StoreErrorCode = 'quota' | 'not-found' | 'invalid' | 'conflict' | 'unknown';
