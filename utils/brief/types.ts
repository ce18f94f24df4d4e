import type { BriefPreferences } from '../vocabulary';
import type { ArticleContentRecord, ArticleRecord, ClipRecord } from '../store/types';

/** Language of the brief's own words (headings, labels, value units); page text is never translated. */
export const BRIEF_LOCALES = ['en', 'zh'] as const;
export type BriefLocale = (typeof BRIEF_LOCALES)[number];

/**
 * Turns an HTML string into a DOM node turndown can walk. Injected because the extension's service
 * worker has no `DOMParser` (and turndown, given a string there, throws `document is not defined`).
 */
export type ParseHtml = (html: string) => Node;

/**
 * The user's export preferences (`groupBy`: multi-article briefs' top-level sections; `fullText`: append
 * the article's full text with the clipped passages marked) and what a render adds to them.
 */
export interface BriefOptions extends BriefPreferences {
  /** Overrides the title (front matter and heading). */
  title?: string;
  /**
   * A brief of one tag (multi-article briefs): only the clips carrying it, under its one section, and
   * only it in the front matter. Compared as tags are (`tagKey`).
   */
  onlyTag?: string;
  /** The moment of export: the `created` date. Passed in so that the same input gives the same output. */
  now: Date;
  /** Headings and labels language; default: the language most of the brief's articles are in. */
  locale?: BriefLocale;
  /** IANA zone used to print dates from epoch ms (`created`, accessed dates); default `UTC`. */
  timeZone?: string;
  /** Front matter `generator`; default `Policy Clipper`. */
  generator?: string;
  /**
   * The extension's own origin (`chrome-extension://<id>`), given by the background at export time
   * from `runtime.getURL`: with `linkSavedCopy`, each article's source links its saved copy there.
   */
  ownOrigin?: string;
  /** HTML parser for the full text; default `globalThis.DOMParser` when there is one, else plain text. */
  parseHtml?: ParseHtml;
}

export interface ArticleBriefInput {
  article: ArticleRecord;
  content?: ArticleContentRecord;
  clips: ClipRecord[];
}

export interface MultiBriefInput {
  articles: ArticleRecord[];
  clips: ClipRecord[];
  contents?: ArticleContentRecord[];
}

export interface FiguresCsvInput {
  articles: ArticleRecord[];
  clips: ClipRecord[];
}
