/**
 * The detector: article text in, findings out. Pure and synchronous; the same call runs in the
 * extension (on the extractor's `Article.text`) and in Node (tests, `npm run clip`, the bench).
 */
import type { Finding } from './types';
import { detectDocuments } from './documents';
import { detectFigures } from './figures';
import { detectMeasures } from './measures';
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

/** Figures, cited documents and measures of `text`, sorted by start, then kind (document, figure, measure). */
export function detect(text: string, options: DetectOptions = {}): Finding[] {
  const segmentation = segment(text);
  const documents = detectDocuments(text, segmentation);
  const figures = detectFigures(text, segmentation, documents, options.lang);
  const measures = detectMeasures(text, segmentation, documents, figures);
  return mergeSorted(mergeSorted(documents, figures), measures);
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

export { suggestedTags } from './tags';
export type { DocumentFinding, FigureFinding, Finding, FindingKind, MeasureFinding } from './types';
