/**
 * `extract`: a Document and its URL in, an `Article` or a failure (as a value) out. Runs on a live page
 * (content script) and on a jsdom Document (CLI, tests, bench) alike, and never changes the Document:
 * Readability works on a clone, everything else only reads.
 *
 * Cost: one Readability run plus reads bounded by the head, a few headings, a small window of text around
 * the headline and Readability's own output; the bench holds it to ≤ 1.15 × raw Readability.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { runReadability } from './run-readability';
import { judgeArticle } from './article-check';
import { pickByline, pickExcerpt, pickPublished, pickSource } from './article-metadata';
import { removeBoilerplate, removeRepeatedTitle } from './boilerplate';
import {
  LANG_META_KEYS,
  MODIFIED_META_KEYS,
  firstMeta,
  readHeadMetadata,
  type HeadMetadata,
} from './head-metadata';
import { readInlineMetadata, type InlineMetadata } from './inline-metadata';
import { closingDate } from './inline-dates';
import { scanPage } from './page-scan';
import { yearWith, type YearOf } from './dates';
import { urlDate, yearOfUrlDate } from './url-date';
import { removeTrailingTeasers } from './teasers';
import { shortItemUnder } from './short-item';
import { resolveLang } from './lang';
import { descendants, leafBlocks } from './dom';
import { htmlToPlainText } from './plain-text';
import { sanitizeContent } from './sanitize';
import { chooseTitle, headingText, type Heading } from './title';
import { cleanInline } from './text-normalise';
import { FAILURE_MESSAGES, UNREADABLE } from './failure-messages';
import { findHeaderTable, mayBeOfficial, readPolicy, removeHeader, type HeaderValues } from './policy';
import { isReferenceWork, readGenre, revisionDate } from './genre';
import type { ExtractFailure, ExtractOptions, ExtractResult } from './types';

export { FAILURE_MESSAGES } from './failure-messages';
export type {
  Article,
  ArticleGenre,
  PolicyMetadata,
  ExtractFailure,
  ExtractFailureReason,
  ExtractOptions,
  ExtractResult,
  NoArticleDetail,
} from './types';
import { hasHan } from '@/utils/text/han';

export const DEFAULT_MAX_ELEMENTS = 150_000;
const MAX_HEADING_LENGTH = 300;

function fail(failure: ExtractFailure, message: string): ExtractResult {
  return { ok: false, ...failure, message };
}

const EMPTY: ExtractFailure = { reason: 'empty' };

/** Refusals that need no parsing: not HTML, nothing to parse. */
function checkDocument(doc: Document): ExtractResult | null {
  const type = doc.contentType ?? 'text/html';
  if (!/html/i.test(type) || !doc.documentElement)
    return fail({ reason: 'not-html', contentType: type }, FAILURE_MESSAGES.notHtml(type));
  if (!doc.body)
    return fail(
      { reason: 'not-html', contentType: null },
      FAILURE_MESSAGES.notHtml('a document without a body'),
    );
  return null;
}

function toHeadings(elements: readonly Element[]): Heading[] {
  const headings: Heading[] = [];
  for (const element of elements) {
    const text = headingText(element);
    if (text && text.length <= MAX_HEADING_LENGTH) headings.push({ text, element });
  }
  return headings;
}

function siteNamesOf(head: HeadMetadata, readabilitySiteName: string | null | undefined): string[] {
  const names = [
    head.jsonLd?.publisher,
    head.meta.get('og:site_name'),
    head.meta.get('application-name'),
    readabilitySiteName,
  ];
  return names.filter((n): n is string => typeof n === 'string' && n.trim() !== '');
}

/** Where the page declares its language, best first. */
function declaredLangs(
  head: HeadMetadata,
  readabilityLang: string | null | undefined,
): (string | null | undefined)[] {
  return [head.htmlLang, readabilityLang, head.jsonLd?.inLanguage, firstMeta(head.meta, LANG_META_KEYS)];
}

