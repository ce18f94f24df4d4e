/**
 * Figures: every number token (digits, or a run of Chinese numerals) is tried against the date rules,
 * the ratio rule, the unit rules and the bare-year rule, in that order. Numbers inside cited titles
 * (`《…(2021-2023)》`) are never figures. Each figure then gets its statement, its period and whether it
 * is suggested (`figure-roles.ts`).
 */
import type { FigureFinding } from './types';
import { chineseNumeralValue, numeralRuns } from './chinese-numerals';
import { type DateMatch, matchBareYear, matchStructuredDate } from './dates';
import { EN_CHANGE_FILLERS, EN_CHANGE_WORDS, EN_FIGURE_JOINERS } from './figure-units-en';
import {
  ZH_APPROXIMATIONS,
  ZH_CHANGE_FILLERS,
  ZH_CHANGE_VERBS,
  ZH_FIGURE_JOINERS,
  ZH_UNITS,
} from './figure-units-zh';
import {
  type FigureMatch,
  type FigureScope,
  matchNumeralFigure,
  matchRatio,
  matchUnitFigure,
} from './figure-match';
import { assignRoles } from './figure-roles';
import { matchAt, matchEndingAt } from './literal-table';
import { type NumberToken, scanNumbers } from './numbers';
import { contextSpan, MAX_STATEMENT, statementOf } from './contexts';
import { type Segmentation, type Span, spanIndexAt } from './segments';

/** What `元` means on a page in this language (BCP 47). */
export function localYuanFor(lang: string | null | undefined): string {
  const tag = (lang ?? '').toLowerCase();
  if (/^zh-(hant-)?tw\b/.test(tag)) return 'TWD';
  if (/^zh-(hant-)?hk\b/.test(tag)) return 'HKD';
  if (/^zh-(hant-)?mo\b/.test(tag)) return 'MOP';
  return 'CNY';
}

/** What a bare `$` means on a page in this language (BCP 47 region). */
export function localDollarFor(lang: string | null | undefined): string {
  const region = /-(tw|hk|au|ca|nz|sg)\b/.exec((lang ?? '').toLowerCase())?.[1];
  const dollars: Record<string, string> = {
    tw: 'TWD',
    hk: 'HKD',
    au: 'AUD',
    ca: 'CAD',
    nz: 'NZD',
    sg: 'SGD',
  };
  return region === undefined ? 'USD' : (dollars[region] ?? 'USD');
}

function skipSpaceBack(text: string, pos: number, floor: number): number {
  return pos > floor && text[pos - 1] === ' ' ? pos - 1 : pos;
}

/** `增长32.3%` → up, `fell by nearly 5%` → down: the change word before the figure, hedges allowed. */
function directionBefore(text: string, start: number, floor: number): 'up' | 'down' | undefined {
  let pos = start;
  const zhFiller = matchEndingAt(ZH_CHANGE_FILLERS, text, pos, floor);
  if (zhFiller) pos = zhFiller.start;
  const zh = matchEndingAt(ZH_CHANGE_VERBS, text, pos, floor);
  if (zh) return zh.value;
  pos = skipSpaceBack(text, start, floor);
  const enFiller = matchEndingAt(EN_CHANGE_FILLERS, text, pos, floor);
  if (enFiller) pos = skipSpaceBack(text, enFiller.start, floor);
  const en = matchEndingAt(EN_CHANGE_WORDS, text, pos, floor)?.value;
  return en === 'none' ? undefined : en;
}

/** `增长13.48%和26.13%`: the second figure shares the first one's change word. */
function sharedDirection(
  text: string,
  previous: FigureFinding | undefined,
  match: FigureMatch,
  clauseStart: number,
): 'up' | 'down' | undefined {
  if (previous?.direction === undefined || previous.type !== match.type || previous.start < clauseStart)
    return undefined;
  const between = text.slice(previous.end, match.start).trim();
  if (between.length === 0 || between.length > 4) return undefined;
  const joined = matchAt(ZH_FIGURE_JOINERS, between, 0) ?? matchAt(EN_FIGURE_JOINERS, between, 0);
  return joined !== null && joined.end === between.length ? previous.direction : undefined;
}

/** The unit words as written: the figure's text without its number, spaces collapsed (`$ billion`, `亿元`). */
function unitTextOf(
  text: string,
  figure: FigureMatch,
  numberStart: number,
  numberEnd: number,
): string | null {
  if (figure.type === 'date' || (figure.type === 'ratio' && figure.unit === 'ratio')) return null;
  const after = text.slice(numberEnd, figure.end).trim();
  const words =
    numberStart > figure.start ? `${text.slice(figure.start, numberStart).trim()} ${after}`.trim() : after;
  return words === '' ? null : words.includes('  ') ? words.replace(/\s+/g, ' ') : words;
}

/** A number to try: a digit token, or a run of Chinese numerals with its value. */
type Candidate = NumberToken | NumeralRun;

/** A run of Chinese numerals read as one number. */
interface NumeralRun {
  numerals: true;
  start: number;
  end: number;
  value: number;
}

interface Matched {
  figure: FigureMatch;
  dated: DateMatch | null;
}

/** Characters that may follow a figure written in Chinese numerals. */
const NUMERAL_FOLLOWERS = (c: number): boolean =>
  ZH_UNITS.forward.next.has(c) || ZH_APPROXIMATIONS.forward.next.has(c) || c === 0x6210; // 成

