/** What the background answers to each request: a result, or a typed error a person can read. */
import type { Article, ExtractFailure, ExtractFailureReason, NoArticleDetail } from '../extract/types';
import type { Finding } from '../detect/types';
import type { RestrictedKind } from '../page-access';
import type { ArticleRecord, ClipRecord } from '../store/types';
import type { RequestType } from './requests';
import type { Settings } from '../settings';

export type ErrorCode =
  | 'invalid-message'
  | 'forbidden'
  | 'restricted-page'
  | 'no-article'
  | 'no-selection'
  | 'not-found'
  | 'quota'
  | 'invalid-backup'
  | 'invalid'
  | 'conflict'
  | 'tab-gone'
  | 'internal';

/**
 * Sub-kinds of a code that need different words. The UI words an error from its code and detail
 * (`utils/messages/user-text.ts`), never by reading `message`.
 */
export type ErrorDetail =
  /** restricted-page */
  | RestrictedKind
  /** no-article: why the page has none */
  | NoArticleDetail
  | Exclude<ExtractFailureReason, 'no-article'>
  /** not-found */
  | 'clips-gone'
  | 'article-gone'
  | 'no-figures'
  /** invalid-backup */
  | 'not-json'
  /** conflict */
  | 'newer-library'
  /** internal: the UI's own, when the background gave no answer */
  | 'no-answer';

export interface MessageError {
  code: ErrorCode;
  detail?: ErrorDetail;
  /** Plain English words ("Browsers don't let extensions read this page."): logs, and unknown codes. */
  message: string;
}

export type Response<R> = { ok: true; result: R } | { ok: false; error: MessageError };

/** Why a page cannot be analysed, as data the popup words (`message` is the English). */
export type PageUnavailable = ({ reason: 'restricted'; detail: RestrictedKind } | ExtractFailure) & {
  message: string;
};

export type AnalyzeResult =
  | {
      status: 'article';
      article: Article;
      findings: Finding[];
      /** The stored article for this page, when it was clipped before. */
      saved: ArticleRecord | null;
      /** False when this is the tab's previous analysis, reused (`reuse: true`). */
      fresh: boolean;
    }
  | ({ status: 'unavailable'; url: string } & PageUnavailable);

export interface Delivered {
  filename: string;
  /** The rendered text (always returned, so the popup can also copy it). */
  text: string;
  /** Set when `deliver` was `download`. */
  downloadId?: number;
}

export interface ClipPage {
  clips: ClipRecord[];
  /** How many clips match the query in all. */
  total: number;
  /** Articles of the clips on this page, by id (for source/date display). */
  articles: Record<string, ArticleRecord>;
  /** For a text search: the matched index terms of each clip (by clip id), for emphasis. */
  matches: Record<string, string[]>;
}

export interface TabClips {
  article: ArticleRecord | null;
  clips: ClipRecord[];
  /** Ids of clips the page could not anchor (the passage is gone or changed beyond recognition). */
  orphans: string[];
}

export interface StorageStatus {
  persisted: boolean;
  usage: number | null;
  quota: number | null;
  clips: number;
  articles: number;
}

export interface ImportOutcome {
  /** English, for logs; the UI words the counts. */
  message: string;
  imported: { articles: number; clips: number };
  skipped: number;
}

/** The result type of each request. */
export interface ResultMap {
  'page/analyze': AnalyzeResult;
  'article/save': { article: ArticleRecord; created: boolean };
  'brief/article': Delivered;
  'brief/clips': Delivered;
  'csv/figures': Delivered;
  'highlight/selection': ClipRecord;
  'highlight/findings': { saved: ClipRecord[]; notFound: number };
  'clips/forTab': TabClips;
  'clips/list': ClipPage;
  'clips/get': ClipRecord[];
  'clips/ids': string[];
  'sources/list': { source: string; count: number }[];
  'clips/update': ClipRecord;
  'clips/delete': { token: string; count: number };
  'clips/restore': { count: number };
  'clips/reattach': ClipRecord;
  'tags/list': { tag: string; count: number }[];
  'tags/add': { count: number };
  'tags/remove': { count: number };
  'tags/rename': { count: number };
  'tags/merge': { count: number };
  'tags/colour': Settings;
  'articles/list': ArticleRecord[];
  'backup/export': Delivered;
  'backup/import': ImportOutcome;
  'storage/status': StorageStatus;
  'settings/get': Settings;
  'settings/set': Settings;
  'content/hasClips': { count: number };
  'content/clips': ClipRecord[];
  'content/anchored': { orphans: number };
  'content/updateClip': ClipRecord;
  'content/deleteClip': { token: string };
  'content/restoreClip': { count: number };
}

export type ResultOf<T extends RequestType> = T extends keyof ResultMap ? ResultMap[T] : never;
