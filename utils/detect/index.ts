/**
 * The detector: article text in, findings out. Pure and synchronous; the same call runs in the
 * extension (on the extractor's `Article.text`) and in Node (tests, `npm run clip`, the bench).
 */
import type { Finding } from './types';
import { detectDocuments } from './documents';
import { detectFigures } from './figures';
import { detectMeasures } from './measures';
import { mergeDuplicates } from './merge';
import { segment } from './segments';

export interface DetectOptions {
  /**
   * BCP 47 tag of the page (`Article.lang`). Only decides what an unqualified `元` is: CNY, or TWD on
   * `zh-TW` / `zh-Hant-TW` pages, HKD on `zh-HK`. Every rule table runs whatever the language, because
   * Chinese pages cite English names and English pages quote Chinese.
   */
  lang?: string | null;
}

const KIND_ORDER: Record<Finding['kind'], number> = { document: 0, figure: 1, measure: 2 };

/**
 * Every occurrence of every finding, sorted by start, then kind (document, figure, measure); each has
 * `count: 1`. A paragraph's occurrences do not depend on the other paragraphs.
 */
export function detectOccurrences(text: string, options: DetectOptions = {}): Finding[] {
  const segmentation = segment(text);
  const documents = detectDocuments(text, segmentation);
  const figures = detectFigures(text, segmentation, documents, options.lang);
  const measures = detectMeasures(text, segmentation, documents, figures);
  return mergeSorted(mergeSorted(documents, figures), measures);
}

/**
 * Findings of `text`: one per distinct item (`count`, `occurrences`), at its first occurrence, sorted
 * by start, then kind. Those with `suggested: false` (dates, sources…) are for machines, not the popup.
 */
export function detect(text: string, options: DetectOptions = {}): Finding[] {
  return mergeDuplicates(text, detectOccurrences(text, options));
}

const before = (a: Finding, b: Finding): boolean =>
  a.start < b.start ||
  (a.start === b.start && (KIND_ORDER[a.kind] < KIND_ORDER[b.kind] || (a.kind === b.kind && a.end <= b.end)));

/** Each kind comes out sorted by start: merge them in one pass. */
function mergeSorted(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  const merged: Finding[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length)
    merged.push(before(a[i] as Finding, b[j] as Finding) ? (a[i++] as Finding) : (b[j++] as Finding));
  while (i < a.length) merged.push(a[i++] as Finding);
  while (j < b.length) merged.push(b[j++] as Finding);
  return merged;
}

export { rankFindings, type RankedFindings, type RankOptions } from './rank';
export type { DocumentFinding, FigureFinding, Finding, FindingKind, MeasureFinding } from './types';