/** Runs of Chinese numerals that read as one number, in order (none on pages without them). */
function numeralCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const { start, end, run } of numeralRuns(text)) {
    // A figure in words is followed by its unit, `成`, `多`/`余`, or preceded by `百分之`: others are words.
    const after = text.charCodeAt(end);
    const percentOf =
      text.charCodeAt(start - 1) === 0x4e4b &&
      text.charCodeAt(start - 2) === 0x5206 &&
      text.charCodeAt(start - 3) === 0x767e; // 百分之
    if (!percentOf && !NUMERAL_FOLLOWERS(after)) continue;
    const value = chineseNumeralValue(run);
    if (value === null) continue;
    found.push({ numerals: true, start, end, value });
  }
  return found;
}

function matchCandidate(scope: FigureScope, candidate: Candidate): Matched | null {
  if ('numerals' in candidate) {
    const figure = matchNumeralFigure(scope, candidate.start, candidate.end, candidate.value);
    return figure ? { figure, dated: null } : null;
  }
  const token = candidate;
  const date = matchStructuredDate(scope, token);
  const unit = date ? null : (matchRatio(scope, token) ?? matchUnitFigure(scope, token));
  const bareYear = date === null && unit === null ? matchBareYear(scope, token) : null;
  const dated = date ?? bareYear;
  const figure: FigureMatch | null =
    unit ??
    (dated
      ? { start: dated.start, end: dated.end, type: 'date', number: null, value: null, unit: 'date' }
      : null);
  return figure ? { figure, dated } : null;
}

/** Every figure occurrence of `text`, sorted by start, with its statement, period and suggestion. */
export function detectFigures(
  text: string,
  segmentation: Segmentation,
  titles: readonly Span[],
  lang: string | null | undefined,
): FigureFinding[] {
  const found: FigureFinding[] = [];
  const { clauses } = segmentation;
  let clause = 0;
  let title = 0;
  // One scope for the whole scan, its floor moved per candidate: no allocation per number.
  const scope: FigureScope = {
    text,
    floor: 0,
    localYuan: localYuanFor(lang),
    localDollar: localDollarFor(lang),
  };
  /** Tries one candidate; returns where the scan resumes. */
  const consider = (candidate: Candidate): number => {
    while (title < titles.length && (titles[title]?.end ?? 0) <= candidate.start) title++;
    const inTitle = titles[title];
    if (inTitle !== undefined && inTitle.start <= candidate.start) return inTitle.end;
    while (clause + 1 < clauses.length && (clauses[clause + 1]?.start ?? 0) <= candidate.start) clause++;
    const previous = found[found.length - 1];
    if (previous !== undefined && candidate.start < previous.end) return candidate.end;
    const clauseStart = clauses[clause]?.start ?? 0;
    const floor = Math.max(clauseStart, previous?.end ?? 0);
    scope.floor = floor;
    const result = matchCandidate(scope, candidate);
    if (result === null) return candidate.end;
    const { figure, dated } = result;
    // A figure may not run into a cited title (`5《…》` is two things).
    const next = titles[title];
    if (next !== undefined && figure.end > next.start) return candidate.end;
    const context = contextSpan(text, clauses, figure.start, figure.end, clause);
    const finding: FigureFinding = {
      kind: 'figure',
      type: figure.type,
      text: text.slice(figure.start, figure.end),
      start: figure.start,
      end: figure.end,
      context: text.slice(context.start, context.end),
      suggested: true,
      count: 1,
      number: figure.number,
      value: figure.value,
      unit: figure.unit,
      unitText: unitTextOf(text, figure, candidate.start, candidate.end),
      // A date is no statement of its own (it is a period): its clause stands in.
      statement: dated ? context : statement(figure.start, figure.end),
      // Every figure has the same fields, set or not: one object shape keeps the code reading them fast.
      reason: undefined,
      occurrences: undefined,
      direction: undefined,
      iso: undefined,
      deadline: undefined,
      period: undefined,
    };
    if (dated) {
      finding.iso = dated.iso;
      if (dated.deadline) finding.deadline = true;
    } else {
      const direction =
        directionBefore(text, figure.start, floor) ?? sharedDirection(text, previous, figure, clauseStart);
      if (direction) finding.direction = direction;
    }
    found.push(finding);
    return figure.end;
  };
  const numerals = segmentation.cjk ? numeralCandidates(text) : [];
  // Figures of one short sentence share its statement: computed once per sentence.
  let shared: { sentence: Span | undefined; statement: Span } | null = null;
  const statement = (start: number, end: number): Span => {
    const sentence = segmentation.sentences[spanIndexAt(segmentation.sentences, start)];
    if (shared !== null && shared.sentence === sentence && sentence !== undefined) return shared.statement;
    const span = statementOf(text, segmentation, start, end);
    const whole =
      sentence !== undefined &&
      sentence.end - sentence.start <= MAX_STATEMENT &&
      start >= sentence.start &&
      end <= sentence.end;
    shared = whole ? { sentence, statement: span } : null;
    return span;
  };
  let n = 0;
  scanNumbers(text, (token) => {
    while (n < numerals.length && (numerals[n]?.start ?? 0) < token.start)
      consider(numerals[n++] as Candidate);
    return consider(token);
  });
  while (n < numerals.length) consider(numerals[n++] as Candidate);
  return assignRoles(text, segmentation, found);
}
