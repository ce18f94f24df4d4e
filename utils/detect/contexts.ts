/**
 * The text around a finding: a span trimmed of separators and stray quote marks, the clause or sentence
 * a finding sits in (its `context`), the context of a passage the user selected (the same rule, so a
 * clip's context never depends on how it was made), and the statement a figure is saved with. Spans come
 * from `segment` (segments.ts).
 */
import { codeSet, segment, type Segmentation, type Span, spanIndexAt } from './segments';

/** Contexts longer than this are cut to a window around the finding: an endless sentence is no context. */
const MAX_CONTEXT = 300;
const CONTEXT_MARGIN = 120;

/** Opening and closing quote marks and brackets; `"` is both, so it is never judged unbalanced. */
const OPENING = codeSet([0x201c, 0x2018, 0x300c, 0x300e, 0x28, 0xff08]);
const CLOSING = codeSet([0x201d, 0x2019, 0x300d, 0x300f, 0x29, 0xff09]);
/** Whitespace and separators trimmed from both ends. Not `-`: it can be a minus sign (`-81%`). */
const EDGE = codeSet([
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
    while (s < e && EDGE[text.charCodeAt(s)] === 1) {
      s++;
      changed = true;
    }
    const citation = citationEnd(text, s, e);
    if (citation > s) {
      s = citation;
      changed = true;
    }
    while (e > s && EDGE[text.charCodeAt(e - 1)] === 1) {
      e--;
      changed = true;
    }
    if (s >= e) break;
    const first = text.charCodeAt(s);
    const last = text.charCodeAt(e - 1);
    const firstOpens = OPENING[first] === 1;
    const lastCloses = CLOSING[last] === 1;
    if ((firstOpens || lastCloses) && balance === null) balance = quoteBalance(text, s, e);
    // A closing mark first, an opening mark last, or an opening mark with no partner inside.
    if (CLOSING[first] === 1 || (firstOpens && (balance ?? 0) > 0)) {
      if (balance !== null) balance += firstOpens ? -1 : 1;
      s++;
      changed = true;
    } else if (OPENING[last] === 1 || (lastCloses && (balance ?? 0) < 0)) {
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
    if (OPENING[c] === 1) balance++;
    else if (CLOSING[c] === 1) balance--;
  }
  return balance;
}

/** The trimmed clause or sentence (from `spans`) around `[start, end)`, cut to a window when very long. */
export function contextOf(text: string, spans: readonly Span[], start: number, end: number): string {
  const span = contextSpan(text, spans, start, end);
  return text.slice(span.start, span.end);
}

/** Where `contextOf` is in the text. */
export function contextSpan(text: string, spans: readonly Span[], start: number, end: number, at = -1): Span {
  // `at`: the index of the span holding the finding when the caller knows it (a scan in order does).
  const known = spans[at];
  const inOne = known !== undefined && known.start <= start && end <= known.end;
  const first = inOne ? known : spans[spanIndexAt(spans, start)];
  const last = inOne ? known : spans[spanIndexAt(spans, Math.max(start, end - 1))];
  let from = first ? Math.min(first.start, start) : start;
  let to = last ? Math.max(last.end, end) : end;
  if (to - from > MAX_CONTEXT) {
    from = Math.max(from, start - CONTEXT_MARGIN);
    to = Math.min(to, end + CONTEXT_MARGIN);
  }
  const trimmed = trimSpan(text, from, to);
  // Trimming never cuts into the finding itself (`[in 2018]` is a citation-like mark around a figure).
  return { start: Math.min(trimmed.start, start), end: Math.max(trimmed.end, end) };
}

/** Text segmented on each side of a selection: a sentence reaching past it is longer than MAX_CONTEXT and windowed anyway. */
const SELECTION_WINDOW = MAX_CONTEXT + CONTEXT_MARGIN;

/**
 * The context of a passage the user selected: the sentence around it, as for a measure found in the
 * same text. Only a window around the passage is segmented (a page's text can be megabytes long).
 */
export function contextAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - SELECTION_WINDOW);
  const to = Math.min(text.length, end + SELECTION_WINDOW);
  const local = text.slice(from, to);
  return contextOf(local, segment(local).sentences, start - from, end - from);
}

/** A statement longer than this is cut to the clauses around the finding. */
export const MAX_STATEMENT = 200;
const STATEMENT_MARGIN = 80;

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
    // An endless clause: a window around the figure, as for contexts.
    if (to - from > MAX_STATEMENT) {
      from = Math.max(from, start - STATEMENT_MARGIN);
      to = Math.min(to, end + STATEMENT_MARGIN);
    }
    for (let grew = to - from <= MAX_STATEMENT; grew;) {
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
