/**
 * The shape of what the extractor script hands back from the tab. It crosses a trust boundary (it was
 * computed inside a page we do not control), so the background checks it before detection, caching or
 * storage read a single field of it.
 */
import * as v from 'valibot';
import { NO_ARTICLE_DETAILS, type ExtractResult } from './types';

const nullableString = v.nullable(v.string());
export const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const field = v.nullable(v.pipe(v.string(), v.maxLength(500)));

export const genreSchema = v.picklist(['news', 'reference']);

/** `Article.policy` (the store validates stored and imported records with it too). */
export const policySchema = v.object({
  issuer: field,
  docNumber: field,
  indexNumber: field,
  written: v.nullable(isoDate),
  published: v.nullable(isoDate),
  docType: field,
  topic: field,
});

/** An extracted article (`Article`), as the extractor and the background's analysis hand it on. */
export const ArticleSchema = v.object({
  title: v.string(),
  source: v.string(),
  byline: nullableString,
  published: v.nullable(isoDate),
  lang: nullableString,
  url: v.string(),
  canonicalUrl: nullableString,
  excerpt: v.string(),
  contentHtml: v.string(),
  text: v.string(),
  length: v.pipe(v.number(), v.integer(), v.minValue(0)),
  policy: v.optional(policySchema),
  genre: v.optional(genreSchema),
  revised: v.optional(isoDate),
});

const failureEntries = [
  { reason: v.literal('no-article'), detail: v.picklist(NO_ARTICLE_DETAILS) },
  { reason: v.literal('empty') },
  { reason: v.literal('too-large'), elements: v.number(), limit: v.number() },
  { reason: v.literal('not-html'), contentType: nullableString },
] as const;

/** Why a page has no article (`ExtractFailure`), with its English `message`. */
export const FailureSchema = v.variant('reason', [
  v.object({ message: v.string(), ...failureEntries[0] }),
  v.object({ message: v.string(), ...failureEntries[1] }),
  v.object({ message: v.string(), ...failureEntries[2] }),
  v.object({ message: v.string(), ...failureEntries[3] }),
]);

const resultSchema = v.union([
  v.object({ ok: v.literal(true), article: ArticleSchema }),
  v.pipe(
    v.intersect([v.object({ ok: v.literal(false) }), FailureSchema]),
    v.transform((failure) => ({ ...failure, ok: false as const })),
  ),
]);

/** The extractor's answer when it has the shape of an `ExtractResult` (unknown keys dropped), else null. */
export function parseExtractResult(value: unknown): ExtractResult | null {
  const parsed = v.safeParse(resultSchema, value);
  if (!parsed.success) return null;
  // `text` is the string every finding's offsets index into: `length` must describe it, not the page's claim.
  return parsed.output.ok
    ? { ok: true, article: { ...parsed.output.article, length: parsed.output.article.text.length } }
    : parsed.output;
}
