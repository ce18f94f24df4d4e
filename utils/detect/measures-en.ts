/**
 * English measures: the comma clause holding a trigger (`will allocate`, `plans to launch`, `approved`,
 * `requires`), continued over following comma clauses until one opens a new statement (`, and the…`,
 * `, officials said`) or the sentence ends. Leading phrases (`In Brussels,`) stay in the context only;
 * a name broken by a comma (`Ministry of Trade, Industry and Energy`) is mended. Targets joined by `and`
 * (`…reduce X by 90% and increase Y to 24%`) are one measure each (`measures-en-targets.ts`).
 */
import { isHanChar } from '@/utils/text/han';
import type { FigureFinding } from './types';
import {
  EN_ADVERBS,
  EN_CLAUSE_BREAKS,
  EN_OPENERS,
  EN_POLICY_VERBS,
  EN_RELATIVES,
  EN_TRIGGERS,
  type EnTrigger,
} from './measure-words-en';
import {
  EN_ATTRIBUTION,
  EN_BAD_STARTS,
  EN_CONDITIONS,
  EN_HEDGES,
  EN_OFFICIAL_SPEAKERS,
  EN_PUBLICATIONS,
  insideEnQuote,
  RULE_MAKERS,
  tensedVerbStates,
  WEAK_MODALS,
} from './measure-filters-en';
import { splitAtTargets, targetCandidates } from './measures-en-targets';
import { findAll, matchAt } from './literal-table';
import type { MeasureCandidate } from './measure-score';
import { trimSpan } from './contexts';
import { around, insideSpan, paragraphStart, type Segmentation, type Span, spanIndexAt } from './segments';

const MAX_LENGTH = 320;
const MIN_WORDS = 4;
const CLAUSE_LEVEL = new Set([',', '，', ':', '：']);
/** An attribution is a short clause (`officials said on Tuesday`). */
const MAX_ATTRIBUTION = 80;
const ATTRIBUTION_AT = new RegExp(EN_ATTRIBUTION.source.replace(/^\^/, ''), 'y');
const CONSEQUENCE_AT = /(?!including|excluding|covering)[a-z]+ing\b/y;
const PUBLISHING_NEXT = /^\s+(?:\w+\s+)?(?:release|publish|issue|present|unveil)/i;

function skipSpaces(text: string, pos: number): number {
  let p = pos;
  while (text[p] === ' ') p++;
  return p;
}

/** A modal counts only when a policy verb follows it (`will allocate`, `shall gradually phase out`). */
function modalIsTrigger(text: string, end: number): boolean {
  let pos = skipSpaces(text, end);
  for (let i = 0; i < 2; i++) {
    const adverb = matchAt(EN_ADVERBS, text, pos);
    if (!adverb) break;
    pos = skipSpaces(text, adverb.end);
  }
  return matchAt(EN_POLICY_VERBS, text, pos) !== null;
}

interface Trigger extends EnTrigger {
  start: number;
  end: number;
}

function triggers(text: string): Trigger[] {
  return (
    findAll(EN_TRIGGERS, text)
      // `Trump-imposed tariffs`: a hyphenated verb is an adjective.
      .filter((m) => text.charCodeAt(m.start - 1) !== 0x2d)
      .filter((m) => !m.value.modal || modalIsTrigger(text, m.end))
      .map((m) => ({ start: m.start, end: m.end, ...m.value }))
  );
}

function afterOpeners(text: string, start: number, end: number): number {
  let s = start;
  for (let round = 0; round < 3; round++) {
    const opener = matchAt(EN_OPENERS, text, s);
    if (!opener || opener.end >= end) break;
    s = opener.end;
    while (s < end && /[\s,•·–-]/.test(text[s] ?? '')) s++;
  }
  return s;
}

