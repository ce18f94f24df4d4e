import type { ArticleContentRecord, ArticleRecord, ClipRecord } from '../store/types';

/** Language of the brief's own words (headings, labels, value units); page text is never translated. */
export type BriefLocale = 'en' | 'zh';

export type BriefGroupBy = 'tag' | 'article' | 'kind';

/** `mark` writes `==…==` (Obsidian, markdown-it-mark); `bold` writes `**…**` (every Markdown tool). */
export type HighlightStyle = 'mark' | 'bold';

/** `auto`: GB/T 7714 for sources whose `lang` starts with `zh`, author–date for the others. */
export type CitationStyle = 'auto' | 'gbt7714' | 'author-date';

/**
 * Turns an HTML string into a DOM node turndown can walk. Injected because the extension's service
 * worker has no `DOMParser` (and turndown, given a string there, throws `document is not defined`).
 */
export type ParseHtml = (html: string) => Node;

export interface BriefOptions {
  /** Multi-article briefs only: the top-level sections. */
  groupBy: BriefGroupBy;
  /** Append the article's full text (its `contentHtml` as Markdown) with the clipped passages marked. */
  fullText: boolean;
  highlightStyle: HighlightStyle;
  citationStyle: CitationStyle;
  /** Overrides the title (front matter and heading). */
  title?: string;
  /** The moment of export: the `created` date. Passed in so that the same input gives the same output. */
  now: Date;
  /** Headings and labels language; default: the language most of the brief's articles are in. */
  locale?: BriefLocale;
  /** IANA zone used to print dates from epoch ms (`created`, accessed dates); default `UTC`. */
  timeZone?: string;
  /** Front matter `generator`; default `Policy Clipper`. */
  generator?: string;
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
