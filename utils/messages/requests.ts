/**
 * Every message the background answers, as valibot schemas: the TypeScript types are inferred from
 * them, so the validation and the types cannot drift apart. Limits are generous for real use and small
 * enough that a hostile or buggy sender cannot make the background store megabytes of junk.
 */
import * as v from 'valibot';
import { DOCUMENT_TYPES, FIGURE_TYPES, MEASURE_TYPES } from '../detect/types';
import { TagListSchema, TagSchema } from '../tags';
import {
  BriefPreferencesSchema,
  CLIP_KINDS,
  CLIP_ORDERS,
  ClipKindSchema,
  DELIVERIES,
  HighlightColourSchema,
} from '../vocabulary';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const Url = v.pipe(v.string(), v.maxLength(8192), v.url());
const Tag = TagSchema;
const Tags = TagListSchema;
const Ids = v.pipe(v.array(Id), v.minLength(1), v.maxLength(20_000));
const Colour = HighlightColourSchema;
const Note = v.pipe(v.string(), v.maxLength(100_000));
const Kind = ClipKindSchema;
const IsoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

const BriefOptionsPatch = v.partial(v.strictObject(BriefPreferencesSchema.entries));
const Deliver = v.picklist(DELIVERIES);

export const ClipQuerySchema = v.strictObject({
  articleId: v.optional(Id),
  tags: v.optional(Tags),
  source: v.optional(v.pipe(v.string(), v.maxLength(500))),
  from: v.optional(IsoDate),
  to: v.optional(IsoDate),
  kinds: v.optional(v.pipe(v.array(Kind), v.maxLength(CLIP_KINDS.length))),
  text: v.optional(v.pipe(v.string(), v.maxLength(500))),
  order: v.optional(v.picklist(CLIP_ORDERS)),
  offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500))),
});

/** A finding the user picked in the popup, located in the page by its text and context. */
const pickFields = {
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(10_000)),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  context: v.pipe(v.string(), v.maxLength(20_000)),
  value: v.optional(v.nullable(v.number())),
  unit: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(40)))),
};
// The type must be one the detector gives that kind: it becomes the clip's `kind/type` tag.
const FindingPick = v.variant('kind', [
  v.strictObject({ kind: v.literal('figure'), type: v.picklist(FIGURE_TYPES), ...pickFields }),
  v.strictObject({ kind: v.literal('measure'), type: v.picklist(MEASURE_TYPES), ...pickFields }),
  v.strictObject({ kind: v.literal('document'), type: v.picklist(DOCUMENT_TYPES), ...pickFields }),
]);

/** Messages only the extension's own pages (popup, library) may send. */
export const PageRequestSchema = v.variant('type', [
  // `reuse`: answer at once from the tab's last analysis when the tab has not navigated since (the
  // popup then asks again without it, to refresh what it shows).
  v.strictObject({ type: v.literal('page/analyze'), tabId: TabId, reuse: v.optional(v.boolean()) }),
  v.strictObject({ type: v.literal('article/save'), tabId: TabId }),
  v.strictObject({
    type: v.literal('brief/article'),
    articleId: Id,
    deliver: Deliver,
    options: v.optional(BriefOptionsPatch),
  }),
  v.strictObject({
    type: v.literal('brief/clips'),
    clipIds: Ids,
    deliver: Deliver,
    title: v.optional(v.pipe(v.string(), v.maxLength(200))),
    options: v.optional(BriefOptionsPatch),
  }),
  v.strictObject({ type: v.literal('csv/figures'), clipIds: Ids, deliver: Deliver }),
  v.strictObject({
    type: v.literal('highlight/selection'),
    tabId: TabId,
    tags: v.optional(Tags),
    colour: v.optional(Colour),
  }),
  v.strictObject({
    type: v.literal('highlight/findings'),
    tabId: TabId,
    findings: v.pipe(v.array(FindingPick), v.minLength(1), v.maxLength(500)),
  }),
  v.strictObject({ type: v.literal('clips/forTab'), tabId: TabId }),
  v.strictObject({ type: v.literal('clips/list'), query: ClipQuerySchema }),
  v.strictObject({ type: v.literal('clips/ids'), query: ClipQuerySchema }),
  v.strictObject({ type: v.literal('sources/list') }),
  v.strictObject({ type: v.literal('clips/get'), ids: Ids }),
  v.strictObject({
    type: v.literal('clips/update'),
    id: Id,
    patch: v.strictObject({ tags: v.optional(Tags), note: v.optional(Note), colour: v.optional(Colour) }),
  }),
  // `tabId`: the page showing these clips (popup), so its highlights disappear or come back at once.
  v.strictObject({ type: v.literal('clips/delete'), ids: Ids, tabId: v.optional(TabId) }),
  v.strictObject({ type: v.literal('clips/restore'), token: Id, tabId: v.optional(TabId) }),
  v.strictObject({ type: v.literal('clips/reattach'), tabId: TabId, id: Id }),
  v.strictObject({ type: v.literal('tags/list') }),
  v.strictObject({ type: v.literal('tags/add'), ids: Ids, tags: Tags }),
  v.strictObject({ type: v.literal('tags/remove'), ids: Ids, tags: Tags }),
  v.strictObject({ type: v.literal('tags/rename'), from: Tag, to: Tag }),
  v.strictObject({
    type: v.literal('tags/merge'),
    sources: v.pipe(v.array(Tag), v.minLength(1)),
    target: Tag,
  }),
  v.strictObject({ type: v.literal('tags/colour'), tag: Tag, colour: Colour }),
  v.strictObject({ type: v.literal('articles/list') }),
  v.strictObject({ type: v.literal('backup/export'), deliver: Deliver }),
  v.strictObject({ type: v.literal('backup/import'), json: v.pipe(v.string(), v.maxLength(200_000_000)) }),
  v.strictObject({ type: v.literal('storage/status') }),
  v.strictObject({ type: v.literal('settings/get') }),
  v.strictObject({ type: v.literal('settings/set'), brief: BriefOptionsPatch }),
]);

/**
 * Messages a content script may send. Each names the page URL it is about; the background checks it is
 * the sender tab's own page, so a script in one page can never read or change another page's clips.
 */
export const ContentRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('content/hasClips'), url: Url, canonicalUrl: v.optional(Url) }),
  v.strictObject({ type: v.literal('content/clips'), url: Url, canonicalUrl: v.optional(Url) }),
  v.strictObject({
    type: v.literal('content/anchored'),
    url: Url,
    anchored: v.pipe(v.array(Id), v.maxLength(20_000)),
    orphans: v.pipe(v.array(Id), v.maxLength(20_000)),
  }),
  v.strictObject({
    type: v.literal('content/updateClip'),
    url: Url,
    id: Id,
    patch: v.strictObject({ tags: v.optional(Tags), note: v.optional(Note), colour: v.optional(Colour) }),
  }),
  v.strictObject({ type: v.literal('content/deleteClip'), url: Url, id: Id }),
  // Undo of the page's own delete: restored only when the clips are this page's (content-handlers).
  v.strictObject({ type: v.literal('content/restoreClip'), url: Url, token: Id }),
]);

export type PageRequest = v.InferOutput<typeof PageRequestSchema>;
export type ContentRequest = v.InferOutput<typeof ContentRequestSchema>;
export type Request = PageRequest | ContentRequest;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;
export type ClipQuery = v.InferOutput<typeof ClipQuerySchema>;
export type FindingPick = v.InferOutput<typeof FindingPick>;
export type BriefOptionsPatch = v.InferOutput<typeof BriefOptionsPatch>;