/** `the minister said the government would ban…`: the measure starts after the reporting verb. */
function afterReporting(text: string, start: number, trigger: number): number {
  // `said`, `said that`, `said on Monday that`.
  const reported = /\b(?:said|says|announced|stated|noted|confirmed)(?:(?: [\w']+){0,4}? that)? /g;
  const subject = text.slice(start, trigger);
  let from = start;
  for (let m = reported.exec(subject); m !== null; m = reported.exec(subject))
    from = start + m.index + m[0].length;
  return from;
}

function hasCjk(text: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (isHanChar(text[i])) return true;
  return false;
}

const NAME_LIKE = /^(?:the )?(?:[A-Z][\w'’.&-]*|of|and|for|the)(?: (?:[A-Z][\w'’.&-]*|of|and|for|the)){0,7}$/;
const NAME_CONTINUES = /^[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* and [A-Z]/;

/** `Korea's Ministry of Trade, Industry and Energy (MOTIE) has…`: the clause before belongs to the name. */
function mendedStart(text: string, clauses: readonly Span[], k: number): number {
  const clause = clauses[k] as Span;
  const previous = clauses[k - 1];
  if (previous === undefined || text[previous.end] !== ',' || previous.end + 1 !== clause.start)
    return clause.start;
  const start = skipSpaces(text, clause.start);
  if (!NAME_CONTINUES.test(text.slice(start, start + 80))) return clause.start;
  const name = trimSpan(text, previous.start, previous.end);
  return NAME_LIKE.test(text.slice(name.start, name.end)) ? name.start : clause.start;
}

/** Through a dash aside (`— the who, where, when and how of a communication, but not its content —`). */
function insideDashAside(text: string, from: number, to: number): boolean {
  let dashes = 0;
  for (let i = from; i < to; i++) if (text[i] === '—' || (text[i] === '–' && text[i - 1] === ' ')) dashes++;
  return dashes % 2 === 1;
}

/** The last comma clause index the measure starting in clause `k` runs to. */
function lastClause(text: string, clauses: readonly Span[], k: number, from: number): number {
  let m = k;
  for (;;) {
    const next = clauses[m + 1];
    const current = clauses[m];
    // Only across one comma-level mark: never into the next sentence or paragraph.
    if (next === undefined || current === undefined || next.start !== current.end + 1) break;
    if (!CLAUSE_LEVEL.has(text[current.end] ?? '') || next.end - from > MAX_LENGTH) break;
    const head = skipSpaces(text, next.start);
    if (matchAt(EN_CLAUSE_BREAKS, text, head) && !insideDashAside(text, from, current.end)) break;
    // Read where they stand (sticky), not on a copy: these run for every clause a measure spans.
    ATTRIBUTION_AT.lastIndex = head;
    if (next.end - next.start <= MAX_ATTRIBUTION && ATTRIBUTION_AT.test(text)) break;
    // `…, disrupting business activity`: a consequence, not the measure (`including …` still is).
    CONSEQUENCE_AT.lastIndex = head;
    if (CONSEQUENCE_AT.test(text)) break;
    m++;
  }
  return m;
}

/** Why the candidate is not a measure, given its sentence (for conditions, quotations and rule-makers). */
function refused(text: string, whole: Span, start: number, trigger: Trigger, paragraph: number): boolean {
  // The sentence, but only as far as a finding's cues are read (an endless sentence stays linear).
  const sentence = around(whole, start, trigger.end);
  const body = text.slice(start, trigger.start);
  if (EN_BAD_STARTS.test(text.slice(start, start + 12)) || EN_HEDGES.test(body)) return true;
  // `is set to release its latest forecast`: only read when a publishing verb follows the trigger.
  if (
    PUBLISHING_NEXT.test(text.slice(trigger.end, trigger.end + 24)) &&
    EN_PUBLICATIONS.test(text.slice(trigger.start, sentence.end))
  )
    return true;
  if (EN_CONDITIONS.test(text.slice(sentence.start, sentence.start + 8).trimStart())) return true;
  const word = text.slice(trigger.start, trigger.end).toLowerCase();
  if (WEAK_MODALS.has(word) && !RULE_MAKERS.test(text.slice(sentence.start, trigger.start))) return true;
  if (!insideEnQuote(text, paragraph, start + (/^["“]/.test(text[start] ?? '') ? 1 : 0))) return false;
  return !EN_OFFICIAL_SPEAKERS.test(text.slice(sentence.start, Math.min(text.length, sentence.end + 80)));
}

export function enMeasureCandidates(
  text: string,
  segmentation: Segmentation,
  titles: readonly Span[],
  figures: readonly FigureFinding[],
): MeasureCandidate[] {
  const all = triggers(text);
  const { clauses, sentences } = segmentation;
  const found: MeasureCandidate[] = [];
  let t = 0;
  for (let k = 0; k < clauses.length; k++) {
    const clause = clauses[k];
    if (clause === undefined) continue;
    while (t < all.length && (all[t]?.start ?? 0) < clause.start) t++;
    const trigger = all[t];
    if (trigger === undefined || trigger.start >= clause.end || clause.end - clause.start > MAX_LENGTH)
      continue;
    if (insideSpan(titles, trigger.start)) continue;
    if (hasCjk(text, clause)) continue;
    const from = mendedStart(text, clauses, k);
    const m = lastClause(text, clauses, k, from);
    const trimmed = trimSpan(text, from, clauses[m]?.end ?? clause.end);
    const start = afterReporting(text, afterOpeners(text, trimmed.start, trimmed.end), trigger.start);
    k = m;
    const body = text.slice(start, trimmed.end);
    if (body.split(' ').length < MIN_WORDS || start > trigger.start || matchAt(EN_RELATIVES, text, start))
      continue;
    // `Introduced diseases were…`: a tensed verb needs a subject before it; a question states nothing.
    if ((!trigger.modal && trigger.start === start) || /[?？]/.test(text[clauses[m]?.end ?? 0] ?? ''))
      continue;
    if (!trigger.modal && !tensedVerbStates(text, start, trigger.start, trigger.end, clause.end)) continue;
    const sentence = sentences[spanIndexAt(sentences, start)] ?? { start, end: trimmed.end };
    const paragraph = paragraphStart(text, start);
    if (refused(text, sentence, start, trigger, paragraph)) continue;
    const candidate: MeasureCandidate = {
      start,
      end: trimmed.end,
      weight: trigger.weight,
      modal: trigger.modal,
      subject: text.slice(start, trigger.start),
      lang: 'en',
    };
    found.push(...splitAtTargets(text, candidate, figures));
  }
  return [...found, ...targetCandidates(text, segmentation, titles, figures)];
}
