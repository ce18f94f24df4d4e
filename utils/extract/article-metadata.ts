/**
 * Source, byline, publication date and excerpt: each taken from the best place that has it, in the order
 * the issue sets (JSON-LD, Open Graph/`article:*`, publishdate-style meta, `<time>`, then the Chinese
 * info line near the headline). What Readability found is reused, never recomputed.
 */
import { parseDate } from './dates';
import {
  AUTHOR_META_KEYS,
  DATE_META_KEYS,
  DESCRIPTION_META_KEYS,
  SOURCE_META_KEYS,
  firstMeta,
  type HeadMetadata,
} from './head-metadata';
import type { InlineMetadata } from './inline-metadata';
import { cleanInline, readingWeight, truncate } from './text-normalise';

/** The parts of Readability's result that metadata reuses. */
export interface ReadabilityMetadata {
  byline: string | null | undefined;
  siteName: string | null | undefined;
  publishedTime: string | null | undefined;
}

export const EXCERPT_MAX_LENGTH = 300;
const BYLINE_MAX_LENGTH = 120;
/** Author values that name nobody (CMS placeholders, "anonymous"). */
const PLACEHOLDER_NAMES = new Set([
  'name',
  'author',
  'admin',
  'administrator',
  'unknown',
  'anonymous',
  'staff',
  '佚名',
  '未知',
  '匿名',
]);

function isUrlOrHandle(value: string): boolean {
  return /^(https?:)?\/\//i.test(value) || /^@\w+$/.test(value) || /^www\./i.test(value);
}

/** Parts of a byline line that are not the author's name, removed in order. */
const BYLINE_NOISE: readonly { name: string; pattern: RegExp }[] = [
  { name: 'e-mail address', pattern: /[\w.+-]+@[\w-]+(\.[\w-]+)+/g },
  {
    name: 'date and time',
    pattern: /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(\s+\d{1,2}:\d{2}(:\d{2})?)?/g,
  },
  { name: 'dateline (／台北報導, 北京电)', pattern: /(^|[／/])\s*[^\s／/]{2,6}(报道|報導|电|電)$/ },
  { name: 'English prefix', pattern: /^(by|from)\s+/i },
  {
    name: 'Chinese prefix',
    pattern: /^(本报|本刊|本網|本网)?(记者|記者|作者|文|撰文|通讯员|通訊員)\s*[:：/／|]?\s*/,
  },
  { name: 'edge punctuation', pattern: /^[\s,;，；|·]+|[\s,;，；|·]+$/g },
];

/** `By Jane Doe, jane@x.com` → `Jane Doe`; `記者王小華／台北報導` → `王小華`; null for URLs and placeholders. */
export function cleanByline(value: string | null | undefined): string | null {
  if (!value) return null;
  let cleaned = cleanInline(value);
  for (const noise of BYLINE_NOISE) cleaned = cleaned.replace(noise.pattern, '').trim();
  if (!cleaned || isUrlOrHandle(cleaned) || PLACEHOLDER_NAMES.has(cleaned.toLowerCase())) return null;
  return truncate(cleaned, BYLINE_MAX_LENGTH);
}

function hostName(url: string): string | null {
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host || null;
  } catch {
    return null;
  }
}

/** The info line is read only when the better places left a field empty (it walks the page). */
export type LazyInline = () => InlineMetadata;

/** The first candidate (computed in order, best first) that is a usable value. */
function firstUsable(
  candidates: readonly (() => string | null | undefined)[],
  clean: (v: string) => string | null,
): string | null {
  for (const candidate of candidates) {
    const raw = candidate();
    const value = raw ? clean(raw) : null;
    if (value) return value;
  }
  return null;
}

function cleanName(value: string): string | null {
  const cleaned = cleanInline(value);
  return cleaned && !isUrlOrHandle(cleaned) ? cleaned : null;
}

export function pickSource(
  head: HeadMetadata,
  readability: ReadabilityMetadata,
  inline: LazyInline,
  titleSiteSuffix: string | null,
  url: string,
): string {
  const source = firstUsable(
    [
      () => head.jsonLd?.publisher,
      () => firstMeta(head.meta, SOURCE_META_KEYS, (v) => !isUrlOrHandle(v)),
      () => readability.siteName,
      () => inline().source,
      () => titleSiteSuffix,
    ],
    cleanName,
  );
  return source ?? hostName(url) ?? url;
}

