/** The article as Policy Clipper understands it: what every clip, finding and brief refers to. */
export interface Article {
  /** Cleaned title: no site suffix, no invisible characters, single spaces. */
  title: string;
  /** Publisher or site name (`思瀚产业研究院`, `The New York Times`); the host name when the page names none. */
  source: string;
  /** Author(s) when the page names them. */
  byline: string | null;
  /** Publication date as `YYYY-MM-DD`, or null when the page states none. */
  published: string | null;
  /** BCP 47 language tag (`zh-CN`, `en`), or null when unknown. */
  lang: string | null;
  /** The URL the page was loaded from. */
  url: string;
  /** `<link rel=canonical>` / `og:url` when declared (absolute), else null. */
  canonicalUrl: string | null;
  /** A short plain-text summary (page description or the first paragraph), ≤ 300 characters. */
  excerpt: string;
  /** Cleaned article HTML (no scripts, no event handlers, no boilerplate), safe to store. */
  contentHtml: string;
  /** Plain text of the article: the one string every finding's offsets refer to. */
  text: string;
  /** `text.length` in characters (CJK has no spaces: never count words by splitting on spaces). */
  length: number;
}

export type ExtractFailureReason = 'no-article' | 'empty' | 'too-large' | 'not-html';

/** Why a page with text is still not an article: each needs its own words in the UI. */
export const NO_ARTICLE_DETAILS = ['no-text', 'mostly-links', 'too-little', 'unreadable'] as const;
export type NoArticleDetail = (typeof NO_ARTICLE_DETAILS)[number];

/**
 * Why there is no article, as data: the UI words it in the user's language from these fields; `message`
 * (English) is for the CLI and logs.
 */
export type ExtractFailure =
  | { reason: 'no-article'; detail: NoArticleDetail }
  | { reason: 'empty' }
  | { reason: 'too-large'; elements: number; limit: number }
  /** `contentType` is null for a document without a body. */
  | { reason: 'not-html'; contentType: string | null };

export type ExtractResult =
  { ok: true; article: Article } | ({ ok: false; message: string } & ExtractFailure);

export interface ExtractOptions {
  /** Pages with more elements than this are refused as `too-large` (default 150 000; real articles have < 20 000). */
  maxElements?: number;
}
