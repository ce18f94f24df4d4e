/**
 * Chinese measures: a clause (cut at ，,；。 and at a `、` that introduces another policy verb) whose
 * policy verb comes within a short subject of its start: `合肥市明确对…给予最高1000万元补助`,
 * `推进技术要素市场配置改革`. Purpose clauses (`为促进…`) and nominal uses (`正在推进的`) are not measures.
 */
import { type LiteralMatch, matchAt, matchEndingAt } from './literal-table';
import {
  ZH_MODALS,
  ZH_NOMINAL_FOLLOWERS,
  ZH_OPENERS,
  ZH_POLICY_VERBS,
  ZH_PROBLEM_WORDS,
  ZH_PURPOSE_MARKERS,
} from './measure-words-zh';
import type { MeasureCandidate } from './measure-score';
import { insideSpan, type Segmentation, type Span, trimSpan } from './segments';

/** The verb must come within this many characters of the clause start (after openers). */
const MAX_SUBJECT = 16;
/** A verb right after a modal (`将`, `要`) may come later: the subject can be a long noun phrase. */
const MAX_MODAL_SUBJECT = 24;
/** Openers, enumerators and spaces before the subject: how far past the window a verb may still count. */
const HEAD_SLACK = 12;
const MIN_LENGTH = 5;
const MAX_LENGTH = 120;
/** After the verb (and `了`), at least this much object: `明确指出` introduces, it does not state. */
const MIN_OBJECT = 3;
const ENUMERATOR = /^[（(]?[0-9一二三四五六七八九十]{1,2}[)）、.．]\s*/;
const ENUMERATOR_START = /[（(0-9一二三四五六七八九十]/;
const SEPARATOR = /[\s,，:：、]/;

/** Skips `其中,`, `另外`, `一是`, `(1)`; a one-character opener (`并`, `还`) only before a verb or modal. */
function afterOpeners(text: string, start: number, end: number): number {
  let s = start;
  for (let round = 0; round < 3 && s < end; round++) {
    const enumerator = ENUMERATOR_START.test(text[s] ?? '') ? ENUMERATOR.exec(text.slice(s, s + 8)) : null;
    const opener = matchAt(ZH_OPENERS, text, s);
    let next = s;
    if (enumerator) next = s + enumerator[0].length;
    else if (opener) {
      const beforeVerb = matchAt(ZH_POLICY_VERBS, text, opener.end) ?? matchAt(ZH_MODALS, text, opener.end);
      if (opener.end - opener.start > 1 || beforeVerb || SEPARATOR.test(text[opener.end] ?? ''))
        next = opener.end;
    }
    while (next < end && SEPARATOR.test(text[next] ?? '')) next++;
    if (next === s) break;
    s = next;
  }
  return s;
}

/** Is there a policy verb near the start of the piece at all? (Most clauses have none: a cheap refusal.) */
function verbNearStart(text: string, pieceStart: number, pieceEnd: number): boolean {
  const limit = Math.min(pieceEnd, pieceStart + MAX_MODAL_SUBJECT + HEAD_SLACK);
  for (let i = pieceStart; i < limit; i++) {
    if (ZH_POLICY_VERBS.forward.next.has(text.charCodeAt(i)) && matchAt(ZH_POLICY_VERBS, text, i) !== null)
      return true;
  }
  return false;
}

/** The measure in `[pieceStart, pieceEnd)` (a clause or a part of one), or null. */
function evaluate(
  text: string,
  pieceStart: number,
  pieceEnd: number,
  titles: readonly Span[],
): MeasureCandidate | null {
  if (pieceEnd - pieceStart > MAX_LENGTH + 20 || !verbNearStart(text, pieceStart, pieceEnd)) return null;
  const trimmed = trimSpan(text, pieceStart, pieceEnd);
  const start = afterOpeners(text, trimmed.start, trimmed.end);
  const { end } = trimmed;
  if (end - start < MIN_LENGTH || end - start > MAX_LENGTH) return null;
  if (matchAt(ZH_PURPOSE_MARKERS, text, start) || /[?？]/.test(text[pieceEnd] ?? '')) return null;
  // The first verb after a modal (`亦將延長`) beats an earlier one used as a noun (`基礎建設計畫`).
  let chosen: LiteralMatch<number> | null = null;
  let modal = false;
  for (let i = start; i < end && i - start <= MAX_MODAL_SUBJECT; i++) {
    const verb = insideSpan(titles, i) ? null : matchAt(ZH_POLICY_VERBS, text, i);
    if (verb === null) continue;
    i = verb.end - 1;
    if (!isVerbUse(text, verb, start, end)) continue;
    if (matchEndingAt(ZH_MODALS, text, verb.start, start) !== null) {
      chosen = verb;
      modal = true;
      break;
    }
    if (chosen === null && verb.start - start <= MAX_SUBJECT) chosen = verb;
  }
  if (chosen === null) return null;
  const subject = text.slice(start, chosen.start);
  if (ZH_PROBLEM_WORDS.some((w) => subject.includes(w))) return null;
  return { start, end, weight: chosen.value, modal, subject, lang: 'zh' };
}

/** Not a noun (`正在推进的`, `…的推进`), not an introduction (`明确指出`), not a purpose (`以促进`). */
function isVerbUse(text: string, verb: LiteralMatch<number>, start: number, end: number): boolean {
  if (text[verb.start - 1] === '的') return false;
  let objectStart = verb.end;
  if (text[objectStart] === '了') objectStart++;
  if (text[objectStart] === '的' || end - objectStart < MIN_OBJECT) return false;
  if (matchAt(ZH_NOMINAL_FOLLOWERS, text, objectStart)) return false;
  return matchEndingAt(ZH_PURPOSE_MARKERS, text, verb.start, start) === null;
}

const IDEOGRAPHIC_COMMA = 0x3001; // 、
const FROM = 0x4ece; // 从
const FROM_TRADITIONAL = 0x5f9e; // 從
const TO = 0x5230; // 到

/** The last `到` in `[start, end)`, or -1: found once per clause, so the cut stays linear. */
function lastTo(text: string, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) if (text.charCodeAt(i) === TO) return i;
  return -1;
}

export function zhMeasureCandidates(
  text: string,
  segmentation: Segmentation,
  titles: readonly Span[],
): MeasureCandidate[] {
  // Without a Chinese character there is no Chinese verb: skip the work (English pages).
  if (!/[\u3400-\u9fff]/.test(text)) return [];
  const found: MeasureCandidate[] = [];
  for (const clause of segmentation.clauses) {
    // `包括深入推进…改革、完善…机制`: a `、` right before a policy verb starts another measure.
    let start = clause.start;
    const to = lastTo(text, clause.start, clause.end);
    let from = -1;
    for (let i = clause.start; i < clause.end; i++) {
      const code = text.charCodeAt(i);
      if (code === FROM || code === FROM_TRADITIONAL) from = i;
      if (code !== IDEOGRAPHIC_COMMA || i === start || insideSpan(titles, i)) continue;
      if (matchAt(ZH_POLICY_VERBS, text, i + 1) === null) continue;
      // `从修订法律法规、制定配套细则到部署具体任务`: a span from … to …, one statement, not a list:
      // a `从` in this piece before the `、`, and a `到` after it in the clause.
      if (from >= start && to > i) continue;
      const candidate = evaluate(text, start, i, titles);
      if (candidate) found.push(candidate);
      start = i + 1;
    }
    const candidate = evaluate(text, start, clause.end, titles);
    if (candidate) found.push(candidate);
  }
  return found;
}
