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

/** Tokens after which `.` does not end a sentence (lower case, without the final dot). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'no',
  'nos',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'inc',
  'co',
  'ltd',
  'corp',
  'gov',
  'sen',
  'rep',
  'gen',
  'jr',
  'sr',
  'h.r',
  'art',
  'sec',
  'para',
  'fig',
  'approx',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'p',
  'pp',
]);
/** Longer than any abbreviation: the look-back before a `.` stops here (keeps `a.a.a.…` linear). */
const MAX_ABBREVIATION = 8;

/** Boundary marks by character code: sentence level, or clause level (comma-like). */
const SENTENCE_MARKS = new Set([0x0a, 0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0xff1b, 0x3b]);
const CLAUSE_MARKS = new Set([0xff0c, 0x2c, 0xff1a, 0x3a]);
const DOTS = new Set([0x2e, 0xff0e]);
/** Marks that are no boundary between two digits (`1,234`, `1.5`, `1:2`). */
const DIGIT_SEPARATED = new Set([0x2c, 0x3a, 0xff1a, 0x2e]);

function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

function isCjkCode(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && isDigitCode(ch.charCodeAt(0));
}

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && isCjkCode(ch.charCodeAt(0));
}

/** After a `.`: what may follow a sentence end (space, closing quote or bracket, CJK, a citation `[`). */
function followsSentenceEnd(c: number): boolean {
  return (
    Number.isNaN(c) ||
    c === 0x20 ||
    c === 0x0a ||
    c === 0x09 ||
    c === 0xa0 ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0x201d ||
    c === 0x2019 ||
    c === 0x29 ||
    c === 0x5d ||
    c === 0x5b ||
    c === 0x300d ||
    c === 0x300f ||
    c === 0x300b ||
    isCjkCode(c)
  );
}

function isLowerOrDigitCode(c: number): boolean {
  return (c >= 97 && c <= 122) || isDigitCode(c);
}

/**
 * `…in 2023.CreditCredit…`: a caption glued to the sentence before it (the page had them in separate
 * elements). A capitalised word right after `word.` or `2023.` starts a new sentence; `U.S.A`, `Mr.Smith`
 * (one lower-case letter before the dot) and abbreviations do not.
 */
function gluedSentenceStart(text: string, pos: number): boolean {
  const next = text.charCodeAt(pos + 1);
  const after = text.charCodeAt(pos + 2);
  if (!(next >= 65 && next <= 90) || !(after >= 97 && after <= 122)) return false;
  let run = pos;
  while (run > 0 && pos - run < MAX_ABBREVIATION && isLowerOrDigitCode(text.charCodeAt(run - 1))) run--;
  if (pos - run < 2 || isLetterCode(text.charCodeAt(run - 1))) return false;
  return !ABBREVIATIONS.has(text.slice(run, pos));
}

/** Does the `.` at `pos` end a sentence? Not in `1.5`, `U.S.`, `Mr.`, or an initial (`J. Smith`). */
function dotEndsSentence(text: string, pos: number): boolean {
  const next = text.charCodeAt(pos + 1);
  if (isCjkCode(text.charCodeAt(pos - 1))) return !isDigitCode(next);
  if (!followsSentenceEnd(next)) return gluedSentenceStart(text, pos);
  let tokenStart = pos;
  while (tokenStart > 0 && pos - tokenStart <= MAX_ABBREVIATION) {
    const c = text.charCodeAt(tokenStart - 1);
    if (!isLetterCode(c) && c !== 0x2e) break;
    tokenStart--;
  }
  const length = pos - tokenStart;
  if (length > MAX_ABBREVIATION) return true;
  // An initial (`J. Smith`) stands alone; `$0.23/W.` ends a sentence.
  const before = text.charCodeAt(tokenStart - 1);
  const standsAlone = tokenStart === 0 || before === 0x20 || before === 0x0a || before === 0xa0;
  if (length === 1 && standsAlone && isLetterCode(text.charCodeAt(tokenStart))) return false;
  return !ABBREVIATIONS.has(text.slice(tokenStart, pos).toLowerCase());
}

function boundaryLevel(text: string, pos: number, c: number): 'sentence' | 'clause' | null {
  if (
    DIGIT_SEPARATED.has(c) &&
    isDigitCode(text.charCodeAt(pos - 1)) &&
    isDigitCode(text.charCodeAt(pos + 1))
  )
    return null;
  if (DOTS.has(c)) return dotEndsSentence(text, pos) ? 'sentence' : null;
  if (SENTENCE_MARKS.has(c)) return 'sentence';
  return CLAUSE_MARKS.has(c) ? 'clause' : null;
}

