/**
 * English targets: a verb of change with the quantity it aims at (`reduce coal-fired fine dusts by
 * 90%`, `increase solar module efficiency from around 20% now to 24%`, `cut the cost … to $0.10/W by
 * 2030`). Found where a list of targets leaves them without their modal (`…, and increase … to 24%`,
 * `which aims to increase…`), and one measure each when `and` joins them.
 */
import { isHanChar } from '@/utils/text/han';
import type { FigureFinding } from './types';
import { EN_HEDGES, RULE_MAKERS } from './measure-filters-en';
import { literalTable, matchAt } from './literal-table';
import type { MeasureCandidate } from './measure-score';
import { trimSpan } from './contexts';
import { around, insideSpan, paragraphStart, type Segmentation, type Span, spanIndexAt } from './segments';

// prettier-ignore
const TARGET_VERBS = literalTable<true>(
  ['reduce', 'cut', 'lower', 'increase', 'raise', 'boost', 'expand', 'double', 'triple', 'halve', 'bring',
    'limit', 'cap', 'achieve', 'reach', 'install', 'build', 'deploy', 'add', 'generate', 'slash', 'grow',
    'improve', 'decrease', 'phase out', 'bring down', 'scale up'].map((w) => [w, true] as const),
  { wholeWord: true, caseInsensitive: true },
);

/** Words before a target verb that leave it a target (`to reduce`, `and increase`, `will cut`). */
const LEADS = new Set(['to', 'and', 'will', 'shall', 'must', 'also', 'or', 'would', 'could', 'can', 'may']);
const WEAK_LEADS = new Set(['would', 'could', 'can', 'may']);
/** A target's figure follows one of these within its phrase: `by 90%`, `to 24%`, `from 20% … to 24%`. */
const TARGET_MARK =
  /\b(?:by|to|from|at)\s+(?:around |about |nearly |some |more than |less than |at least )?$/i;
const TARGET_WEIGHT = 0.55;
/** Longer clauses are not read for targets (as `measures-en.ts` refuses clauses past its MAX_LENGTH). */
const MAX_CLAUSE = 320;
/** The joiner a target phrase ends before (`, and`, `and`, `,`). */
const JOINER_AT = /^(?:,? and|,) /;
const PLANNING =
  /\b(?:targets?|goals?|aims?|plans?|strategy|roadmap|pledged?|commit\w*|will|shall|must|intends?|seeks?)\b/i;
const MIN_WORDS = 3;

function leadBefore(text: string, pos: number): string {
  const m = /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, pos - 12), pos));
  return m?.[1]?.toLowerCase() ?? '';
}

/** Does a quantity (not a date) in `[from, to)` follow `by`, `to` or `from`? */
function hasTargetFigure(text: string, from: number, to: number, figures: readonly FigureFinding[]): boolean {
  for (let i = Math.max(0, spanIndexAt(figures, from)); i < figures.length; i++) {
    const f = figures[i] as FigureFinding;
    if (f.start >= to) break;
    if (f.start < from || f.type === 'date') continue;
    if (TARGET_MARK.test(text.slice(Math.max(from, f.start - 40), f.start))) return true;
  }
  return false;
}

/** Joiners (`, and`, `and`, `,`) in `[from, limit)` followed by a target verb: where another phrase may start. */
function targetJoiners(text: string, from: number, limit: number): { at: number; next: number }[] {
  const found: { at: number; next: number }[] = [];
  // Searched in the slice only: a search from `from` over the whole text would make the scan quadratic.
  const slice = text.slice(from, Math.min(text.length, limit + 1));
  const joiner = /(?:,? and|,) (?=[a-z])/g;
  for (let m = joiner.exec(slice); m !== null && from + m.index < limit; m = joiner.exec(slice)) {
    const next = from + m.index + m[0].length;
    if (matchAt(TARGET_VERBS, text, next)) found.push({ at: from + m.index, next });
  }
  return found;
}

/**
 * Where the target phrase starting at `verb` ends: before the first `[,] and <another target>` whose
 * phrase (up to the next such joiner) has a target figure, or at `limit`. One pass over `[verb, limit)`.
 */
function phraseEnd(text: string, verb: number, limit: number, figures: readonly FigureFinding[]): number {
  const joiners = targetJoiners(text, verb, limit);
  for (let i = 0; i < joiners.length; i++) {
    const joiner = joiners[i] as { at: number; next: number };
    if (hasTargetFigure(text, joiner.next, joiners[i + 1]?.at ?? limit, figures)) return joiner.at;
  }
  return limit;
}

