/**
 * Findings: what the detector suggests the researcher highlight. The vocabularies live here; the
 * shapes are the schemas' (`finding-schema.ts`), their types inferred.
 */
import type * as v from 'valibot';
import type {
  DocumentFindingSchema,
  FigureFindingSchema,
  FigurePeriodSchema,
  MeasureFindingSchema,
  TextSpanSchema,
} from './finding-schema';

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

// The type lists exist at run time too: messages from the popup are checked against them.
export const FIGURE_TYPES = ['money', 'percent', 'count', 'quantity', 'date', 'ratio'] as const;
export type FigureType = (typeof FIGURE_TYPES)[number];

export const DOCUMENT_TYPES = ['policy', 'law', 'plan', 'report', 'media', 'other'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

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

export type TextSpan = v.InferOutput<typeof TextSpanSchema>;
export type FigurePeriod = v.InferOutput<typeof FigurePeriodSchema>;
export type FigureFinding = v.InferOutput<typeof FigureFindingSchema>;
export type DocumentFinding = v.InferOutput<typeof DocumentFindingSchema>;
export type MeasureFinding = v.InferOutput<typeof MeasureFindingSchema>;
export type Finding = FigureFinding | DocumentFinding | MeasureFinding;
export type FindingKind = Finding['kind'];
