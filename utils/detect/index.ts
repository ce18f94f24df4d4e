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
  const all: Finding[] = [...documents, ...figures, ...measures];
  return all.sort((a, b) => a.start - b.start || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.end - b.end);
}

export { suggestedTags } from './tags';
export type { DocumentFinding, FigureFinding, Finding, FindingKind, MeasureFinding } from './types';
