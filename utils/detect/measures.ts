/** Measures: what a government or body does, will do, requires, funds, allows or pilots. */
import type { FigureFinding, MeasureFinding } from './types';
import { measureScore, measureType } from './measure-score';
import { enMeasureCandidates } from './measures-en';
import { zhMeasureCandidates } from './measures-zh';
import { contextOf } from './contexts';
import { type Segmentation, type Span, spanIndexAt } from './segments';

const SPECIFIC_FIGURES = new Set(['money', 'percent', 'count', 'quantity']);

/** Does an amount, a share or a count lie inside `[start, end)`? (Figures sorted by start.) */
function hasSpecificFigure(figures: readonly FigureFinding[], start: number, end: number): boolean {
  for (let i = Math.max(0, spanIndexAt(figures, start)); i < figures.length; i++) {
    const f = figures[i];
    if (f === undefined || f.start >= end) break;
    if (f.start >= start && f.end <= end && SPECIFIC_FIGURES.has(f.type)) return true;
  }
  return false;
}

/** Chinese rules read clauses with Chinese policy verbs, English rules clauses without Chinese text. */
export function detectMeasures(
  text: string,
  segmentation: Segmentation,
  titles: readonly Span[],
  figures: readonly FigureFinding[],
): MeasureFinding[] {
  const candidates = [
    ...zhMeasureCandidates(text, segmentation, titles),
    ...enMeasureCandidates(text, segmentation, titles, figures),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const found: MeasureFinding[] = [];
  for (const c of candidates) {
    const last = found[found.length - 1];
    if (last !== undefined && c.start < last.end) continue;
    const body = text.slice(c.start, c.end);
    const type = measureType(body, c.lang);
    found.push({
      kind: 'measure',
      type,
      text: body,
      start: c.start,
      end: c.end,
      context: contextOf(text, segmentation.sentences, c.start, c.end),
      suggested: true,
      // Every measure has the same fields, set or not: one object shape keeps the code reading them fast.
      reason: undefined,
      count: 1,
      occurrences: undefined,
      score: measureScore(c, type, hasSpecificFigure(figures, c.start, c.end), body),
    });
  }
  return found;
}
