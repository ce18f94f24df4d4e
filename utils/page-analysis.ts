/**
 * An extraction result plus the suggestions detected on its text: what the popup shows. Kept apart from
 * `pipeline.ts` so that the background, which runs detection on the extractor's answer, does not bundle
 * the extraction code (Readability) it never runs.
 */
import { detect } from './detect';
import type { Finding } from './detect/types';
import type { Article, ExtractResult } from './extract/types';

export type PageAnalysis =
  { ok: true; article: Article; findings: Finding[] } | Extract<ExtractResult, { ok: false }>;

export function analyzeExtraction(result: ExtractResult): PageAnalysis {
  if (!result.ok) return result;
  return {
    ok: true,
    article: result.article,
    findings: detect(result.article.text, { lang: result.article.lang }),
  };
}
