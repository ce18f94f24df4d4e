/**
 * Clause and sentence boundaries of an article text (contexts.ts cuts contexts and statements from them).
 * Chinese pages mix full-width and ASCII punctuation (`549353项,成交金额`), so both count; ASCII `,` `.` `:`
 * between digits (`1,234`, `1.5`, `1:2`) do not.
 */
import { isHanCode } from '@/utils/text/han';

/**
 * A set of UTF-16 code units as a table: `set[code] === 1` is one array read, cheaper than `Set.has` in
 * the loops over every character (NaN, past the text's end, reads undefined: not in the set).
 */
export function codeSet(codes: readonly number[]): Uint8Array {
  const set = new Uint8Array(0x10000);
  for (const code of codes) set[code] = 1;
  return set;
}

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
  /** Whether the text has a Chinese character at all: the Chinese rules skip texts without one. */
  cjk: boolean;
}

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
const SENTENCE_MARKS = codeSet([0x0a, 0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0xff1b, 0x3b]);
const CLAUSE_MARKS = codeSet([0xff0c, 0x2c, 0xff1a, 0x3a]);
const DOTS = codeSet([0x2e, 0xff0e]);
/** Marks that are no boundary between two digits (`1,234`, `1.5`, `1:2`). */
const DIGIT_SEPARATED = codeSet([0x2c, 0x3a, 0xff1a, 0x2e]);

function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && isDigitCode(ch.charCodeAt(0));
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
    isHanCode(c)
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
  if (isHanCode(text.charCodeAt(pos - 1))) return !isDigitCode(next);
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
    DIGIT_SEPARATED[c] === 1 &&
    isDigitCode(text.charCodeAt(pos - 1)) &&
    isDigitCode(text.charCodeAt(pos + 1))
  )
    return null;
  if (DOTS[c] === 1) return dotEndsSentence(text, pos) ? 'sentence' : null;
  if (SENTENCE_MARKS[c] === 1) return 'sentence';
  return CLAUSE_MARKS[c] === 1 ? 'clause' : null;
}

export function segment(text: string): Segmentation {
  const clauses: Span[] = [];
  const sentences: Span[] = [];
  let clauseStart = 0;
  let sentenceStart = 0;
  // `test` on a global expression jumps natively to the next mark and allocates nothing. Until the
  // first Chinese character, the same pass looks for one (then the marks alone are looked for).
  let cjk = false;
  let mark = /[\n。！？!?；;，,：:.．\u3400-\u9fff]/g;
  while (mark.test(text)) {
    const i = mark.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (isHanCode(c)) {
      cjk = true;
      const marks = /[\n。！？!?；;，,：:.．]/g;
      marks.lastIndex = mark.lastIndex;
      mark = marks;
      continue;
    }
    const level = boundaryLevel(text, i, c);
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
  return { clauses, sentences, cjk };
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

/**
 * How far the rules read around a finding for cues (an opinion before it, an opening quotation mark,
 * a body's name): a bound keeps every look-around constant, so an endless paragraph costs O(n).
 */
export const LOOK_AROUND = 300;

/** Start of the paragraph holding `pos`, looked for at most LOOK_AROUND characters back. */
export function paragraphStart(text: string, pos: number): number {
  const floor = Math.max(0, pos - LOOK_AROUND);
  for (let i = pos - 1; i >= floor; i--) if (text.charCodeAt(i) === 0x0a) return i + 1;
  return floor;
}

/** `[start, end)` widened to `span` but at most LOOK_AROUND characters before `start` and after `end`. */
export function around(span: Span, start: number, end: number): Span {
  return { start: Math.max(span.start, start - LOOK_AROUND), end: Math.min(span.end, end + LOOK_AROUND) };
}
