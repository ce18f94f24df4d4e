/**
 * The `Article` of a PDF: the same fields a web page gets, each from the best place the PDF has it.
 * Title: a standing-out first-page heading, else a usable metadata title, else any first-page heading,
 * else the file name. Source (what a quote is cited to): the issuer, else the metadata author, else the
 * host (a local file's name). Published: a labelled date, the signature's date, a date line on the first page, the file's
 * creation date — in that order.
 */
import { cleanByline, EXCERPT_MAX_LENGTH } from '../extract/article-metadata';
import { resolveLang } from '../extract/lang';
import { cleanInline, readingWeight, truncate } from '../extract/text-normalise';
import type { Article } from '../extract/types';
import type { FrontMatter } from './front-matter';
import type { PdfDateSource, PdfInfo } from './types';

/** Metadata titles that are a file name or a template's placeholder, not the document's title. */
const FILE_NAME_TITLE = /\.(?:docx?|wps|pdf|xlsx?|pptx?|txt|rtf|indd|tmp|ps)$/i;
const APPLICATION_TITLE =
  /^(?:microsoft\s+(?:word|powerpoint|excel)|untitled|无标题|新建|document|文档|presentation|slide)\b/i;
const PLACEHOLDER_TITLE = /^(?:title|标题|untitled|无标题|document\s*\d*|文档\s*\d*|[\d\s._-]*)$/i;

/** Author fields a computer filled in with its user account, naming nobody. */
const MACHINE_AUTHORS = new Set([
  'user',
  'owner',
  'pc',
  'lenovo',
  'dell',
  'hp',
  'microsoft',
  'windows user',
  'windows 用户',
  '微软用户',
  '微软中国',
  '用户',
  '雨林木风',
  '番茄花园',
  'china',
  'ibm',
]);

const EXCERPT_MIN_WEIGHT = 90;

export function usableTitle(title: string | null): string | null {
  if (!title) return null;
  const cleaned = cleanInline(title);
  if (FILE_NAME_TITLE.test(cleaned) || APPLICATION_TITLE.test(cleaned) || PLACEHOLDER_TITLE.test(cleaned))
    return null;
  return readingWeight(cleaned) >= 6 ? cleaned : null;
}

export function usableAuthor(author: string | null): string | null {
  const cleaned = cleanByline(author);
  return cleaned && !MACHINE_AUTHORS.has(cleaned.toLowerCase()) ? cleaned : null;
}

/** `%E9%99%84%E4%BB%B6` → `附件`; a malformed escape is left as it is. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `…/files/2017-47.pdf?x=1` → `2017-47`. */
export function fileNameTitle(url: string): string {
  try {
    const parsed = new URL(url);
    const name = safeDecode(parsed.pathname.split('/').pop() ?? '');
    return name.replace(/\.pdf$/i, '') || parsed.hostname || 'PDF';
  } catch {
    return 'PDF';
  }
}

/** Who published a PDF nothing else names: the host, or for a local file its name. */
function fallbackSource(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.hostname.replace(/^www\./, '') || `${fileNameTitle(url)}.pdf`;
  } catch {
    return 'PDF';
  }
}

function pickTitle(front: FrontMatter, info: PdfInfo, url: string): string {
  if (front.heading?.strong) return front.heading.text;
  return usableTitle(info.title) ?? front.heading?.text ?? fileNameTitle(url);
}

function pickPublished(front: FrontMatter, info: PdfInfo): [string | null, PdfDateSource] {
  if (front.labelledDate) return [front.labelledDate, 'labelled'];
  if (front.policy.signedOn) return [front.policy.signedOn, 'signature'];
  if (front.dateLine) return [front.dateLine, 'first-page'];
  if (info.created) return [info.created, 'info'];
  return [null, null];
}

function pickExcerpt(text: string, title: string): string {
  const blocks = text.split('\n\n', 30).filter((b) => b !== title);
  const paragraph =
    blocks.find((b) => readingWeight(b, EXCERPT_MIN_WEIGHT) >= EXCERPT_MIN_WEIGHT) ?? blocks[0] ?? '';
  return truncate(cleanInline(paragraph), EXCERPT_MAX_LENGTH);
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One `<p>` per paragraph of the text (the PDF has no markup of its own to keep). */
export function paragraphsHtml(text: string): string {
  return text
    .split('\n\n')
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

export function buildPdfArticle(
  text: string,
  front: FrontMatter,
  info: PdfInfo,
  url: string,
): { article: Article; publishedFrom: PdfDateSource } {
  const title = pickTitle(front, info, url);
  const author = usableAuthor(info.author);
  const source = front.policy.issuer ?? author ?? fallbackSource(url);
  const [published, publishedFrom] = pickPublished(front, info);
  return {
    article: {
      title,
      source,
      byline: author && author !== source ? author : null,
      published,
      lang: resolveLang([info.lang], text),
      url,
      canonicalUrl: null,
      excerpt: pickExcerpt(text, title),
      contentHtml: paragraphsHtml(text),
      text,
      length: text.length,
    },
    publishedFrom,
  };
}
