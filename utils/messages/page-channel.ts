/**
 * Messages the extension's own pages (popup, library, in-page frames) send the background, with the
 * shape of each answer. Content scripts have their own, much smaller channel (`content-channel.ts`).
 */
import * as v from 'valibot';
import { DOCUMENT_TYPES, FIGURE_TYPES, MEASURE_TYPES } from '../detect/types';
import { ClipEditSchema } from '../merge/clip-edit';
import { OBSIDIAN_FIELD_MAX, SettingsSchema } from '../settings';
import { SyncStatusSchema, TeamSpaceSchema } from '../sync/team-space';
import { TagListSchema, TagSchema } from '../tags';
import {
  BriefPreferencesSchema,
  CLIP_KINDS,
  CLIP_ORDERS,
  CitationFormatSchema,
  ClipKindSchema,
  DELIVERIES,
  HighlightColourSchema,
  TOOLBAR_TARGETS,
} from '../vocabulary';
import { articleInputSchema, clipAnchorSchema, clipDraftSchema } from '../store/validation';
import { Id, Ids, IsoDate, MAX_ITEMS_PER_REQUEST, Offset, TabId, Url } from './fields';
import { UiToken } from './highlighter-channel';
import {
  defineChannel,
  type RequestInputOf,
  type RequestOf,
  type MessageType,
  type ReplyOf,
} from './protocol';
import {
  AnalyzeResultSchema,
  ClipPageSchema,
  DeliveredSchema,
  ImportOutcomeSchema,
  InPageSessionSchema,
  PdfClipsSchema,
  PdfHighlightedSchema,
  SavedCopySchema,
  StorageStatusSchema,
  TabClipsSchema,
  replies,
} from './reply-schemas';

const BriefOptionsPatch = v.partial(v.strictObject(BriefPreferencesSchema.entries));
const Deliver = v.picklist(DELIVERIES);
const ObsidianField = v.pipe(v.string(), v.maxLength(OBSIDIAN_FIELD_MAX));
const ObsidianPatch = v.partial(v.strictObject({ vault: ObsidianField, folder: ObsidianField }));

export const ClipQuerySchema = v.strictObject({
  articleId: v.optional(Id),
  tags: v.optional(TagListSchema),
  source: v.optional(v.pipe(v.string(), v.maxLength(500))),
  /** Official documents of this issuing institution (alone or jointly). */
  issuer: v.optional(v.pipe(v.string(), v.maxLength(500))),
  /** Official documents of this type (公文种类). */
  docType: v.optional(v.pipe(v.string(), v.maxLength(100))),
  from: v.optional(IsoDate),
  to: v.optional(IsoDate),
  kinds: v.optional(v.pipe(v.array(ClipKindSchema), v.maxLength(CLIP_KINDS.length))),
  /** One category, as `kind/type` (`measure/tax-finance`). */
  category: v.optional(v.pipe(v.string(), v.maxLength(64))),
  text: v.optional(v.pipe(v.string(), v.maxLength(500))),
  order: v.optional(v.picklist(CLIP_ORDERS)),
  offset: v.optional(Offset),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500))),
});
export type ClipQuery = v.InferOutput<typeof ClipQuerySchema>;

/** A finding the user picked in the popup, located in the page by its text and context. */
const pickFields = {
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(10_000)),
  start: Offset,
  end: Offset,
  context: v.pipe(v.string(), v.maxLength(20_000)),
};
const shortText = v.nullable(v.pipe(v.string(), v.maxLength(40)));
// A figure is saved with its statement (a span of the article text) and carries its value.
const figurePickFields = {
  value: v.optional(v.nullable(v.number())),
  unit: v.optional(shortText),
  number: v.optional(v.nullable(v.number())),
  unitText: v.optional(shortText),
  statement: v.optional(v.strictObject({ start: Offset, end: Offset })),
};
// The type must be one the detector gives that kind.
const FindingPickSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('figure'),
    type: v.picklist(FIGURE_TYPES),
    ...pickFields,
    ...figurePickFields,
  }),
  v.strictObject({ kind: v.literal('measure'), type: v.picklist(MEASURE_TYPES), ...pickFields }),
  v.strictObject({ kind: v.literal('document'), type: v.picklist(DOCUMENT_TYPES), ...pickFields }),
]);
export type FindingPick = v.InferOutput<typeof FindingPickSchema>;

