/**
 * Clause and sentence boundaries of an article text, and the trimmed context of a span.
 * Chinese pages mix full-width and ASCII punctuation (`549353项,成交金额`), so both count; ASCII `,` `.` `:`
 * between digits (`1,234`, `1.5`, `1:2`) do not.
 */

/** A half-open range `[start, end)` of the article text. */
export interface Span {
  start: number;
  end: number;
}

export interface Segmentation {
  /** Text between clause boundaries (comma-level), in order; boundary characters belong to no clause. */
  clauses: Span[];
  /** Text between sentence boundaries (。！？；, sentence-final `.`, paragraph breaks), in order. */
  sentences: Span[];
}

/** Contexts longer than this are cut to a window around the finding: an endless sentence is no context. */
const MAX_CONTEXT = 300;
const CONTEXT_MARGIN = 120;

const BOUNDARY_CHARS = /[\n。！？!?；;，,：:.．]/g;
const SENTENCE_ONLY = new Set(['\n', '。', '！', '？', '!', '?', '；', ';']);
const DIGIT_SEPARATED = new Set([',', ':', '：', '.']);

/** Tokens after which `.` does not end a sentence (lower case, without the final dot). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'nos', 'vs', 'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'e.u',
  'inc', 'co', 'ltd', 'corp', 'gov', 'sen', 'rep', 'gen', 'jr', 'sr', 'h.r', 'art', 'sec', 'para', 'fig',
  'approx', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'p', 'pp',
]);

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９'));
}

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '\u3400' && ch <= '\u9fff';
}

function isLatinLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z]/.test(ch);
}

/** Does the `.` at `pos` end a sentence? Not in `1.5`, `U.S.`, `Mr.`, or an initial (`J. Smith`). */
function dotEndsSentence(text: string, pos: number): boolean {
  const next = text[pos + 1];
  const prev = text[pos - 1];
  if (isCjk(prev)) return !isDigit(next);
  // `factor.[37] The…`: a citation mark after the full stop.
  if (next !== undefined && !/[\s"'”’)\]」』》[]/.test(next) && !isCjk(next)) return false;
  let tokenStart = pos;
  while (tokenStart > 0 && /[A-Za-z.]/.test(text[tokenStart - 1] ?? '')) tokenStart--;
  const token = text.slice(tokenStart, pos).toLowerCase();
  // An initial (`J. Smith`) stands alone; `$0.23/W.` ends a sentence.
  const standsAlone = tokenStart === 0 || /\s/.test(text[tokenStart - 1] ?? '');
  if (token.length === 1 && isLatinLetter(token) && standsAlone) return false;
  return !ABBREVIATIONS.has(token);
}

function boundaryLevel(text: string, pos: number): 'sentence' | 'clause' | null {
  const ch = text[pos] ?? '';
  if (DIGIT_SEPARATED.has(ch) && isDigit(text[pos - 1]) && isDigit(text[pos + 1])) return null;
  if (ch === '.' || ch === '．') return dotEndsSentence(text, pos) ? 'sentence' : null;
  return SENTENCE_ONLY.has(ch) ? 'sentence' : 'clause';
}

export function segment(text: string): Segmentation {
  const clauses: Span[] = [];
  const sentences: Span[] = [];
  let clauseStart = 0;
  let sentenceStart = 0;
  const re = new RegExp(BOUNDARY_CHARS.source, 'g');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const level = boundaryLevel(text, m.index);
    if (level === null) continue;
    if (m.index > clauseStart) clauses.push({ start: clauseStart, end: m.index });
    clauseStart = m.index + 1;
    if (level === 'sentence') {
      if (m.index > sentenceStart) sentences.push({ start: sentenceStart, end: m.index });
      sentenceStart = m.index + 1;
    }
  }
  if (text.length > clauseStart) clauses.push({ start: clauseStart, end: text.length });
  if (text.length > sentenceStart) sentences.push({ start: sentenceStart, end: text.length });
  return { clauses, sentences };
}

/** Index of the last span starting at or before `pos` (spans sorted by start), or -1. */
export function spanIndexAt(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.start ?? 0) <= pos) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Is `pos` inside one of `spans` (sorted, non-overlapping)? */
export function insideSpan(spans: readonly Span[], pos: number): boolean {
  const s = spans[spanIndexAt(spans, pos)];
  return s !== undefined && s.end > pos;
}

const OPENING_QUOTES = '“‘「『"(（';
const CLOSING_QUOTES = '”’」』")）';
const EDGE_PUNCTUATION = /[\s,，、;；:：.．。!?！？…—-]/;

function count(text: string, start: number, end: number, chars: string): number {
  let n = 0;
  for (let i = start; i < end; i++) if (chars.includes(text[i] ?? '')) n++;
  return n;
}

/**
 * Shrinks `[start, end)` past whitespace and separators at both ends, and past a quote mark whose partner
 * lies outside the span (a clause cut out of a quotation starts with a stray `“`).
 */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  for (let changed = true; changed && s < e; ) {
    changed = false;
    while (s < e && EDGE_PUNCTUATION.test(text[s] ?? '')) { s++; changed = true; }
    while (e > s && EDGE_PUNCTUATION.test(text[e - 1] ?? '')) { e--; changed = true; }
    if (s < e && CLOSING_QUOTES.includes(text[s] ?? '') && !OPENING_QUOTES.includes(text[s] ?? '')) { s++; changed = true; }
    if (e > s && OPENING_QUOTES.includes(text[e - 1] ?? '') && !CLOSING_QUOTES.includes(text[e - 1] ?? '')) { e--; changed = true; }
    const first = text[s] ?? '';
    if (s < e && OPENING_QUOTES.includes(first) && first !== '"' && count(text, s, e, CLOSING_QUOTES) < count(text, s, e, OPENING_QUOTES)) { s++; changed = true; }
    const last = text[e - 1] ?? '';
    if (e > s && CLOSING_QUOTES.includes(last) && last !== '"' && count(text, s, e, OPENING_QUOTES) < count(text, s, e, CLOSING_QUOTES)) { e--; changed = true; }
  }
  return { start: s, end: e };
}

/** The trimmed clause or sentence (from `spans`) around `[start, end)`, cut to a window when very long. */
export function contextOf(text: string, spans: readonly Span[], start: number, end: number): string {
  const first = spans[spanIndexAt(spans, start)];
  const last = spans[spanIndexAt(spans, Math.max(start, end - 1))];
  let from = first ? Math.min(first.start, start) : start;
  let to = last ? Math.max(last.end, end) : end;
  if (to - from > MAX_CONTEXT) {
    from = Math.max(from, start - CONTEXT_MARGIN);
    to = Math.min(to, end + CONTEXT_MARGIN);
  }
  const trimmed = trimSpan(text, from, to);
  return text.slice(trimmed.start, trimmed.end);
}
