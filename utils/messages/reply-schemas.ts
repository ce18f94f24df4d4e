/**
 * The shapes of what the background answers, as schemas: the typed clients check every reply against
 * them, and the result types are inferred from them. Records reuse the store's own schemas.
 */
import * as v from 'valibot';
import { FindingSchema } from '../detect/finding-schema';
import { ArticleSchema, FailureSchema } from '../extract/result-schema';
import { RESTRICTED_KINDS } from '../page-access';
import { SettingsSchema } from '../settings';
import { articleRecordSchema, clipRecordSchema } from '../store/validation';
import { Count } from './fields';

export const ClipRecordSchema = clipRecordSchema;
export const ArticleRecordSchema = articleRecordSchema;
export { SettingsSchema };

const Clips = v.array(ClipRecordSchema);
const Counted = v.object({ count: Count });

/** Why a page cannot be analysed, as data the popup words (`message` is the English). */
export const PageUnavailableSchema = v.union([
  v.object({ reason: v.literal('restricted'), detail: v.picklist(RESTRICTED_KINDS), message: v.string() }),
  FailureSchema,
]);
export type PageUnavailable = v.InferOutput<typeof PageUnavailableSchema>;

export const AnalyzeResultSchema = v.union([
  v.object({
    status: v.literal('article'),
    article: ArticleSchema,
    findings: v.array(FindingSchema),
    /** The stored article for this page, when it was clipped before. */
    saved: v.nullable(ArticleRecordSchema),
    /** False when this is the tab's previous analysis, reused (`reuse: true`). */
    fresh: v.boolean(),
  }),
  v.intersect([v.object({ status: v.literal('unavailable'), url: v.string() }), PageUnavailableSchema]),
]);
export type AnalyzeResult = v.InferOutput<typeof AnalyzeResultSchema>;

export const DeliveredSchema = v.object({
  filename: v.string(),
  /**
   * The rendered text, for `deliver: 'text'` (to copy). A download's text stays in the background:
   * receiving a 7 MB backup froze the library for 600 ms.
   */
  text: v.optional(v.string()),
  /** Set when the export was downloaded. */
  downloadId: v.optional(v.number()),
});
export type Delivered = v.InferOutput<typeof DeliveredSchema>;

export const ClipPageSchema = v.object({
  clips: Clips,
  /** How many clips match the query in all. */
  total: Count,
  /** Articles of the clips on this page, by id (for source/date display). */
  articles: v.record(v.string(), ArticleRecordSchema),
  /** For a text search: the matched index terms of each clip (by clip id), for emphasis. */
  matches: v.record(v.string(), v.array(v.string())),
});
export type ClipPage = v.InferOutput<typeof ClipPageSchema>;

export const TabClipsSchema = v.object({
  article: v.nullable(ArticleRecordSchema),
  clips: Clips,
  /** Ids of clips the page could not anchor (the passage is gone or changed beyond recognition). */
  orphans: v.array(v.string()),
});
export type TabClips = v.InferOutput<typeof TabClipsSchema>;

/**
 * An article as stored, for the saved-copy reader: `content` is null when the copy was never stored
 * (an article saved before bodies were kept, or restored from a backup without them). The HTML is
 * page-derived: the reader sanitises it again before showing it (`utils/reader/sanitize-copy.ts`).
 */
export const SavedCopySchema = v.object({
  article: ArticleRecordSchema,
  content: v.nullable(v.object({ html: v.string() })),
  clips: Clips,
});
export type SavedCopy = v.InferOutput<typeof SavedCopySchema>;

export const StorageStatusSchema = v.object({
  persisted: v.boolean(),
  usage: v.nullable(v.number()),
  quota: v.nullable(v.number()),
  clips: Count,
  articles: Count,
});
export type StorageStatus = v.InferOutput<typeof StorageStatusSchema>;

export const ImportOutcomeSchema = v.object({
  /** English, for logs; the UI words the counts. */
  message: v.string(),
  imported: v.object({ articles: Count, clips: Count }),
  skipped: Count,
});
export type ImportOutcome = v.InferOutput<typeof ImportOutcomeSchema>;

/** A PDF's article (null before its first highlight) and its clips, oldest first. */
export const PdfClipsSchema = v.object({ article: v.nullable(ArticleRecordSchema), clips: Clips });
/** Highlights saved in the PDF reader, and the article they are filed under. */
export const PdfHighlightedSchema = v.object({ article: ArticleRecordSchema, saved: Clips });

/** What an in-page frame shows: a highlight's menu, or a notice (with Undo after a delete). */
export const InPageSessionSchema = v.variant('kind', [
  v.object({
    kind: v.literal('menu'),
    /** The tab the frame is in (its deletes and restores repaint that page). */
    tabId: Count,
    clip: ClipRecordSchema,
    /** The page's address, for "Copy link to passage". */
    pageUrl: v.string(),
    /** Move the keyboard into the tag field (the keyboard path: the shortcut on a highlight). */
    focus: v.boolean(),
  }),
  v.object({ kind: v.literal('notice'), tabId: Count, text: v.pipe(v.string(), v.maxLength(500)) }),
]);
export type InPageSession = v.InferOutput<typeof InPageSessionSchema>;

export const replies = {
  clip: ClipRecordSchema,
  clips: Clips,
  counted: Counted,
  ids: v.array(v.string()),
  tagCounts: v.array(v.object({ tag: v.string(), count: Count })),
  sourceCounts: v.array(v.object({ source: v.string(), count: Count })),
  /** Issuers and document types of the library's official documents (`store.listDocumentFacets`). */
  documentFacets: v.object({
    issuers: v.array(v.object({ value: v.string(), count: Count })),
    docTypes: v.array(v.object({ value: v.string(), count: Count })),
  }),
  articles: v.array(ArticleRecordSchema),
  saved: v.object({ article: ArticleRecordSchema, created: v.boolean() }),
  findingsSaved: v.object({ saved: Clips, notFound: Count }),
  deleted: v.object({ token: v.string(), count: Count }),
} as const;
