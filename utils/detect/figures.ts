/**
 * Figures: every number token is tried against the date rules, the ratio rule, the unit rules and the
 * bare-year rule, in that order. Numbers inside cited titles (`《…(2021-2023)》`) are never figures.
 */
import type { FigureFinding } from './types';
import { matchBareYear, matchStructuredDate } from './dates';
import { EN_CHANGE_FILLERS, EN_CHANGE_WORDS, EN_FIGURE_JOINERS } from './figure-units-en';
import { ZH_CHANGE_FILLERS, ZH_CHANGE_VERBS, ZH_FIGURE_JOINERS } from './figure-units-zh';
import { type FigureMatch, type FigureScope, matchRatio, matchUnitFigure } from './figure-match';
import { matchAt, matchEndingAt } from './literal-table';
import { scanNumbers } from './numbers';
import { contextOf, type Segmentation, type Span } from './segments';

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

export function detectFigures(
  text: string,
  segmentation: Segmentation,
  titles: readonly Span[],
  lang: string | null | undefined,
): FigureFinding[] {
  const found: FigureFinding[] = [];
  const { clauses } = segmentation;
  const localYuan = localYuanFor(lang);
  const localDollar = localDollarFor(lang);
  let clause = 0;
  let title = 0;
  // One scope for the whole scan, its floor moved per token: no allocation per number.
  const scope: FigureScope = { text, floor: 0, localYuan, localDollar };
  scanNumbers(text, (token) => {
    while (title < titles.length && (titles[title]?.end ?? 0) <= token.start) title++;
    const inTitle = titles[title];
    if (inTitle !== undefined && inTitle.start <= token.start) return inTitle.end;
    while (clause + 1 < clauses.length && (clauses[clause + 1]?.start ?? 0) <= token.start) clause++;
    const previous = found[found.length - 1];
    const clauseStart = clauses[clause]?.start ?? 0;
    const floor = Math.max(clauseStart, previous?.end ?? 0);
    scope.floor = floor;
    const date = matchStructuredDate(scope, token);
    const match: FigureMatch | null = date
      ? { start: date.start, end: date.end, type: 'date', value: null, unit: 'date' }
      : (matchRatio(scope, token) ?? matchUnitFigure(scope, token));
    const bareYear = date === null && match === null ? matchBareYear(scope, token) : null;
    const dated = date ?? bareYear;
    const figure =
      match ??
      (bareYear
        ? { start: bareYear.start, end: bareYear.end, type: 'date' as const, value: null, unit: 'date' }
        : null);
    if (figure === null) return token.end;
    // A figure may not run into a cited title (`5《…》` is two things).
    const next = titles[title];
    if (next !== undefined && figure.end > next.start) return token.end;
    const finding: FigureFinding = {
      kind: 'figure',
      type: figure.type,
      text: text.slice(figure.start, figure.end),
      start: figure.start,
      end: figure.end,
      context: contextOf(text, clauses, figure.start, figure.end),
      value: figure.value,
      unit: figure.unit,
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
  });
  return found;
}
