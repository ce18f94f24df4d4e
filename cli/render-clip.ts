/**
 * The one place `clip` turns an article into output. `json` is the documented machine format; `md` is
 * the article's brief as the extension would export it with every suggestion clipped; `csl`, `ris` and
 * `bibtex` are its citation (accessed today) for Zotero and other reference managers.
 */
import type { Finding } from '../utils/detect/types';
import type { Article } from '../utils/extract/types';
import type { ClipFormat } from './clip-args';
import { defaultBriefOptions, renderArticleBrief } from '../utils/brief';
import { pageAt, type PdfAnalysis, type PdfFacts } from '../utils/pdf';
import { suggestedBrief } from '../utils/suggested-clips';
import { renderCitations } from '../utils/cite';

/**
 * `clip --format json`: exactly these article fields, then the findings (offsets index `article.text`).
 * `policy` is the official document's record, null on other pages.
 */
export interface ClipJson {
  article: Pick<
    Article,
    'title' | 'source' | 'byline' | 'published' | 'lang' | 'url' | 'text' | 'excerpt'
  > & {
    policy: NonNullable<Article['policy']> | null;
  };
  findings: Finding[];
}

export function toClipJson(article: Article, findings: Finding[]): ClipJson {
  const { title, source, byline, published, lang, url, text, excerpt } = article;
  const policy = article.policy ?? null;
  return { article: { title, source, byline, published, lang, url, text, excerpt, policy }, findings };
}

/** `YYYY-MM-DD` of `date` in the machine's zone: the access date a citation gives. */
function localDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function renderClip(
  format: ClipFormat,
  article: Article,
  findings: Finding[],
  clippedAt: Date,
  pdf?: PdfFacts,
): string {
  if (format === 'json') return `${JSON.stringify(toClipJson(article, findings), null, 2)}\n`;
  const { article: record, content, clips } = suggestedBrief(article, findings, clippedAt.getTime(), pdf);
  if (format === 'csl' || format === 'ris' || format === 'bibtex')
    return renderCitations(format, [record], [{ accessed: localDate(clippedAt) }]);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return renderArticleBrief(
    { article: record, content, clips },
    { ...defaultBriefOptions(clippedAt), timeZone },
  );
}

/** `clip FILE.pdf --format json`: as for a page, each finding with its page, and the PDF's own facts. */
export interface PdfClipJson extends Omit<ClipJson, 'findings'> {
  findings: (Finding & { page: number | null })[];
  /** The runs tying text to pdf.js items stay out: they serve the reader, not a reader of JSON. */
  pdf: Omit<PdfFacts, 'pages'> & { pages: { page: number; start: number; end: number }[] };
}

export function toPdfClipJson(result: Extract<PdfAnalysis, { ok: true }>): PdfClipJson {
  const { article, findings, pdf } = result;
  return {
    article: toClipJson(article, []).article,
    findings: findings.map((f) => ({ ...f, page: pageAt(pdf.pages, f.start) })),
    pdf: { ...pdf, pages: pdf.pages.map(({ page, start, end }) => ({ page, start, end })) },
  };
}

/** A PDF's clip: its brief cites each quote's page and links to the page of the original address. */
export function renderPdfClip(
  format: ClipFormat,
  result: Extract<PdfAnalysis, { ok: true }>,
  clippedAt: Date,
): string {
  if (format === 'json') return `${JSON.stringify(toPdfClipJson(result), null, 2)}\n`;
  return renderClip(format, result.article, result.findings, clippedAt, result.pdf);
}
