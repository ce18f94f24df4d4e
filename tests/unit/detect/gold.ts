/** Gold files (seed page and the detect fixtures) and the rules for scoring findings against them. */
import type { Finding } from '@/utils/detect/types';

export interface GoldFigure {
  text: string;
  /** The finding's `type` (the seed gold calls it `kind`). */
  kind: string;
  value?: number;
  unit?: string;
}

export interface Gold {
  page: string;
  lang?: string;
  article?: { lang?: string };
  figures: GoldFigure[];
  documents: string[];
  notDocuments: string[];
  measures: string[];
}

/** Types whose findings must all be gold figures (precision 100%); dates and years may be extra. */
export const PRECISE_TYPES = new Set(['money', 'percent', 'count']);

/** A gold measure is found when a measure finding contains it, or covers ≥ 60% of it from inside. */
export function measureFound(gold: string, findings: readonly Finding[]): boolean {
  return findings.some(
    (f) =>
      f.kind === 'measure' &&
      (f.text.includes(gold) || (gold.includes(f.text) && f.text.length >= 0.6 * gold.length)),
  );
}

export function figureFound(gold: GoldFigure, findings: readonly Finding[]): boolean {
  return findings.some(
    (f) =>
      f.kind === 'figure' &&
      f.text === gold.text &&
      f.type === gold.kind &&
      (gold.value === undefined || f.value === gold.value) &&
      (gold.unit === undefined || f.unit === gold.unit),
  );
}

/** Money, percent and count findings that are not gold figures of that type. */
export function impreciseFigures(gold: Gold, findings: readonly Finding[]): string[] {
  const allowed = new Set(gold.figures.map((g) => `${g.kind}:${g.text}`));
  return findings
    .filter((f) => f.kind === 'figure' && PRECISE_TYPES.has(f.type) && !allowed.has(`${f.type}:${f.text}`))
    .map((f) => `${f.type}:${f.text}`);
}

export function documentType(text: string, findings: readonly Finding[]): string | undefined {
  return findings.find((f) => f.kind === 'document' && f.text === text)?.type;
}
