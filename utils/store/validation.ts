import * as v from 'valibot';
import { genreSchema, isoDate, policySchema } from '../extract/result-schema';
import { invalid } from './errors';
import { MAX_NOTE_VARIANTS, NoteVariantSchema } from '../merge/clip-edit';
import { TagListSchema } from '../tags';
import { ArticleKindSchema, ClipKindSchema, DEFAULT_COLOUR, HighlightColourSchema } from '../vocabulary';

/**
 * Shapes and size limits of everything the store accepts, from the extension (drafts, articles) or from
 * a backup file (records). One place, so an import cannot bring in what the UI could never have saved.
 * Unknown keys (`__proto__`, `constructor`, anything else) are dropped by `v.object`, never copied.
 */
export const LIMITS = {
  id: 128,
  url: 8_192,
  title: 2_000,
  source: 500,
  shortText: 1_000,
  excerpt: 5_000,
  quote: 100_000,
  note: 100_000,
  context: 100_000,
  fragment: 20_000,
  articleText: 2_000_000,
  articleHtml: 5_000_000,
  selectors: 10,
  selectorAffix: 1_000,
  author: 200,
} as const;

function text(max: number) {
  return v.pipe(
    v.string('must be text'),
    v.maxLength(max, `must be at most ${max.toLocaleString('en')} characters`),
  );
}

function nonEmptyText(max: number) {
  return v.pipe(text(max), v.minLength(1, 'must not be empty'));
}

const nullableText = (max: number) => v.nullable(text(max));

const id = v.pipe(
  nonEmptyText(LIMITS.id),
  v.regex(/^[\w.:-]+$/u, 'may only hold letters, digits and _ . : -'),
);

const timestamp = v.pipe(
  v.number('must be a number'),
  v.finite('must be finite'),
  v.minValue(0, 'must not be negative'),
);

const offset = v.pipe(
  v.number('must be a number'),
  v.safeInteger('must be an integer'),
  v.minValue(0, 'must not be negative'),
);

export const selectorSchema = v.variant(
  'type',
  [
    v.object({
      type: v.literal('TextQuoteSelector'),
      exact: text(LIMITS.quote),
      prefix: text(LIMITS.selectorAffix),
      suffix: text(LIMITS.selectorAffix),
    }),
    v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
    v.object({
      type: v.literal('PageSelector'),
      index: offset,
      label: text(LIMITS.shortText),
    }),
  ],
  'must be a TextQuoteSelector, a TextPositionSelector or a PageSelector',
);

const selectors = v.pipe(
  v.array(selectorSchema, 'must be a list'),
  v.maxLength(LIMITS.selectors, `must hold at most ${LIMITS.selectors} selectors`),
);
const tags = TagListSchema;
const kind = ClipKindSchema;
// A colour this build does not know (a hand-edited backup) is drawn in the default one.
const storedColour = v.fallback(HighlightColourSchema, DEFAULT_COLOUR);
// -0 would not survive a JSON backup (it comes back as 0): store it as 0 from the start.
const figureValue = v.nullable(
  v.pipe(
    v.number('must be a number'),
    v.finite('must be finite'),
    v.transform((n) => (Object.is(n, -0) ? 0 : n)),
  ),
);

/**
 * A figure saved with its statement (`quote`): the figure as written, where it starts in the quote
 * (UTF-16 offset) for emphasis, the number as written and its unit words. `value`/`unit` beside it are
 * the normalised figure.
 */
export const clipFigureSchema = v.object({
  text: nonEmptyText(LIMITS.shortText),
  at: offset,
  number: figureValue,
  unitText: nullableText(LIMITS.shortText),
});

/** Optional article fields from extraction (official-document record, genre, revision date). */
const officialFields = {
  policy: v.optional(policySchema),
  genre: v.optional(genreSchema),
  revised: v.optional(isoDate),
};

/**
 * What the article was read from: `kind` (absent: a web page) and, for a PDF, pdf.js's fingerprint of
 * the file (hex), which finds the article when the same file is opened from another address.
 */
