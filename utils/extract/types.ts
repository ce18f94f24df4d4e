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
  /** What an official document says about itself (发文机关, 发文字号…); absent on pages that are not one. */
  policy?: PolicyMetadata;
  /**
   * What kind of work the page is, when the page says so: `news` (a news report), `reference` (an
   * encyclopedia or wiki entry, cited by its work's name and revision date). Absent: any other page.
   */
  genre?: ArticleGenre;
  /** A reference work's last revision (`YYYY-MM-DD`): what it is cited by, rather than its creation date. */
  revised?: string;
}

export type ArticleGenre = 'news' | 'reference';

/**
 * An official document's own record, as its header, meta tags or text state it. A field the page does
 * not state is null: nothing is guessed.
 */
export interface PolicyMetadata {
  /** 发文机关: one institution, or several separated by spaces as the page lists them. */
  issuer: string | null;
  /** 发文字号 as written (`国办发〔2017〕47号`, `公告2023年第5号`, `第12号令`), or an English document number. */
  docNumber: string | null;
  /** 索引号 (the government information disclosure index number). */
  indexNumber: string | null;
  /** 成文日期 as `YYYY-MM-DD`. */
  written: string | null;
  /** 发布日期 as `YYYY-MM-DD`. */
  published: string | null;
  /** 公文种类 (通知, 意见, 办法…) or the document type an English page declares. */
  docType: string | null;
  /** 主题分类 (`综合政务\电子政务`) or a subject the page declares. */
  topic: string | null;
}

export const POLICY_FIELDS = [
  'issuer',
  'docNumber',
  'indexNumber',
  'written',
  'published',
  'docType',
  'topic',
] as const satisfies readonly (keyof PolicyMetadata)[];

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
