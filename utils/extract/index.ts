/**
 * `extract`: a Document and its URL in, an `Article` or a failure (as a value) out. Runs on a live page
 * (content script) and on a jsdom Document (CLI, tests, bench) alike, and never changes the Document:
 * Readability works on a clone, everything else only reads.
 *
 * Cost: one Readability run plus reads bounded by the head, a few headings, a small window of text around
 * the headline and Readability's own output; the bench holds it to ≤ 1.15 × raw Readability.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { judgeArticle } from './article-check';
import { pickByline, pickExcerpt, pickPublished, pickSource } from './article-metadata';
import { removeBoilerplate, removeRepeatedTitle } from './boilerplate';
import { LANG_META_KEYS, firstMeta, readHeadMetadata, type HeadMetadata } from './head-metadata';
import { readInlineMetadata, type InlineMetadata } from './inline-metadata';
import { scanPage } from './page-scan';
import { removeTrailingTeasers } from './teasers';
import { resolveLang } from './lang';
import { descendants, leafBlocks } from './dom';
import { htmlToPlainText } from './plain-text';
import { sanitizeContent } from './sanitize';
import { chooseTitle, headingText, type Heading } from './title';
import { FAILURE_MESSAGES, UNREADABLE } from './failure-messages';
import type { ExtractFailure, ExtractOptions, ExtractResult } from './types';

export { FAILURE_MESSAGES } from './failure-messages';
export type {
  Article,
  ExtractFailure,
  ExtractFailureReason,
  ExtractOptions,
  ExtractResult,
  NoArticleDetail,
} from './types';

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

function runReadability(doc: Document) {
  try {
    const clone = doc.cloneNode(true) as Document;
    // Readability keeps its own JSON-LD reading (disableJSONLD changes its title, and with it how it
    // cleans the article: on Wikipedia that costs a quarter more time).
    // `keepClasses`: `sanitizeContent` strips class attributes in the walk it makes anyway.
    return new Readability<Element>(clone, {
      serializer: (node) => node as Element,
      keepClasses: true,
    }).parse();
  } catch {
    return undefined;
  }
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
  // One walk over the article element serves every clean-up step.
  const elements = descendants(content);
  const blocks = leafBlocks(content, elements);
  removeRepeatedTitle(content, titleChoice.title, blocks);
  removeBoilerplate(content, blocks);
  removeTrailingTeasers(content, blocks);
  sanitizeContent(content, elements);
  const contentHtml = content.innerHTML;
  const { text, linkLength } = htmlToPlainText(contentHtml);
  if (text === '' && (doc.body?.textContent ?? '').trim() === '') return fail(EMPTY, FAILURE_MESSAGES.empty);
  const verdict = judgeArticle(text, linkLength, () => isProbablyReaderable(doc));
  if (!verdict.ok) return fail({ reason: 'no-article', detail: verdict.detail }, verdict.message);

  let inlineMetadata: InlineMetadata | undefined;
  const inline = (): InlineMetadata =>
    (inlineMetadata ??= readInlineMetadata(doc, titleChoice.heading, titleChoice.title));
  const source = pickSource(head, parsed, inline, titleChoice.siteSuffix, url);
  const publisherNames = [source, titleChoice.siteSuffix, ...siteNamesOf(head, parsed.siteName)];

  return {
    ok: true,
    article: {
      title: titleChoice.title,
      source,
      byline: pickByline(head, parsed, inline, publisherNames),
      published: pickPublished(scan.times, head, parsed, inline),
      lang: resolveLang(declaredLangs(head, parsed.lang), text),
      url,
      canonicalUrl: head.canonicalUrl,
      excerpt: pickExcerpt(head, text),
      contentHtml,
      text,
      length: text.length,
    },
  };
}
