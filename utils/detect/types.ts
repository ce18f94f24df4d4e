/** Findings: what the detector suggests the researcher highlight. Offsets index into `Article.text`. */
interface FindingBase {
  /** `text === articleText.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** The sentence or clause the finding sits in, trimmed. */
  context: string;
}

// The type lists exist at run time too: messages from the popup are checked against them.
export const FIGURE_TYPES = ['money', 'percent', 'count', 'quantity', 'date', 'ratio'] as const;
export type FigureType = (typeof FIGURE_TYPES)[number];

export interface FigureFinding extends FindingBase {
  kind: 'figure';
  type: FigureType;
  /** Normalised value in base units (`28251.51亿元` → 2825151000000), or null when not numeric (ratios, ranges). */
  value: number | null;
  /**
   * Unit of `value`: an ISO 4217 code for money (`CNY`, `USD`; a price per unit is `USD/W`), `%`, `pp`
   * (percentage points), `bp`, `GW`, `t`, `项`, `家`, `year` (durations), `date` for dates, `ratio`, `×`…
   * A count with a scale word but no unit word (`1.4亿`, `1.3 million`) has unit null.
   */
  unit: string | null;
  /** For growth and decline (`增长32.3%`, `up 2.4 percentage points`): the direction; the verb stays out of `text`. */
  direction?: 'up' | 'down';
  /** For dates: ISO 8601 form — `2020-12-31`, `2021-05`, `2025`, `--09-03` (no year), `2021/2023` (ranges). */
  iso?: string;
  /** For dates: true for a deadline (`到2025年`, `by 2030`, `2025年底前`); its marker is part of `text`. */
  deadline?: boolean;
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