export function extract(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  const refused = checkDocument(doc);
  if (refused) return refused;
  const scan = scanPage(doc);
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  if (scan.elementCount > maxElements) {
    return fail(
      { reason: 'too-large', elements: scan.elementCount, limit: maxElements },
      FAILURE_MESSAGES.tooLarge(scan.elementCount, maxElements),
    );
  }

  const head = readHeadMetadata(doc, scan, url);
  const parsed = runReadability(doc);
  if (parsed === undefined) return fail(UNREADABLE, FAILURE_MESSAGES.unreadable);
  const content = parsed?.content;
  if (!parsed || !content) {
    const hasText = (doc.body?.textContent ?? '').trim() !== '';
    return hasText ? fail(UNREADABLE, FAILURE_MESSAGES.unreadable) : fail(EMPTY, FAILURE_MESSAGES.empty);
  }

  const titleChoice = chooseTitle({
    documentTitle: doc.title ?? '',
    declaredTitle: head.jsonLd?.headline ?? parsed.title ?? null,
    headings: toHeadings(scan.headings),
    siteNames: siteNamesOf(head, parsed.siteName),
  });
  let cleaned = cleanArticle(content, titleChoice.title);
  const { text: cleanedText } = cleaned;
  if (cleanedText === '' && (doc.body?.textContent ?? '').trim() === '')
    return fail(EMPTY, FAILURE_MESSAGES.empty);
  let verdict = judgeArticle(cleanedText, cleaned.linkLength, () => isProbablyReaderable(doc));
  if (!verdict.ok && titleChoice.heading) {
    // Readability missed a short item (one paragraph under its headline): take that paragraph.
    const item = shortItemUnder(doc, titleChoice.heading);
    if (item) {
      cleaned = cleanArticle(item, titleChoice.title);
      if (cleaned.text) verdict = { ok: true };
    }
  }
  if (!verdict.ok) return fail({ reason: 'no-article', detail: verdict.detail }, verdict.message);
  const { text, contentHtml, captions, header: contentHeader } = cleaned;

  const dateInUrl = urlDate(url);
  // A date written without its year (`新华社北京3月5日电`) takes the URL's, else that of a full date on
  // the same day elsewhere (a modified-time meta, the page's text).
  const yearOf: YearOf = (monthDay) =>
    yearOfUrlDate(dateInUrl, monthDay) ??
    yearWith(
      `${MODIFIED_META_KEYS.map((k) => head.meta.get(k) ?? '').join('\n')}\n${text}\n${doc.body?.textContent ?? ''}`,
      monthDay,
    );
  let inlineMetadata: InlineMetadata | undefined;
  const inline = (): InlineMetadata =>
    (inlineMetadata ??= readInlineMetadata(
      doc,
      titleChoice.heading,
      titleChoice.title,
      scan.headings.find((h) => h.localName === 'h1') ?? null,
      yearOf,
      text,
    ));
  // A reference work is cited by its own name (`Wikipedia`, not its publisher) and its revision date
  // (`revised`, not the date the entry was created); its contributors are not a byline.
  const reference = isReferenceWork(head, url);
  const source = reference
    ? (titleChoice.siteSuffix ?? pickSource(head, parsed, inline, null, url))
    : pickSource(head, parsed, inline, titleChoice.siteSuffix, url);
  const publisherNames = [source, titleChoice.siteSuffix, ...siteNamesOf(head, parsed.siteName)];
  const published = pickPublished(scan.times, head, parsed, inline) ?? dateInUrl?.iso ?? null;
  const revised = reference ? revisionDate(head, doc) : null;
  const policy = readPolicy({
    meta: head.meta,
    url,
    title: titleChoice.title,
    header: documentHeader(contentHeader, scan.tables, titleChoice.title, inline, () =>
      mayBeOfficial(head.meta, url, titleChoice.title, contentHeader, text),
    ),
    text,
    published,
  });
  const genre = policy ? undefined : readGenre(head, url, source, text);

  return {
    ok: true,
    article: {
      title: titleChoice.title,
      source,
      byline: reference ? null : pickByline(head, parsed, inline, publisherNames),
      // Last, the date line closing a Chinese article (a notice's signature, an editor's stamp) or the
      // signature's date: the date the page states, though not its publication date for the policy record.
      published:
        published ??
        policy?.published ??
        (hasHan(titleChoice.title) ? (closingDate(text) ?? policy?.written) : null) ??
        null,
      lang: resolveLang(declaredLangs(head, parsed.lang), text),
      url,
      canonicalUrl: head.canonicalUrl,
      excerpt: pickExcerpt(head, text, titleChoice.title, captions),
      contentHtml,
      text,
      length: text.length,
      ...(policy ? { policy } : {}),
      ...(genre && !policy ? { genre } : {}),
      ...(revised ? { revised } : {}),
    },
  };
}