const sourceFields = {
  kind: v.optional(ArticleKindSchema),
  fingerprint: v.optional(
    v.pipe(text(LIMITS.id), v.regex(/^[0-9a-f]+$/u, 'must be a hexadecimal fingerprint')),
  ),
};

export const articleRecordSchema = v.object({
  id,
  url: nonEmptyText(LIMITS.url),
  originalUrl: text(LIMITS.url),
  pageUrls: v.pipe(
    v.array(text(LIMITS.url), 'must be a list'),
    v.maxLength(100, 'must hold at most 100 URLs'),
  ),
  canonicalUrl: nullableText(LIMITS.url),
  title: text(LIMITS.title),
  source: text(LIMITS.source),
  byline: nullableText(LIMITS.shortText),
  published: nullableText(LIMITS.shortText),
  lang: nullableText(LIMITS.shortText),
  excerpt: text(LIMITS.excerpt),
  ...officialFields,
  ...sourceFields,
  clippedAt: timestamp,
  updatedAt: timestamp,
});

export const contentRecordSchema = v.object({
  articleId: id,
  text: text(LIMITS.articleText),
  contentHtml: text(LIMITS.articleHtml),
  ...officialFields,
});

export const clipRecordSchema = v.object({
  id,
  articleId: id,
  quote: nonEmptyText(LIMITS.quote),
  selectors,
  kind,
  type: nullableText(LIMITS.shortText),
  value: figureValue,
  unit: nullableText(LIMITS.shortText),
  /** Set on a figure saved with its statement; absent or null on every other clip (and older figures). */
  figure: v.optional(v.nullable(clipFigureSchema)),
  context: text(LIMITS.context),
  tags,
  note: text(LIMITS.note),
  colour: storedColour,
  fragment: text(LIMITS.fragment),
  createdAt: timestamp,
  updatedAt: timestamp,
  /** Bumped by every write: what a surface showed is stale when the stored version is higher. */
  version: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(1)), 1),
  /** Note versions written elsewhere that could not be merged, for the user to choose (`resolveNote`). */
  noteVariants: v.optional(v.pipe(v.array(NoteVariantSchema), v.maxLength(MAX_NOTE_VARIANTS)), []),
  /** Who clipped or last edited it, in a team library (a member's user name); absent otherwise. */
  author: v.optional(text(LIMITS.author)),
});

export const clipDraftSchema = v.object({
  articleId: id,
  quote: nonEmptyText(LIMITS.quote),
  selectors,
  kind: v.optional(kind),
  type: v.optional(nullableText(LIMITS.shortText)),
  value: v.optional(figureValue),
  unit: v.optional(nullableText(LIMITS.shortText)),
  figure: v.optional(v.nullable(clipFigureSchema)),
  context: v.optional(text(LIMITS.context)),
  tags: v.optional(tags),
  note: v.optional(text(LIMITS.note)),
  colour: v.optional(HighlightColourSchema),
  fragment: v.optional(text(LIMITS.fragment)),
});

export const clipAnchorSchema = v.object({
  quote: nonEmptyText(LIMITS.quote),
  selectors,
  context: v.optional(text(LIMITS.context)),
  fragment: v.optional(text(LIMITS.fragment)),
});

export const articleInputSchema = v.object({
  url: nonEmptyText(LIMITS.url),
  canonicalUrl: nullableText(LIMITS.url),
  title: text(LIMITS.title),
  source: text(LIMITS.source),
  byline: nullableText(LIMITS.shortText),
  published: nullableText(LIMITS.shortText),
  lang: nullableText(LIMITS.shortText),
  excerpt: text(LIMITS.excerpt),
  text: text(LIMITS.articleText),
  contentHtml: text(LIMITS.articleHtml),
  ...officialFields,
  ...sourceFields,
});

/** `clips[57].quote` from a base name and a valibot issue path. */
export function issuePath(base: string, issue: v.BaseIssue<unknown>): string {
  let path = base;
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
  }
  return path;
}

/** The parsed value, or a StoreError ('invalid') naming the first bad field under `base`. */
export function parseOrThrow<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  base: string,
): v.InferOutput<S> {
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return result.output;
  const issue = result.issues[0];
  throw invalid(issue.message, issuePath(base, issue) || base || 'value');
}