/** A `<time>` that dates this article: marked as the publication date, or inside the article's header. */
function timeElementDate(times: readonly Element[]): string | null {
  let onlyDate: string | null = null;
  let dated = 0;
  for (const time of times) {
    const date = parseDate(time.getAttribute('datetime')) ?? parseDate(time.textContent);
    if (!date) continue;
    const marked =
      time.hasAttribute('pubdate') || (time.getAttribute('itemprop') ?? '').toLowerCase() === 'datepublished';
    if (marked || time.closest('article header, header, [itemprop="articleBody"]') !== null) return date;
    dated++;
    onlyDate = date;
  }
  return dated === 1 ? onlyDate : null;
}

export function pickPublished(
  times: readonly Element[],
  head: HeadMetadata,
  readability: ReadabilityMetadata,
  inline: LazyInline,
): string | null {
  return (
    parseDate(head.jsonLd?.datePublished) ??
    parseDate(firstMeta(head.meta, DATE_META_KEYS, (v) => parseDate(v) !== null)) ??
    parseDate(readability.publishedTime) ??
    timeElementDate(times) ??
    inline().published
  );
}

export function pickByline(
  head: HeadMetadata,
  readability: ReadabilityMetadata,
  inline: LazyInline,
  publisherNames: readonly (string | null)[],
): string | null {
  // A "byline" that is (part of) the publisher's own name says nothing about the author (`网易` on 网易新闻).
  const notPublisher = (value: string): string | null => {
    const byline = cleanByline(value);
    return byline && !publisherNames.some((name) => name && name.includes(byline)) ? byline : null;
  };
  return firstUsable(
    [
      () => head.jsonLd?.authors.join(', '),
      () => readability.byline,
      () => firstMeta(head.meta, AUTHOR_META_KEYS, (v) => !isUrlOrHandle(v)),
      () => inline().byline,
    ],
    notPublisher,
  );
}

/** A paragraph worth showing as a summary: a sentence, not a salutation (`某某省人民政府：`). */
const EXCERPT_MIN_WEIGHT = 90;

/** A caption's words (`图为…`, `Photo: …`): they describe a picture, not the article. */
const CAPTION_START = /^(图为|图：|图:|图片：|（图|\(图|photo:|image:|pictured:|file photo)/i;

/** A caption, or a salutation (`各省、自治区、直辖市人民政府：`): not a summary. */
function isCaption(block: string, captions: ReadonlySet<string>): boolean {
  return CAPTION_START.test(block) || /[:：]$/.test(block) || captions.has(cleanInline(block));
}

/**
 * The page's description (unless it only repeats the title), else the first sentence-sized paragraph
 * of the article text that is not a picture caption or a table row (an infobox).
 */
export function pickExcerpt(
  head: HeadMetadata,
  text: string,
  title = '',
  captions: () => ReadonlySet<string> = () => new Set(),
): string {
  const described = head.jsonLd?.description ?? firstMeta(head.meta, DESCRIPTION_META_KEYS);
  // A description that opens with the lead picture's caption (`图为…。`) keeps only what follows it.
  const description = cleanInline(described ?? '').replace(/^(图为|图：|图:)[^。]*。\s*/, '');
  if (description && description !== cleanInline(title)) return truncate(description, EXCERPT_MAX_LENGTH);
  const skip = captions();
  const blocks = text.split('\n\n', 200);
  let first: string | undefined;
  let paragraph: string | undefined;
  for (const block of blocks) {
    if (block.includes('\t') || isCaption(block, skip)) continue;
    first ??= block;
    if (readingWeight(block, EXCERPT_MIN_WEIGHT) >= EXCERPT_MIN_WEIGHT) {
      paragraph = block;
      break;
    }
  }
  paragraph ??= first ?? blocks[0] ?? '';
  return truncate(cleanInline(paragraph), EXCERPT_MAX_LENGTH);
}