/** A PDF the reader shows: its address (what quotes cite) and pdf.js's fingerprint of the file. */
const PdfDocumentSchema = v.strictObject({
  url: Url,
  fingerprint: v.pipe(v.string(), v.maxLength(128), v.regex(/^[0-9a-f]*$/u)),
});
/** A highlight made in the PDF reader: a clip draft; the background files it under the PDF's article. */
const PdfClipDraftSchema = v.omit(clipDraftSchema, ['articleId']);

/** The largest backup text the library sends (in UTF-16 units): far above any real library. */
export const MAX_IMPORT_CHARS = 200_000_000;

/**
 * A backup larger than this goes to the background in parts of this size (`backup/upload`): sending a
 * message costs the sender's main thread about 100 ms per megabyte (measured in Chromium), so one
 * 7 MB message froze the library for half a second; a part keeps each task near 30 ms.
 */
export const IMPORT_PART_CHARS = 262_144;
const ImportPartCount = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(1),
  v.maxValue(Math.ceil(MAX_IMPORT_CHARS / IMPORT_PART_CHARS)),
);

export const pageChannel = defineChannel('page', {
  // `reuse`: answer at once from the tab's last analysis when the tab has not navigated since (the
  // popup then asks again without it, to refresh what it shows).
  'page/analyze': { request: { tabId: TabId, reuse: v.optional(v.boolean()) }, reply: AnalyzeResultSchema },
  'article/save': { request: { tabId: TabId }, reply: replies.saved },
  'brief/article': {
    request: { articleId: Id, deliver: Deliver, options: v.optional(BriefOptionsPatch) },
    reply: DeliveredSchema,
  },
  'brief/clips': {
    request: {
      clipIds: Ids,
      deliver: Deliver,
      title: v.optional(v.pipe(v.string(), v.maxLength(200))),
      /** A brief of this tag: only its clips, under its one section (the library's tag filter). */
      tag: v.optional(TagSchema),
      options: v.optional(BriefOptionsPatch),
    },
    reply: DeliveredSchema,
  },
  'csv/figures': {
    request: { clipIds: Ids, deliver: Deliver, tag: v.optional(TagSchema) },
    reply: DeliveredSchema,
  },
  // Citation files for reference managers: one article (popup), or the articles of selected clips.
  'citations/article': {
    request: { articleId: Id, format: CitationFormatSchema, deliver: Deliver },
    reply: DeliveredSchema,
  },
  'citations/clips': {
    request: { clipIds: Ids, format: CitationFormatSchema, deliver: Deliver },
    reply: DeliveredSchema,
  },
  'highlight/selection': {
    request: { tabId: TabId, tags: v.optional(TagListSchema), colour: v.optional(HighlightColourSchema) },
    reply: replies.clip,
  },
  'highlight/findings': {
    request: {
      tabId: TabId,
      findings: v.pipe(v.array(FindingPickSchema), v.minLength(1), v.maxLength(MAX_ITEMS_PER_REQUEST)),
    },
    reply: replies.findingsSaved,
  },
  'clips/forTab': { request: { tabId: TabId }, reply: TabClipsSchema },
  // The PDF reader (an extension page): the PDF's highlights (by address, else by fingerprint), and
  // new ones, saving the PDF as an article of kind `pdf` with its first highlight.
  'pdf/clips': { request: { pdf: PdfDocumentSchema }, reply: PdfClipsSchema },
  'pdf/highlight': {
    request: {
      pdf: PdfDocumentSchema,
      article: articleInputSchema,
      clips: v.pipe(v.array(PdfClipDraftSchema), v.minLength(1), v.maxLength(MAX_ITEMS_PER_REQUEST)),
    },
    reply: PdfHighlightedSchema,
  },
  // An orphan of this PDF placed on the reader's selection (the reader describes it: it holds the text).
  'pdf/reattach': {
    request: { pdf: PdfDocumentSchema, id: Id, anchor: clipAnchorSchema },
    reply: replies.clip,
  },
  'clips/list': { request: { query: ClipQuerySchema }, reply: ClipPageSchema },
  'clips/ids': { request: { query: ClipQuerySchema }, reply: replies.ids },
  'sources/list': { request: {}, reply: replies.sourceCounts },
  'documents/facets': { request: {}, reply: replies.documentFacets },
  'clips/get': { request: { ids: Ids }, reply: replies.clips },
  // An edit as a patch (tags added or removed, a note with its base): see utils/merge/clip-edit.ts.
  'clips/edit': { request: { id: Id, edit: ClipEditSchema }, reply: replies.clip },
  // `tabId`: the page showing these clips (popup), so its highlights disappear or come back at once.
  'clips/delete': { request: { ids: Ids, tabId: v.optional(TabId) }, reply: replies.deleted },
  'clips/restore': { request: { token: Id, tabId: v.optional(TabId) }, reply: replies.counted },
  'clips/reattach': { request: { tabId: TabId, id: Id }, reply: replies.clip },
  'tags/list': { request: {}, reply: replies.tagCounts },
  'tags/add': { request: { ids: Ids, tags: TagListSchema }, reply: replies.counted },
  'tags/remove': { request: { ids: Ids, tags: TagListSchema }, reply: replies.counted },
  'tags/rename': { request: { from: TagSchema, to: TagSchema }, reply: replies.counted },
  'tags/merge': {
    request: { sources: v.pipe(v.array(TagSchema), v.minLength(1)), target: TagSchema },
    reply: replies.counted,
  },
  'tags/colour': { request: { tag: TagSchema, colour: HighlightColourSchema }, reply: SettingsSchema },
  'articles/list': { request: {}, reply: replies.articles },
  'backup/export': { request: { deliver: Deliver }, reply: DeliveredSchema },
  'backup/upload': {
    request: {
      upload: Id,
      index: v.pipe(v.number(), v.integer(), v.minValue(0)),
      text: v.pipe(v.string(), v.maxLength(IMPORT_PART_CHARS)),
    },
    reply: v.object({ received: v.number() }),
  },
  // The backup's text itself (`json`), or the `parts` of an `upload` sent before.
  'backup/import': {
    request: {
      json: v.optional(v.pipe(v.string(), v.maxLength(MAX_IMPORT_CHARS))),
      upload: v.optional(v.object({ id: Id, parts: ImportPartCount })),
    },
    reply: ImportOutcomeSchema,
  },
  'storage/status': { request: {}, reply: StorageStatusSchema },
  'settings/get': { request: {}, reply: SettingsSchema },
  // The team space (docs/sync.md). The password goes in with `team/join` and never comes back out.
  'team/status': { request: {}, reply: SyncStatusSchema },
  'team/join': { request: { space: TeamSpaceSchema }, reply: SyncStatusSchema },
  'team/leave': { request: {}, reply: SyncStatusSchema },
  'team/sync': { request: {}, reply: SyncStatusSchema },
  'settings/set': {
    request: {
      brief: v.optional(BriefOptionsPatch),
      obsidian: v.optional(ObsidianPatch),
      toolbar: v.optional(v.picklist(TOOLBAR_TARGETS)),
      pdfAutoOpen: v.optional(v.boolean()),
    },
    reply: SettingsSchema,
  },
  // The panel: scroll the tab to one of its highlights and flash it.
  'clips/show': { request: { tabId: TabId, id: Id }, reply: v.object({ shown: v.boolean() }) },
  // The saved copy (reader page): the stored article, its sanitisable HTML and its highlights.
  'article/copy': { request: { articleId: Id }, reply: SavedCopySchema },
  // The in-page frame (an extension page inside the tab) trades its one-time token for what it shows.
  'inpage/open': { request: { token: UiToken }, reply: InPageSessionSchema },
  'inpage/resize': {
    request: {
      token: UiToken,
      width: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(4_000)),
      height: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(4_000)),
    },
    reply: v.object({ resized: v.boolean() }),
  },
  'inpage/close': { request: { token: UiToken }, reply: v.object({ closed: v.boolean() }) },
});

type PageSpec = typeof pageChannel.spec;
export type PageRequestType = MessageType<PageSpec>;
export type PageRequest<T extends PageRequestType = PageRequestType> = RequestOf<PageSpec, T>;
export type PageRequestInput<T extends PageRequestType = PageRequestType> = RequestInputOf<PageSpec, T>;
export type PageReply<T extends PageRequestType> = ReplyOf<PageSpec, T>;
export type BriefOptionsPatch = v.InferOutput<typeof BriefOptionsPatch>;
