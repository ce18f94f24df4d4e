import type { Selector } from '../anchor/types';

/** What a clip is: a suggested finding the user accepted, or any passage the user highlighted. */
export type ClipKind = 'figure' | 'measure' | 'document' | 'quote';

/** One article per normalised URL (see `utils/url.ts`). */
export interface ArticleRecord {
  /** Stable id derived from the normalised URL. */
  id: string;
  /** Normalised URL (the key that makes "one article per page"). */
  url: string;
  /** URL as loaded when first clipped (kept for citations). */
  originalUrl: string;
  canonicalUrl: string | null;
  title: string;
  source: string;
  byline: string | null;
  published: string | null;
  lang: string | null;
  excerpt: string;
  /** Epoch ms when first clipped; a re-clip keeps it. */
  clippedAt: number;
  /** Epoch ms of the last re-clip or metadata change. */
  updatedAt: number;
}

/** The article body, kept apart from `ArticleRecord` so listing articles stays light. */
export interface ArticleContentRecord {
  articleId: string;
  text: string;
  contentHtml: string;
}

export interface ClipRecord {
  id: string;
  articleId: string;
  /** The highlighted text, exactly as it appeared. */
  quote: string;
  /** Where it is on the page (W3C selectors): used to re-anchor on revisit. */
  selectors: Selector[];
  kind: ClipKind;
  /** Detection type (`money`, `funding`, `policy`…) or null for a plain quote. */
  type: string | null;
  /** For figures: normalised value and unit, as detection gave them. */
  value: number | null;
  unit: string | null;
  /** The sentence around the quote (detection context, or text around the selection). */
  context: string;
  tags: string[];
  /** Markdown text written by the user. */
  note: string;
  /** A highlight colour name (`yellow`, `green`, `blue`, `pink`, `purple`). */
  colour: string;
  /** Text-fragment directive (`:~:text=…`, without `#`) that scrolls to the passage, or '' when unknown. */
  fragment: string;
  createdAt: number;
  updatedAt: number;
}

/** A clip the user deleted: kept so that "undo" (and recovery) is possible. */
export interface TrashRecord {
  clip: ClipRecord;
  deletedAt: number;
}
