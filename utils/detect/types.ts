/** Findings: what the detector suggests the researcher highlight. Offsets index into `Article.text`. */

/** A half-open range `[start, end)` of the article text. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Why a finding is not suggested (`suggested: false`): it is still reported, for what it tells about
 * other findings or for a complete machine-readable output, but the popup does not list it.
 * - `period`: a date, year or duration: the time a figure refers to (see `FigureFinding.period`).
 * - `source`: a newspaper, agency or journal: where the article's information comes from.
 * - `unlabelled`: a figure with no words stating what it counts (a table cell, a map legend).
 * - `detail`: a figure of the story's setting, not of the policy or economy (a count below ten, a
 *   distance, an area or a temperature without a policy cue).
 * - `work`: a book, play, film or song title, not a document a policy cites.
 */
export const UNSUGGESTED_REASONS = ['period', 'source', 'unlabelled', 'detail', 'work'] as const;
export type UnsuggestedReason = (typeof UNSUGGESTED_REASONS)[number];

interface FindingBase {
  /** `text === articleText.slice(start, end)` (the first occurrence when `count > 1`). */
  text: string;
  start: number;
  end: number;
  /** The clause (figures, documents) or sentence (measures) the finding sits in, trimmed. */
  context: string;
  /** True when the popup lists it: what a researcher would keep. */
  suggested: boolean;
  /** Set when `suggested` is false. */
  reason?: UnsuggestedReason;
  /** How many times the same item occurs in the text (one suggestion per distinct item). */
  count: number;
  /** Every occurrence, the first one included, when `count > 1`. */
  occurrences?: TextSpan[];
}

// The type lists exist at run time too: messages from the popup are checked against them.
export const FIGURE_TYPES = ['money', 'percent', 'count', 'quantity', 'date', 'ratio'] as const;
export type FigureType = (typeof FIGURE_TYPES)[number];

/** The date or year a figure refers to (`2020年` for `549353项`), found in the same sentence. */
export interface FigurePeriod extends TextSpan {
  text: string;
  /** ISO 8601 form, as `FigureFinding.iso`. */
  iso: string;
  deadline?: boolean;
}

export interface FigureFinding extends FindingBase {
  kind: 'figure';
  type: FigureType;
  /** The number as written (`28251.51` in `28251.51亿元`), or null for ranges, ratios and dates. */
  number: number | null;
  /** Normalised value in base units (`28251.51亿元` → 2825151000000), or null when not numeric (ratios, ranges). */
  value: number | null;
  /**
   * Unit of `value`: an ISO 4217 code for money (`CNY`, `USD`; a price per unit is `USD/W`), `%`, `pp`
   * (percentage points), `bp`, `GW`, `t`, `项`, `家`, `year` (durations), `date` for dates, `ratio`, `×`…
   * A count with a scale word but no unit word (`1.4亿`, `1.3 million`) has unit null.
   */
  unit: string | null;
  /** The unit words as written, scale included (`亿元`, `days`, `percent`, `billion`), or null. */
  unitText: string | null;
  /** For growth and decline (`增长32.3%`, `up 2.4 percentage points`): the direction; the verb stays out of `text`. */
  direction?: 'up' | 'down';
  /** For dates: ISO 8601 form — `2020-12-31`, `2021-05`, `2025`, `--09-03` (no year), `2021/2023` (ranges). */
  iso?: string;
  /** For dates: true for a deadline (`到2025年`, `by 2030`, `2025年底前`); its marker is part of `text`. */
  deadline?: boolean;
  /**
   * The sentence (or, in a very long one, the clauses around the figure) that states it: what to save.
   * For a date (not suggested: the period of other figures) its clause, as `context`.
   */
  statement: TextSpan;
  /** The date or year the figure refers to, when its sentence names one. */
  period?: FigurePeriod;
}

export const DOCUMENT_TYPES = ['policy', 'law', 'plan', 'report', 'media', 'other'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export interface DocumentFinding extends FindingBase {
  kind: 'document';
  type: DocumentType;
}

export const MEASURE_TYPES = [
  'funding',
  'tax-finance',
  'regulation',
  'target',
  'pilot',
  'institution',
  'talent',
  'other',
] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

export interface MeasureFinding extends FindingBase {
  kind: 'measure';
  type: MeasureType;
  /** Ranking score in [0, 1]: higher is a stronger, more specific measure. */
  score: number;
}

export type Finding = FigureFinding | DocumentFinding | MeasureFinding;
export type FindingKind = Finding['kind'];
