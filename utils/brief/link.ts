/**
 * Links from a brief to the clipped passage (text fragments): a clip's stored directive (computed over
 * the live page's text when it was highlighted), else one built from its quote.
 */
import { fragmentUrl } from '../anchor/fragment-directive';
import { encodeTextDirectiveComponent } from '../anchor/fragment-encode';
import { pageOfSelectors } from '../anchor/page';
import type { ArticleRecord, ClipRecord } from '../store/types';

export { fragmentUrl };

// Where a long passage may be cut for `text=start,end`: after whitespace or CJK/ASCII punctuation,
// which are word boundaries for every browser's matcher (a cut inside a CJK word would not match).
// Lengths are in UTF-16 units; cuts fall after these BMP characters, so no surrogate pair is split.
const CUT_AFTER = /[\s,.;:!?，。、；：！？）)」』】]/g;
const LONG_PASSAGE = 80;
const TERM_TARGET = 30;

/** The text up to the first cut point between TERM_TARGET and twice that, or ''. */
function startTerm(text: string): string {
  CUT_AFTER.lastIndex = TERM_TARGET;
  const m = CUT_AFTER.exec(text);
  return m && m.index < TERM_TARGET * 2 ? text.slice(0, m.index + 1).trim() : '';
}

/** The text after the last cut point between twice TERM_TARGET and TERM_TARGET from the end, or ''. */
function endTerm(text: string): string {
  const from = Math.max(0, text.length - TERM_TARGET * 2);
  const window = text.slice(from, text.length - TERM_TARGET);
  let cut = -1;
  CUT_AFTER.lastIndex = 0;
  for (let m = CUT_AFTER.exec(window); m; m = CUT_AFTER.exec(window)) cut = m.index;
  return cut < 0 ? '' : text.slice(from + cut + 1).trim();
}

// `encodeURIComponent` throws on a lone surrogate, which DOM text can contain.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A text directive for a quote: the whole passage when short and on one line; else `start,end`, since a
 * lone term may not cross a block boundary and long URLs get truncated by mail and chat tools.
 */
export function textDirectiveForQuote(quote: string): string {
  const lines = quote
    .replace(LONE_SURROGATE, '\uFFFD')
    .split(/[\r\n]+/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const first = lines[0] ?? '';
  const last = lines[lines.length - 1] ?? '';
  const whole = (term: string): string => `:~:text=${encodeTextDirectiveComponent(term)}`;
  const pair = (a: string, b: string): string =>
    `:~:text=${encodeTextDirectiveComponent(a)},${encodeTextDirectiveComponent(b)}`;
  if (lines.length <= 1) {
    if (first.length <= LONG_PASSAGE) return whole(first);
    const start = startTerm(first);
    const end = endTerm(first);
    return start && end && start.length + end.length <= first.length ? pair(start, end) : whole(first);
  }
  const term = (line: string, cut: (s: string) => string): string =>
    line.length <= LONG_PASSAGE ? line : cut(line) || line;
  return pair(term(first, startTerm), term(last, endTerm));
}

/**
 * A passage of a PDF: the original address opened at its page (`#page=3`, which browsers' PDF viewers
 * follow; text fragments do not reach into a PDF). Only web addresses get a page.
 */
function pdfPageLink(url: string, page: number | null): string {
  if (page === null) return url;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return url;
    parsed.hash = `page=${page}`;
    return parsed.href;
  } catch {
    return url;
  }
}

/**
 * The link a brief gives for a clip: its stored fragment, else a text directive built from its quote;
 * for a PDF, the page it is on.
 */
export function clipLink(article: ArticleRecord, clip: ClipRecord): string {
  if (article.kind === 'pdf') return pdfPageLink(article.originalUrl, pageOfSelectors(clip.selectors));
  const directive = clip.fragment !== '' ? clip.fragment : textDirectiveForQuote(clip.quote);
  if (directive === ':~:text=') return article.originalUrl;
  return fragmentUrl(article.originalUrl, directive);
}
