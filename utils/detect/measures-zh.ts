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
import {
  adviceBefore,
  FIRST_PERSON,
  insideZhQuote,
  withoutDanglingEnd,
  ZH_OFFICIAL_SPEAKERS,
  ZH_OPINION_MARKERS,
  zhRefusal,
} from './measure-filters-zh';
import { trimSpan } from './contexts';
import { clausePieces, MAX_LENGTH, quotedClausesJoined } from './measures-zh-pieces';
import {
  around,
  insideSpan,
  LOOK_AROUND,
  paragraphStart,
  type Segmentation,
  type Span,
  spanIndexAt,
} from './segments';

/** The verb must come within this many characters of the clause start (after openers). */
const MAX_SUBJECT = 16;
/** A verb right after a modal (`将`, `要`) may come later: the subject can be a long noun phrase. */
const MAX_MODAL_SUBJECT = 24;
/** Openers, enumerators and spaces before the subject: how far past the window a verb may still count. */
const HEAD_SLACK = 12;
const MIN_LENGTH = 5;
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
    if (matchAt(ZH_POLICY_VERBS, text, i) !== null) return true;
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
    const verb = matchAt(ZH_POLICY_VERBS, text, i);
    if (verb === null || insideSpan(titles, i)) continue;
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
  const cut = withoutDanglingEnd(text, start, end);
  if (cut - start < MIN_LENGTH || cut - chosen.end < MIN_OBJECT) return null;
  if (zhRefusal(text, start, chosen.start, cut) !== null) return null;
  return { start, end: cut, weight: chosen.value, modal, subject, lang: 'zh' };
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

export function zhMeasureCandidates(
  text: string,
  segmentation: Segmentation,
  titles: readonly Span[],
): MeasureCandidate[] {
  // Without a Chinese character there is no Chinese verb: skip the work (English pages).
  if (!segmentation.cjk) return [];
  const found: MeasureCandidate[] = [];
  const { sentences } = segmentation;
  let sentence = -1;
  let purposeOpen = false;
  for (const clause of quotedClausesJoined(text, segmentation)) {
    // A clause longer than this is no prose (an endless run of words): no measure is read in it.
    if (clause.end - clause.start > MAX_CLAUSE) continue;
    const s = spanIndexAt(sentences, clause.start);
    if (s !== sentence) {
      sentence = s;
      purposeOpen = false;
    }
    // `为促进…,强化…,科技部…`: verb-first clauses after a purpose clause are still the purpose.
    // The head (past openers) is read only when a purpose may be at stake: most clauses have none.
    if (purposeOpen || mayOpenPurpose(text, clause)) {
      const head = afterOpeners(text, clause.start, clause.end);
      if (matchAt(ZH_PURPOSE_MARKERS, text, head)) {
        purposeOpen = true;
        continue;
      }
      if (purposeOpen && matchAt(ZH_POLICY_VERBS, text, head) !== null) continue;
    }
    purposeOpen = false;
    for (const piece of clausePieces(text, clause, titles)) {
      const candidate = evaluate(text, piece.start, piece.end, titles);
      if (candidate && !refusedByContext(text, sentenceContext(text, sentences[s], clause.start), candidate))
        found.push(candidate);
    }
  }
  return found;
}

/** Longest clause read for measures: a few measures joined by `、`/`以及`, with room to spare. */
const MAX_CLAUSE = 6 * MAX_LENGTH;

/** Openers and enumerators are short: a purpose marker, if any, starts within this many characters. */
const PURPOSE_WINDOW = 14;

/** Does a purpose marker's first character occur near the clause's start? (A cheap refusal.) */
function mayOpenPurpose(text: string, clause: Span): boolean {
  const { firsts } = ZH_PURPOSE_MARKERS;
  const limit = Math.min(clause.end, clause.start + PURPOSE_WINDOW);
  for (let i = clause.start; i < limit; i++) if (firsts[text.charCodeAt(i)] === 1) return true;
  return false;
}

interface SentenceContext {
  /** Start of the paragraph (at most LOOK_AROUND back): quotations are followed from here. */
  paragraph: number;
  sentence: Span;
}

function sentenceContext(text: string, sentence: Span | undefined, pos: number): SentenceContext {
  const span = sentence ?? { start: pos, end: pos };
  return { paragraph: paragraphStart(text, pos), sentence: span };
}

/** An opinion before the measure in its sentence, or words quoted from someone who is not an official. */
function refusedByContext(text: string, context: SentenceContext, c: MeasureCandidate): boolean {
  const near = around(context.sentence, c.start, c.end);
  const before = text.slice(near.start, c.start);
  if (ZH_OPINION_MARKERS.test(before) || adviceBefore(before)) return true;
  // Quoted words and a first person (`我们致力于…`) are someone's: a measure only from an official.
  if (
    !insideZhQuote(text, Math.max(context.paragraph, c.start - LOOK_AROUND), c.start) &&
    !FIRST_PERSON.test(c.subject)
  )
    return false;
  return !ZH_OFFICIAL_SPEAKERS.test(text.slice(near.start, Math.min(text.length, near.end + 40)));
}