interface CleanedArticle {
  contentHtml: string;
  text: string;
  linkLength: number;
  /** Texts never to take as the summary (captions, infoboxes), computed on demand. */
  captions: () => Set<string>;
  header: HeaderValues | null;
}

/** The article element cleaned in place (header, repeated title, boilerplate, teasers, unsafe markup). */
function cleanArticle(content: Element, title: string): CleanedArticle {
  // One walk over the article element serves every clean-up step.
  const elements = descendants(content);
  const blocks = leafBlocks(content, elements);
  const marked = markedCaptions(content);
  // Official-document headers are Chinese pages' (English ones declare theirs in meta tags).
  const header = hasHan(title) ? removeHeader(content, blocks) : null;
  removeRepeatedTitle(content, title, blocks);
  removeBoilerplate(content, blocks);
  removeTrailingTeasers(content, blocks);
  sanitizeContent(content, elements);
  const contentHtml = content.innerHTML;
  return {
    contentHtml,
    ...htmlToPlainText(contentHtml),
    captions: () => captionTexts(content, marked),
    header,
  };
}

const MAX_CAPTION_HOLDERS = 8;
const MAX_BLOCKS_PER_HOLDER = 80;

/** Picture captions marked as such (read before sanitising removes class names). */
function markedCaptions(content: Element): string[] {
  const captions: string[] = [];
  for (const el of content.querySelectorAll('figcaption, [class*="caption"], [class*="Caption"]')) {
    const text = cleanInline(el.textContent ?? '');
    if (text) captions.push(text);
  }
  return captions;
}

/**
 * Texts that are never the article's summary: marked picture captions, and what sits in tables and
 * figures (an infobox, a chart's note). Computed only when the page has no description to use.
 */
function captionTexts(content: Element, marked: readonly string[]): Set<string> {
  const captions = new Set(marked);
  // The lead picture or infobox is among the first: a long page's hundred data tables need no look.
  const holders = Array.from(content.querySelectorAll('table, figure')).slice(0, MAX_CAPTION_HOLDERS);
  for (const holder of holders)
    for (const block of leafBlocks(holder).slice(0, MAX_BLOCKS_PER_HOLDER)) {
      const text = cleanInline(block.textContent ?? '');
      if (text) captions.add(text);
    }
  return captions;
}

/**
 * What the document's header says: the header inside the article element (removed from it), a header
 * table elsewhere on the page, and header labels around the headline, best first. Only Chinese pages
 * have such headers.
 */
function documentHeader(
  inContent: HeaderValues | null,
  tables: readonly Element[],
  title: string,
  inline: () => InlineMetadata,
  mayBeOfficial: () => boolean,
): HeaderValues | null {
  if (!hasHan(title) || !mayBeOfficial()) return inContent;
  const merged: HeaderValues = { ...inline().header };
  const sources = [findHeaderTable(tables)?.values, inContent];
  for (const values of sources) if (values) Object.assign(merged, values);
  return Object.keys(merged).length > 0 ? merged : null;
}
