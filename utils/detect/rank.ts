/**
 * What the popup lists first: per kind, the suggested findings, most important first, cut to a readable
 * number (the rest behind "Show all"). Important means, per kind:
 * - figures: an amount or a share of the economy or a policy (money, percentages, counts in the
 *   thousands) before small counts and physical quantities; a figure with a period and one inside a
 *   measure before one without; larger amounts before smaller ones of the same type;
 * - measures: the detector's score (a policy verb with an actor, an amount, a known type);
 * - documents: laws, plans and policies before reports; cited more often first.
 * Ties keep the order of the text. Pure: the popup, the library and the tests call the same function.
 */
import type { FigureFinding, Finding, FindingKind } from './types';
import { spanIndexAt } from './segments';

export interface RankOptions {
  /** How many suggestions per kind are shown before "Show all" (default 8). */
  limitPerKind?: number;
}

export interface RankedKind<F extends Finding = Finding> {
  /** Suggested findings of this kind, most important first, at most `limitPerKind`. */
  top: F[];
  /** The other suggested findings, most important first. */
  more: F[];
  /** `top.length + more.length`. */
  total: number;
}

export type RankedFindings = Record<FindingKind, RankedKind>;

export const DEFAULT_LIMIT_PER_KIND = 8;

const FIGURE_TYPE_WEIGHT: Record<FigureFinding['type'], number> = {
  money: 3,
  percent: 2.5,
  count: 2,
  quantity: 1.5,
  ratio: 1,
  date: 0,
};

const DOCUMENT_TYPE_WEIGHT: Record<string, number> = {
  law: 3,
  policy: 3,
  plan: 3,
  report: 2,
  other: 1,
  media: 0,
};

function figureWeight(f: FigureFinding, inMeasure: boolean): number {
  let w = FIGURE_TYPE_WEIGHT[f.type];
  if (f.type === 'count' && (f.value ?? 0) >= 1000) w += 0.5;
  if (f.period) w += 0.3;
  if (inMeasure) w += 0.7;
  if (f.direction) w += 0.2;
  return w;
}

function weightOf(f: Finding, measures: readonly Finding[]): number {
  if (f.kind === 'measure') return f.score * 10;
  if (f.kind === 'document') return (DOCUMENT_TYPE_WEIGHT[f.type] ?? 1) + Math.min(f.count, 5) * 0.2;
  // Measures do not overlap and are sorted: only the last one starting before the figure can hold it.
  const measure = measures[spanIndexAt(measures, f.start)];
  return figureWeight(f, measure !== undefined && f.end <= measure.end);
}

/** `findings` as `detect` returns them → per kind, the suggested ones ranked and cut to `limitPerKind`. */
export function rankFindings(findings: readonly Finding[], options: RankOptions = {}): RankedFindings {
  const limit = Math.max(0, options.limitPerKind ?? DEFAULT_LIMIT_PER_KIND);
  const measures = findings.filter((f) => f.kind === 'measure' && f.suggested);
  const ranked = {} as RankedFindings;
  for (const kind of ['figure', 'measure', 'document'] as const) {
    const items = findings
      .map((f, order) => ({ f, order }))
      .filter(({ f }) => f.kind === kind && f.suggested)
      .map(({ f, order }) => ({ f, order, weight: weightOf(f, measures) }))
      .sort((a, b) => b.weight - a.weight || a.order - b.order)
      .map(({ f }) => f);
    ranked[kind] = { top: items.slice(0, limit), more: items.slice(limit), total: items.length };
  }
  return ranked;
}
