/** What the background answers to each request: a result, or a typed error a person can read. */
import type { Article } from '../extract/types';
import type { Finding } from '../detect/types';
import type { ArticleRecord, ClipRecord } from '../store/types';
import type { RequestType } from './requests';

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
  | 'tab-gone'
  | 'internal';

export interface MessageError {
  code: ErrorCode;
  /** Plain words for the user ("Browsers don't let extensions read this page."). */
  message: string;
}

export type Response<R> = { ok: true; result: R } | { ok: false; error: MessageError };

/** Why a page cannot be analysed, as the popup explains it. */
export type PageUnavailable =
  | { reason: 'restricted'; message: string }
  | { reason: 'no-article' | 'empty' | 'too-large' | 'not-html'; message: string };

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
  message: string;
  imported: { articles: number; clips: number };
  skipped: number;
}

export interface Settings {
  brief: {
    groupBy: 'tag' | 'article' | 'kind';
    fullText: boolean;
    highlightStyle: 'mark' | 'bold';
    citationStyle: 'auto' | 'gbt7714' | 'author-date';
  };
  tagColours: Record<string, string>;
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
}

export type ResultOf<T extends RequestType> = T extends keyof ResultMap ? ResultMap[T] : never;
