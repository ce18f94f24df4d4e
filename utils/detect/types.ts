/** Findings: what the detector suggests the researcher highlight. Offsets index into `Article.text`. */
interface FindingBase {
  /** `text === articleText.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** The sentence or clause the finding sits in, trimmed. */
  context: string;
}

export type FigureType = 'money' | 'percent' | 'count' | 'quantity' | 'date' | 'ratio';

export interface FigureFinding extends FindingBase {
  kind: 'figure';
  type: FigureType;
  /** Normalised value in base units (`28251.51亿元` → 2825151000000), or null when not numeric (ratios, ranges). */
  value: number | null;
  /** Unit of `value`: an ISO 4217 code for money (`CNY`, `USD`), `%`, `pp` (percentage points), `GW`, `项`, `date`… */
  unit: string | null;
}

export type DocumentType = 'policy' | 'law' | 'plan' | 'report' | 'media' | 'other';

export interface DocumentFinding extends FindingBase {
  kind: 'document';
  type: DocumentType;
}

export type MeasureType =
  | 'funding'
  | 'tax-finance'
  | 'regulation'
  | 'target'
  | 'pilot'
  | 'institution'
  | 'talent'
  | 'other';

export interface MeasureFinding extends FindingBase {
  kind: 'measure';
  type: MeasureType;
  /** Ranking score in [0, 1]: higher is a stronger, more specific measure. */
  score: number;
}

export type Finding = FigureFinding | DocumentFinding | MeasureFinding;
export type FindingKind = Finding['kind'];
