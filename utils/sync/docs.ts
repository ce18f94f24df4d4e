/**
 * The team replica's documents and their mapping to the store's records, both ways. What arrives from
 * the server was written by another member's extension (or anyone with the password): it is validated
 * with the store's own record schemas before it can reach the library.
 */
import * as v from 'valibot';
import { articleRecordSchema, clipRecordSchema, contentRecordSchema, LIMITS } from '../store/validation';
import type { ArticleContentRecord, ArticleRecord, ClipRecord } from '../store/types';
import { HighlightColourSchema } from '../vocabulary';
import { TagSchema, tagKey } from '../tags';
import type { RawDoc } from './replica-db';

const Author = v.pipe(v.string(), v.maxLength(LIMITS.author));
const Time = v.pipe(v.number(), v.finite(), v.minValue(0));
const Id = clipRecordSchema.entries.id;

/** A live clip: the record without the local `version` (each replica counts its own writes). */
const { version: _localVersion, ...clipEntries } = clipRecordSchema.entries;
export const LiveClipDocSchema = v.object({
  record: v.literal('clip'),
  ...clipEntries,
  author: Author,
});
/** A deleted clip: kept as a document so that the deletion replicates and the clip does not come back. */
export const ClipTombstoneSchema = v.object({
  record: v.literal('clip'),
  id: Id,
  articleId: Id,
  deleted: v.literal(true),
  deletedAt: Time,
  author: Author,
});
export const ClipBodySchema = v.union([ClipTombstoneSchema, LiveClipDocSchema]);
export type LiveClipBody = v.InferOutput<typeof LiveClipDocSchema>;
export type ClipTombstone = v.InferOutput<typeof ClipTombstoneSchema>;
export type ClipBody = LiveClipBody | ClipTombstone;

export const ArticleBodySchema = v.object({
  record: v.literal('article'),
  article: articleRecordSchema,
  author: Author,
});
export type ArticleBody = v.InferOutput<typeof ArticleBodySchema>;

/** The article's stored copy; `at`: when it was extracted (the newer copy wins). */
export const ContentBodySchema = v.object({
  record: v.literal('content'),
  content: contentRecordSchema,
  at: Time,
  author: Author,
});
export type ContentBody = v.InferOutput<typeof ContentBodySchema>;

export const TagColourBodySchema = v.object({
  record: v.literal('tagcolour'),
  tag: TagSchema,
  colour: HighlightColourSchema,
  at: Time,
  author: Author,
});
export type TagColourBody = v.InferOutput<typeof TagColourBodySchema>;

export type Body = ClipBody | ArticleBody | ContentBody | TagColourBody;

export const isTombstone = (body: ClipBody): body is ClipTombstone => 'deleted' in body && body.deleted;

/** Document ids: one namespace per record kind. */
export const docId = {
  clip: (id: string) => `clip:${id}`,
  article: (id: string) => `article:${id}`,
  content: (articleId: string) => `content:${articleId}`,
  tagColour: (tag: string) => `tagcolour:${tagKey(tag)}`,
};

export type DocKind = 'clip' | 'article' | 'content' | 'tagcolour';

export function kindOfDocId(id: string): DocKind | null {
  const kind = id.slice(0, id.indexOf(':'));
  return kind === 'clip' || kind === 'article' || kind === 'content' || kind === 'tagcolour' ? kind : null;
}

/** A document's body, validated; null for anything that is not one of ours (it is left alone). */
export function parseBody(doc: unknown): Body | null {
  if (typeof doc !== 'object' || doc === null) return null;
  const id: unknown = Reflect.get(doc, '_id');
  const kind = typeof id === 'string' ? kindOfDocId(id) : null;
  const schema =
    kind === 'clip'
      ? ClipBodySchema
      : kind === 'article'
        ? ArticleBodySchema
        : kind === 'content'
          ? ContentBodySchema
          : kind === 'tagcolour'
            ? TagColourBodySchema
            : null;
  if (!schema) return null;
  const parsed = v.safeParse(schema, doc);
  if (!parsed.success) return null;
  // The id must name the record it holds: a document cannot overwrite another record.
  const body = parsed.output;
  const expected =
    body.record === 'clip'
      ? docId.clip(body.id)
      : body.record === 'article'
        ? docId.article(body.article.id)
        : body.record === 'content'
          ? docId.content(body.content.articleId)
          : docId.tagColour(body.tag);
  return expected === id ? body : null;
}

type BodyOf<K extends Body['record']> = Extract<Body, { record: K }>;

/** The document's body when it is a valid record of `kind`; `foreign` when it exists but is not. */
export function bodyOfKind<K extends Body['record']>(
  doc: RawDoc | null | undefined,
  kind: K,
): { body: BodyOf<K> | null; foreign: boolean } {
  if (!doc) return { body: null, foreign: false };
  const body = parseBody(doc);
  return body?.record === kind ? { body: body as BodyOf<K>, foreign: false } : { body: null, foreign: true };
}

export function clipBody(clip: ClipRecord, author: string): LiveClipBody {
  const { version: _v, author: own, ...rest } = clip;
  return { record: 'clip', ...rest, author: own ?? author };
}

export function tombstone(
  clip: Pick<ClipRecord, 'id' | 'articleId'>,
  at: number,
  author: string,
): ClipTombstone {
  return { record: 'clip', id: clip.id, articleId: clip.articleId, deleted: true, deletedAt: at, author };
}

/** The store's record of a live clip body (the store assigns the local version). */
export function clipOfBody(body: LiveClipBody): Omit<ClipRecord, 'version'> {
  const { record: _r, ...clip } = body;
  return clip;
}

export const articleBody = (article: ArticleRecord, author: string): ArticleBody => ({
  record: 'article',
  article,
  author,
});

export const contentBody = (content: ArticleContentRecord, at: number, author: string): ContentBody => ({
  record: 'content',
  content,
  at,
  author,
});

/** Without the replication fields (`_id`, `_rev`, `_conflicts`…), for comparing contents. */
export function stripMeta<T extends object>(doc: T): T {
  return Object.fromEntries(Object.entries(doc).filter(([k]) => !k.startsWith('_'))) as T;
}

/** Same content, whatever the key order (documents come back from JSON in another order). */
export function sameBody(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, val: unknown) =>
    val && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(
          Object.entries(val)
            .filter(([k, x]) => x !== undefined && !k.startsWith('_'))
            .sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : val,
  );
}
