/**
 * The one clipping pipeline, shared by the extension, the CLI and the benches: a Document in, the
 * article and the suggestions on it out. Findings index into `article.text`.
 *
 * In the extension the two halves run apart: the extractor script runs `extract` in the tab and the
 * background runs `analyzeExtraction` on its (checked) answer. Detection needs no DOM, and in the
 * long-lived worker its rule tables are built once, not on every injection into a page.
 */
import { extract } from './extract';
import { analyzeExtraction, type PageAnalysis } from './page-analysis';

export { analyzeExtraction, type PageAnalysis } from './page-analysis';

export function analyzeDocument(doc: Document, url: string): PageAnalysis {
  return analyzeExtraction(extract(doc, url));
}
