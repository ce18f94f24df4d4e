/**
 * Links from a brief to the clipped passage (text fragments). A local stand-in: when `utils/anchor`
 * grows `fragmentUrl`/`textFragmentDirective`, `clipLink` should call those instead.
 */
import { encodeTextDirectiveComponent } from '../anchor/fragment-encode';
import type { ArticleRecord, ClipRecord } from '../store/types';

/**
 * `url` with a fragment directive (`:~:text=…`, without `#`). An existing fragment is kept (it may be
 * a single-page app's route, and browsers strip the directive before the page sees it); an existing
 * directive is replaced.
 */
export function fragmentUrl(url: string, directive: string): string {
  const hash = url.indexOf('#');
  if (hash < 0) return `${url}#${directive}`;
  const existing = url.indexOf(':~:', hash);
  return `${existing < 0 ? url : url.slice(0, existing)}${directive}`;
}

// Where a long passage may be cut for `text=start,end`: after whitespace or CJK/ASCII punctuation,
// which are word boundaries for every browser's matcher (a cut inside a CJK word would not match).
const CUT_AFTER = /[\s,.;:!?，。、；：！？）)」』】]/u;
const LONG_PASSAGE = 80;
const TERM_TARGET = 30;

function startTerm(text: string): string {
  const chars = Array.from(text);
  for (let i = TERM_TARGET; i < Math.min(chars.length, TERM_TARGET * 2); i++) {
    if (CUT_AFTER.test(chars[i] ?? '')) return chars.slice(0, i + 1).join('').trim();
  }
  return '';
}

function endTerm(text: string): string {
  const chars = Array.from(text);
  for (let i = chars.length - TERM_TARGET; i > Math.max(0, chars.length - TERM_TARGET * 2); i--) {
    if (CUT_AFTER.test(chars[i - 1] ?? '')) return chars.slice(i).join('').trim();
  }
  return '';
}

/**
 * A text directive for a quote: the whole passage when short and on one line; else `start,end`, since a
 * lone term may not cross a block boundary and long URLs get truncated by mail and chat tools.
 */
// `encodeURIComponent` throws on a lone surrogate, which DOM text can contain.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function textDirectiveForQuote(quote: string): string {
  const lines = quote.replace(LONE_SURROGATE, '\uFFFD').split(/[\r\n]+/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const first = lines[0] ?? '';
  const last = lines[lines.length - 1] ?? '';
  const whole = (term: string): string => `:~:text=${encodeTextDirectiveComponent(term)}`;
  const pair = (a: string, b: string): string =>
    `:~:text=${encodeTextDirectiveComponent(a)},${encodeTextDirectiveComponent(b)}`;
  const length = (s: string): number => Array.from(s).length;
  if (lines.length <= 1) {
    if (length(first) <= LONG_PASSAGE) return whole(first);
    const start = startTerm(first);
    const end = endTerm(first);
    const overlap = length(start) + length(end) > length(first);
    return start && end && !overlap ? pair(start, end) : whole(first);
  }
  const term = (line: string, cut: (s: string) => string): string =>
    length(line) <= LONG_PASSAGE ? line : cut(line) || line;
  return pair(term(first, startTerm), term(last, endTerm));
}

/** The link a brief gives for a clip: its stored fragment, else a text directive built from its quote. */
export function clipLink(article: ArticleRecord, clip: ClipRecord): string {
  const directive = clip.fragment !== '' ? clip.fragment : textDirectiveForQuote(clip.quote);
  if (directive === ':~:text=') return article.originalUrl;
  return fragmentUrl(article.originalUrl, directive);
}
