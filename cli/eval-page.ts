/** One corpus page through the extension's pipeline (extract, then detect), as the eval reads it. */
import { analyzeDocument } from '../utils/pipeline';
import type { Finding } from '../utils/detect/types';
import type { CorpusPage } from './eval-corpus';
import { parseHtmlDocument } from './html-document';
import { loadPage } from './load-page';

export type PageAnalysisResult =
  { ok: true; text: string; lang: string | null; findings: Finding[] } | { ok: false; message: string };

export function analysePage(page: CorpusPage): PageAnalysisResult {
  const loaded = loadPage(page.html);
  if (!loaded.ok) return { ok: false, message: loaded.message };
  const result = analyzeDocument(parseHtmlDocument(loaded.html, page.url), page.url);
  if (!result.ok) return { ok: false, message: `${result.reason}: ${result.message}` };
  return { ok: true, text: result.article.text, lang: result.article.lang, findings: result.findings };
}
