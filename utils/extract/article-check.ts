/**
 * "Is there an article here?" Readability returns something for any page with text, even a page of
 * menus. Its `isProbablyReaderable` says no to menus but also to short official documents (a gov.cn
 * resolution is ~280 characters), so it is one witness among several, and asked only when the
 * extracted text alone does not settle it (it walks the whole page).
 */
import { compactLength } from './dom';
import { readingWeight } from './text-normalise';
import type { NoArticleDetail } from './types';

type Refusal = Exclude<NoArticleDetail, 'unreadable'>;

export type ArticleVerdict = { ok: true } | { ok: false; detail: Refusal; message: string };

/** Thresholds in reading weight (a CJK character weighs 3, a Latin character 1). */
const CLEARLY_AN_ARTICLE = 1500;
const READERABLE_MIN_BLOCK = 150;
const SHORT_DOCUMENT_MIN_TOTAL = 420;
const SHORT_DOCUMENT_MIN_BLOCK = 240;
/** A sentence-sized block: 30 CJK characters or 90 Latin ones, with sentence punctuation. */
const PROSE_BLOCK = 90;
const SHORT_DOCUMENT_MIN_PROSE_BLOCKS = 2;
const SENTENCE_PUNCTUATION = /[。！？；，、.!?;,]/;
/** Share of the text inside links above which a page is a menu or an index. */
const MENU_LINK_DENSITY = 0.5;
const PROSE_LINK_DENSITY = 0.3;

export const NO_ARTICLE_MESSAGES: Record<Refusal, string> = {
  'no-text': 'This page has no article text to clip.',
  'mostly-links':
    'This page looks like a menu or an index (its text is mostly links), not an article, so there is nothing to clip.',
  'too-little': 'This page has too little running text to be an article, so there is nothing to clip.',
};

function refuse(detail: Refusal): ArticleVerdict {
  return { ok: false, detail, message: NO_ARTICLE_MESSAGES[detail] };
}

function blockStats(text: string): { longest: number; proseBlocks: number } {
  let longest = 0;
  let proseBlocks = 0;
  for (const block of text.split('\n\n')) {
    const weight = readingWeight(block, CLEARLY_AN_ARTICLE);
    longest = Math.max(longest, weight);
    if (weight >= PROSE_BLOCK && SENTENCE_PUNCTUATION.test(block)) proseBlocks++;
  }
  return { longest, proseBlocks };
}

/**
 * `text` is the cleaned article text, `linkLength` the characters of it inside links;
 * `isReaderable` is asked only when needed.
 */
export function judgeArticle(text: string, linkLength: number, isReaderable: () => boolean): ArticleVerdict {
  const length = compactLength(text);
  if (length === 0) return refuse('no-text');
  const linkDensity = linkLength / length;
  if (linkDensity > MENU_LINK_DENSITY) return refuse('mostly-links');

  const weight = readingWeight(text, CLEARLY_AN_ARTICLE);
  if (weight >= CLEARLY_AN_ARTICLE && linkDensity < PROSE_LINK_DENSITY) return { ok: true };

  const { longest, proseBlocks } = blockStats(text);
  const hasSentences = (minBlock: number): boolean =>
    longest >= minBlock || proseBlocks >= SHORT_DOCUMENT_MIN_PROSE_BLOCKS;
  // A short official document: little text, but real sentences and few links.
  const shortDocument =
    weight >= SHORT_DOCUMENT_MIN_TOTAL &&
    hasSentences(SHORT_DOCUMENT_MIN_BLOCK) &&
    linkDensity < PROSE_LINK_DENSITY;
  if (shortDocument) return { ok: true };
  // Not enough by our measure: Readability's own judgement of the page gets the last word.
  return isReaderable() && hasSentences(READERABLE_MIN_BLOCK) ? { ok: true } : refuse('too-little');
}
