/**
 * How a Chinese clause is cut into the pieces that may each be one measure, and clauses joined while a
 * quotation is open (measures-zh.ts evaluates the pieces).
 */
import { isHanChar } from '@/utils/text/han';
import { ZH_JOINERS } from './measure-filters-zh';
import { ZH_POLICY_VERBS } from './measure-words-zh';
import { matchAt } from './literal-table';
import { insideSpan, type Segmentation, type Span, spanIndexAt } from './segments';

/** Longest Chinese measure, in characters: a quotation joins clauses up to it, longer pieces are refused. */
export const MAX_LENGTH = 120;

const IDEOGRAPHIC_COMMA = 0x3001; // 、
const ETC = 0x7b49; // 等
/** After `等`: the sentence's predicate starts (`…等成政策着力点`), not the list's head noun (`…等科技金融产品`). */
const PREDICATE_AFTER_ETC =
  /^(?:成|作|做|为|為|是|都|均|已|正|将|將|也|纷|紛|相继|相繼|被|得|获|獲|受|进行|進行|展开|展開|列入|纳入|納入|[一二两兩三四五六七八九十几幾多0-9])/;
const SPACE = 0x20;
const FROM = 0x4ece; // 从
const FROM_TRADITIONAL = 0x5f9e; // 從

/**
 * Clauses, with a clause that opens a quotation joined to the following ones of its sentence until the
 * quotation closes (`组织开展“学习…先进事迹，做守信践诺的表率”教育活动` is one clause), within MAX_LENGTH.
 */
export function quotedClausesJoined(text: string, segmentation: Segmentation): Span[] {
  const { clauses, sentences } = segmentation;
  // Where the opening marks are, found once: most clauses have none and are not read again.
  const opens: number[] = [];
  const mark = /[“「]/g;
  while (mark.test(text)) opens.push(mark.lastIndex - 1);
  if (opens.length === 0) return clauses;
  const joined: Span[] = [];
  let o = 0;
  for (let k = 0; k < clauses.length; k++) {
    const clause = clauses[k] as Span;
    while (o < opens.length && (opens[o] ?? 0) < clause.start) o++;
    if (o >= opens.length || (opens[o] ?? 0) >= clause.end) {
      joined.push(clause);
      continue;
    }
    let depth = quoteDepth(text, clause, 0);
    if (depth <= 0) {
      joined.push(clause);
      continue;
    }
    const sentence = sentences[spanIndexAt(sentences, clause.start)];
    let m = k;
    while (depth > 0) {
      const next = clauses[m + 1];
      if (next === undefined || next.end > (sentence?.end ?? 0) || next.end - clause.start > MAX_LENGTH)
        break;
      m++;
      depth = quoteDepth(text, next, depth);
    }
    joined.push({ start: clause.start, end: clauses[m]?.end ?? clause.end });
    k = m;
  }
  return joined;
}

/** Open quotation marks after reading `span`, starting from `depth`. */
function quoteDepth(text: string, span: Span, depth: number): number {
  let d = depth;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0x300c) d++;
    else if ((c === 0x201d || c === 0x300d) && d > 0) d--;
  }
  return d;
}

/**
 * A clause cut into the pieces that may each be one measure: at a `、`, `以及`, `及`, `并` right before a
 * policy verb (`包括深入推进…改革、完善…机制`), except inside `从…到…`; at a space between Chinese
 * characters (headlines and blogs separate phrases so); and before `等` followed by more words
 * (`…示范工程等成政策着力点`: the list ends at `等`, the rest is the sentence's predicate).
 */
export function clausePieces(text: string, clause: Span, titles: readonly Span[]): Span[] {
  const pieces: Span[] = [];
  let start = clause.start;
  let end = clause.end;
  // Only the marks are visited (found natively in the clause); `从…到…` needs the last `到`.
  const slice = text.slice(clause.start, clause.end);
  const toAt = slice.lastIndexOf('到');
  const to = toAt < 0 ? -1 : clause.start + toAt;
  let from = -1;
  const marks = /[、等 以及并並同从從]/g;
  for (let m = marks.exec(slice); m !== null; m = marks.exec(slice)) {
    const i = clause.start + m.index;
    const code = slice.charCodeAt(m.index);
    if (code === FROM || code === FROM_TRADITIONAL) {
      from = i;
      continue;
    }
    if (i <= start || insideSpan(titles, i)) continue;
    if (code === ETC && PREDICATE_AFTER_ETC.test(text.slice(i + 1, i + 3))) {
      // `促进…、包容…等四大重点任务`: items this cut cannot tell apart are no measure.
      if (text.slice(start, i).includes('、')) return pieces;
      end = i;
      break;
    }
    if (code === SPACE) {
      if (isHanChar(text[i - 1]) && isHanChar(text[i + 1])) {
        pieces.push({ start, end: i });
        start = i + 1;
      }
      continue;
    }
    const joiner = code === IDEOGRAPHIC_COMMA ? { end: i + 1 } : matchAt(ZH_JOINERS, text, i);
    if (joiner === null || matchAt(ZH_POLICY_VERBS, text, joiner.end) === null) continue;
    // `从修订法律法规、制定配套细则到部署具体任务`: a span from … to …, one statement, not a list:
    // a `从` in this piece before the `、`, and a `到` after it in the clause.
    if (from >= start && to > i) continue;
    pieces.push({ start, end: i });
    start = joiner.end;
    marks.lastIndex = joiner.end - clause.start;
  }
  pieces.push({ start, end });
  return pieces;
}
