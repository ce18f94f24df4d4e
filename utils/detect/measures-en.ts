/**
 * English measures: the comma clause holding a trigger (`will allocate`, `plans to launch`, `approved`,
 * `requires`), continued over following comma clauses until one opens a new statement (`, and the…`,
 * `, officials said`) or the sentence ends. Leading phrases (`In Brussels,`) stay in the context only.
 */
import {
  EN_ADVERBS,
  EN_CLAUSE_BREAKS,
  EN_OPENERS,
  EN_POLICY_VERBS,
  EN_RELATIVES,
  EN_TRIGGERS,
  type EnTrigger,
} from './measure-words-en';
import { findAll, matchAt } from './literal-table';
import type { MeasureCandidate } from './measure-score';
import { insideSpan, isCjk, type Segmentation, type Span, trimSpan } from './segments';

const MAX_LENGTH = 320;
const MIN_WORDS = 4;
const CLAUSE_LEVEL = new Set([',', '，', ':', '：']);

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
}

function triggers(text: string): Trigger[] {
  return (
    findAll(EN_TRIGGERS, text)
      // `Trump-imposed tariffs`: a hyphenated verb is an adjective.
      .filter((m) => text.charCodeAt(m.start - 1) !== 0x2d)
      .filter((m) => !m.value.modal || modalIsTrigger(text, m.end))
      .map((m) => ({ start: m.start, ...m.value }))
  );
}

function afterOpeners(text: string, start: number, end: number): number {
  let s = start;
  for (let round = 0; round < 3; round++) {
    const opener = matchAt(EN_OPENERS, text, s);
    if (!opener || opener.end >= end) break;
    s = opener.end;
    while (s < end && /[\s,]/.test(text[s] ?? '')) s++;
  }
  return s;
}

/** `the minister said the government would ban…`: the measure starts after the reporting verb. */
function afterReporting(text: string, start: number, trigger: number): number {
  const reported = /\b(?:said|says|announced|stated|noted|confirmed)(?: that)? /g;
  const subject = text.slice(start, trigger);
  let from = start;
  for (let m = reported.exec(subject); m !== null; m = reported.exec(subject))
    from = start + m.index + m[0].length;
  return from;
}

function hasCjk(text: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (isCjk(text[i])) return true;
  return false;
}

export function enMeasureCandidates(
  text: string,
  segmentation: Segmentation,
  titles: readonly Span[],
): MeasureCandidate[] {
  const all = triggers(text);
  const { clauses } = segmentation;
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
    let m = k;
    for (;;) {
      const next = clauses[m + 1];
      const current = clauses[m];
      // Only across one comma-level mark: never into the next sentence or paragraph.
      if (next === undefined || current === undefined || next.start !== current.end + 1) break;
      if (!CLAUSE_LEVEL.has(text[current.end] ?? '')) break;
      if (
        next.end - clause.start > MAX_LENGTH ||
        matchAt(EN_CLAUSE_BREAKS, text, skipSpaces(text, next.start))
      )
        break;
      m++;
    }
    const trimmed = trimSpan(text, clause.start, clauses[m]?.end ?? clause.end);
    const start = afterReporting(text, afterOpeners(text, trimmed.start, trimmed.end), trigger.start);
    const body = text.slice(start, trimmed.end);
    k = m;
    if (body.split(' ').length < MIN_WORDS || start > trigger.start || matchAt(EN_RELATIVES, text, start))
      continue;
    // `Introduced diseases were…`: a tensed verb needs a subject before it; a question states nothing.
    if ((!trigger.modal && trigger.start === start) || /[?？]/.test(text[clauses[m]?.end ?? 0] ?? ''))
      continue;
    found.push({
      start,
      end: trimmed.end,
      weight: trigger.weight,
      modal: trigger.modal,
      subject: text.slice(start, trigger.start),
      lang: 'en',
    });
  }
  return found;
}
