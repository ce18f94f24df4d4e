/**
 * The one clipping pipeline, shared by the extractor content script, the CLI and the benches:
 * a Document in, the article and the suggestions on it out. Findings index into `article.text`.
 */
import { detect } from './detect';
import type { Finding } from './detect/types';
import { extract } from './extract';
import type { Article, ExtractResult } from './extract/types';

export type PageAnalysis =
  | { ok: true; article: Article; findings: Finding[] }
  | Extract<ExtractResult, { ok: false }>;

export function analyzeDocument(doc: Document, url: string): PageAnalysis {
  const result = extract(doc, url);
  if (!result.ok) return result;
  return { ok: true, article: result.article, findings: detect(result.article.text, { lang: result.article.lang }) };
}