export function segment(text: string): Segmentation {
  const clauses: Span[] = [];
  const sentences: Span[] = [];
  let clauseStart = 0;
  let sentenceStart = 0;
  // `test` on a global expression jumps natively to the next mark and allocates nothing.
  const mark = /[\n。！？!?；;，,：:.．]/g;
  while (mark.test(text)) {
    const i = mark.lastIndex - 1;
    const level = boundaryLevel(text, i, text.charCodeAt(i));
    if (level === null) continue;
    if (i > clauseStart) clauses.push({ start: clauseStart, end: i });
    clauseStart = i + 1;
    if (level === 'sentence') {
      if (i > sentenceStart) sentences.push({ start: sentenceStart, end: i });
      sentenceStart = i + 1;
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

/** Opening and closing quote marks and brackets; `"` is both, so it is never judged unbalanced. */
const OPENING = new Set([0x201c, 0x2018, 0x300c, 0x300e, 0x28, 0xff08]);
const CLOSING = new Set([0x201d, 0x2019, 0x300d, 0x300f, 0x29, 0xff09]);
/** Whitespace and separators trimmed from both ends. Not `-`: it can be a minus sign (`-81%`). */
const EDGE = new Set([
  0x20, 0x09, 0x0a, 0x0d, 0xa0, 0x3000, 0x2c, 0xff0c, 0x3001, 0x3b, 0xff1b, 0x3a, 0xff1a, 0x2e, 0xff0e,
  0x3002, 0x21, 0x3f, 0xff01, 0xff1f, 0x2026, 0x2014,
]);

/**
 * Shrinks `[start, end)` past whitespace and separators at both ends, and past a quote mark whose partner
 * lies outside the span (a clause cut out of a quotation starts with a stray `“`).
 */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  // Opening minus closing marks inside [s, e): counted only once an end holds a mark (rarely).
  let balance: number | null = null;
  for (let changed = true; changed && s < e;) {
    changed = false;
    while (s < e && EDGE.has(text.charCodeAt(s))) {
      s++;
      changed = true;
    }
    const citation = citationEnd(text, s, e);
    if (citation > s) {
      s = citation;
      changed = true;
    }
    while (e > s && EDGE.has(text.charCodeAt(e - 1))) {
      e--;
      changed = true;
    }
    if (s >= e) break;
    const first = text.charCodeAt(s);
    const last = text.charCodeAt(e - 1);
    const firstOpens = OPENING.has(first);
    const lastCloses = CLOSING.has(last);
    if ((firstOpens || lastCloses) && balance === null) balance = quoteBalance(text, s, e);
    // A closing mark first, an opening mark last, or an opening mark with no partner inside.
    if (CLOSING.has(first) || (firstOpens && (balance ?? 0) > 0)) {
      if (balance !== null) balance += firstOpens ? -1 : 1;
      s++;
      changed = true;
    } else if (OPENING.has(last) || (lastCloses && (balance ?? 0) < 0)) {
      if (balance !== null) balance += lastCloses ? 1 : -1;
      e--;
      changed = true;
    }
  }
  return { start: s, end: e };
}

/** End of a citation mark at `pos` (`[37]`, `[n 8]`), or `pos` when there is none. */
function citationEnd(text: string, pos: number, end: number): number {
  if (text.charCodeAt(pos) !== 0x5b) return pos;
  for (let i = pos + 1; i < end && i <= pos + 8; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5d) return i > pos + 1 ? i + 1 : pos;
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c === 0x20)) return pos;
  }
  return pos;
}

function quoteBalance(text: string, start: number, end: number): number {
  let balance = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (OPENING.has(c)) balance++;
    else if (CLOSING.has(c)) balance--;
  }
  return balance;
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
  // Trimming never cuts into the finding itself (`[in 2018]` is a citation-like mark around a figure).
  return text.slice(Math.min(trimmed.start, start), Math.max(trimmed.end, end));
}

/** A statement longer than this is cut to the clauses around the finding. */
const MAX_STATEMENT = 200;

/**
 * The statement of `[start, end)`: its sentence, trimmed; in a sentence longer than MAX_STATEMENT, the
 * clause holding it grown by whole neighbouring clauses of the sentence (the one before first: it holds
 * the subject) while it stays within the limit. Always contains `[start, end)`.
 */
export function statementOf(text: string, segmentation: Segmentation, start: number, end: number): Span {
  const { sentences, clauses } = segmentation;
  const sentence = sentences[spanIndexAt(sentences, start)];
  let from = sentence ? Math.min(sentence.start, start) : start;
  let to = sentence ? Math.max(sentence.end, end) : end;
  if (to - from > MAX_STATEMENT) {
    const floor = from;
    const ceiling = to;
    let first = spanIndexAt(clauses, start);
    let last = spanIndexAt(clauses, Math.max(start, end - 1));
    from = Math.min(clauses[first]?.start ?? start, start);
    to = Math.max(clauses[last]?.end ?? end, end);
    for (let grew = true; grew;) {
      grew = false;
      const before = clauses[first - 1];
      if (before && before.start >= floor && to - before.start <= MAX_STATEMENT) {
        from = before.start;
        first--;
        grew = true;
      }
      const after = clauses[last + 1];
      if (after && after.end <= ceiling && after.end - from <= MAX_STATEMENT) {
        to = after.end;
        last++;
        grew = true;
      }
    }
  }
  const trimmed = trimSpan(text, from, to);
  return { start: Math.min(trimmed.start, start), end: Math.max(trimmed.end, end) };
}