/** A candidate cut before each `and <target>` (`…by 90% and increase Y to 24%`): one measure per target. */
export function splitAtTargets(
  text: string,
  candidate: MeasureCandidate,
  figures: readonly FigureFinding[],
): MeasureCandidate[] {
  const pieces: MeasureCandidate[] = [];
  let start = candidate.start;
  let subject = candidate.subject;
  while (start < candidate.end) {
    const end = phraseEnd(text, start + subject.length, candidate.end, figures);
    pieces.push({ ...candidate, start, end, subject });
    if (end >= candidate.end) break;
    start = end + (JOINER_AT.exec(text.slice(end, end + 6))?.[0].length ?? 0);
    subject = '';
  }
  return pieces;
}

/** How much of the block before a list item is read for what introduces it. */
const LEAD_IN = 200;

/** List items read back over to find what introduces them. */
const MAX_ITEMS_BACK = 12;

/**
 * What introduces a list item starting a block at `start` (`It also plans to:` before `reduce … by
 * 90%`): the end of the block that opens the list with a colon, read back over the short blocks of the
 * other items; nothing when the block is not in such a list.
 */
function leadIn(text: string, start: number): string {
  let blockStart = start;
  for (let k = 0; k < MAX_ITEMS_BACK && blockStart >= 2 && text[blockStart - 1] === '\n'; k++) {
    let end = blockStart - 1;
    while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--;
    const previous = paragraphStart(text, end);
    if (text[end - 1] === ':' || text[end - 1] === '：')
      return `${text.slice(Math.max(previous, end - LEAD_IN), end)} `;
    // Another item: short, not a sentence.
    if (end - previous > LEAD_IN || /[.!?。！？]$/.test(text.slice(previous, end))) return '';
    blockStart = previous;
  }
  return '';
}

/** Target phrases that no trigger carries: in lists, after `which aims to`, after a bullet. */
export function targetCandidates(
  text: string,
  segmentation: Segmentation,
  titles: readonly Span[],
  figures: readonly FigureFinding[],
): MeasureCandidate[] {
  const found: MeasureCandidate[] = [];
  const { clauses } = segmentation;
  // A target holds a figure: only clauses with one are read, each once; not Chinese ones.
  let lastClause = -1;
  const re = new RegExp(TARGET_VERBS.searchSource, 'gi');
  for (const figure of figures) {
    if (figure.type === 'date' || isHanChar(text[figure.end]) || isHanChar(text[figure.start - 1])) continue;
    const k = spanIndexAt(clauses, figure.start);
    if (k === lastClause) continue;
    lastClause = k;
    const clause = clauses[k];
    // Targets are read in clauses of a measure's length: an endless clause costs nothing more.
    if (clause === undefined || clause.end - clause.start > MAX_CLAUSE) continue;
    found.push(...clauseTargets(text, segmentation, titles, figures, clause, re));
  }
  return found;
}

function clauseTargets(
  text: string,
  segmentation: Segmentation,
  titles: readonly Span[],
  figures: readonly FigureFinding[],
  clause: Span,
  re: RegExp,
): MeasureCandidate[] {
  const found: MeasureCandidate[] = [];
  const slice = text.slice(clause.start, clause.end);
  re.lastIndex = 0;
  const clauseHead = trimSpan(text, clause.start, clause.end).start;
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    const verb = clause.start + m.index;
    if (insideSpan(titles, verb) || text.charCodeAt(verb - 1) === 0x2d) continue;
    const lead = leadBefore(text, verb);
    if (/^add up\b/i.test(text.slice(verb, verb + 7))) continue;
    const atHead = verb <= clauseHead + 2 || /^(?:and|also|then)\s+$/i.test(text.slice(clauseHead, verb));
    if (!atHead && !LEADS.has(lead)) continue;
    const end = trimSpan(text, verb, phraseEnd(text, verb + m[0].length, clause.end, figures)).end;
    if (text.slice(verb, end).split(' ').length < MIN_WORDS) continue;
    if (!hasTargetFigure(text, verb, end, figures)) continue;
    const { sentences } = segmentation;
    const sentence = around(sentences[spanIndexAt(sentences, verb)] ?? clause, verb, end);
    const before = leadIn(text, sentence.start) + text.slice(sentence.start, verb);
    if (EN_HEDGES.test(before) || /\bable to\s+$/i.test(before)) continue;
    if (WEAK_LEADS.has(lead) && !RULE_MAKERS.test(before)) continue;
    // A target belongs to a plan: its sentence says so (`aims`, `target`, `will`, a body, a document).
    if (!RULE_MAKERS.test(before + text.slice(verb, sentence.end)) && !PLANNING.test(before)) continue;
    found.push({ start: verb, end, weight: TARGET_WEIGHT, modal: true, subject: '', lang: 'en' });
    re.lastIndex = end - clause.start;
  }
  return found;
}
