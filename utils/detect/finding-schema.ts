/**
 * What a finding is, as a schema: the one home of its shape. The detector's types (`types.ts`) are
 * inferred from it, the background's analysis reply is checked against it, and a test checks the
 * detector's own output against it. Offsets index into `Article.text`.
 */
import * as v from 'valibot';
import { DOCUMENT_TYPES, FIGURE_TYPES, MEASURE_TYPES, UNSUGGESTED_REASONS } from './types';

const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A half-open range `[start, end)` of the article text. */
export const TextSpanSchema = v.object({ start: Offset, end: Offset });

const base = {
  /** `text === articleText.slice(start, end)` (the first occurrence when `count > 1`). */
  text: v.string(),
  start: Offset,
  end: Offset,
  /** The clause (figures, documents) or sentence (measures) the finding sits in, trimmed. */
  context: v.string(),
  /** True when the popup lists it: what a researcher would keep. */
  suggested: v.boolean(),
  /** Set when `suggested` is false: see `UNSUGGESTED_REASONS`. */
  reason: v.optional(v.picklist(UNSUGGESTED_REASONS)),
  /** How many times the same item occurs in the text (one suggestion per distinct item). */
  count: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Every occurrence, the first one included, when `count > 1`. */
  occurrences: v.optional(v.array(TextSpanSchema)),
};

/** The date or year a figure refers to (`2020年` for `549353项`), found in the same sentence. */
export const FigurePeriodSchema = v.object({
  ...TextSpanSchema.entries,
  text: v.string(),
  /** ISO 8601 form, as the figure's `iso`. */
  iso: v.string(),
  deadline: v.optional(v.boolean()),
});

export const FigureFindingSchema = v.object({
  kind: v.literal('figure'),
  type: v.picklist(FIGURE_TYPES),
  ...base,
  /** The number as written (`28251.51` in `28251.51亿元`), or null for ranges, ratios and dates. */
  number: v.nullable(v.number()),
  /** Normalised value in base units (`28251.51亿元` → 2825151000000), or null when not numeric. */
  value: v.nullable(v.number()),
  /**
   * Unit of `value`: an ISO 4217 code for money (`CNY`, `USD`; a price per unit is `USD/W`), `%`, `pp`
   * (percentage points), `bp`, `GW`, `t`, `项`, `家`, `year` (durations), `date` for dates, `ratio`, `×`…
   * A count with a scale word but no unit word (`1.4亿`, `1.3 million`) has unit null.
   */
  unit: v.nullable(v.string()),
  /** The unit words as written, scale included (`亿元`, `days`, `percent`, `billion`), or null. */
  unitText: v.nullable(v.string()),
  /** For growth and decline (`增长32.3%`): the direction; the verb stays out of `text`. */
  direction: v.optional(v.picklist(['up', 'down'])),
  /** For dates: ISO 8601 form — `2020-12-31`, `2021-05`, `2025`, `--09-03` (no year), `2021/2023`. */
  iso: v.optional(v.string()),
  /** For dates: true for a deadline (`到2025年`, `by 2030`, `2025年底前`); its marker is part of `text`. */
  deadline: v.optional(v.boolean()),
  /**
   * The sentence (or, in a very long one, the clauses around the figure) that states it: what to save.
   * For a date (not suggested: the period of other figures) its clause, as `context`.
   */
  statement: TextSpanSchema,
  /** The date or year the figure refers to, when its sentence names one. */
  period: v.optional(FigurePeriodSchema),
});

export const DocumentFindingSchema = v.object({
  kind: v.literal('document'),
  type: v.picklist(DOCUMENT_TYPES),
  ...base,
});

export const MeasureFindingSchema = v.object({
  kind: v.literal('measure'),
  type: v.picklist(MEASURE_TYPES),
  ...base,
  /** Ranking score in [0, 1]: higher is a stronger, more specific measure. */
  score: v.number(),
});

export const FindingSchema = v.variant('kind', [
  FigureFindingSchema,
  DocumentFindingSchema,
  MeasureFindingSchema,
]);
