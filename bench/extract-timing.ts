/** Timing arithmetic shared by the Node and Chromium halves of the extraction bench. */
import { median } from './stats';

export interface PageTiming {
  slug: string;
  /** Median milliseconds of our full `extract`. */
  oursMs: number;
  /** Median milliseconds of raw `new Readability(document.cloneNode(true)).parse()`, same page, same run. */
  rawMs: number;
  runs: number;
}

export interface ExtractFigures {
  ratioMedian: number;
  ratioMax: number;
  msMedian: number;
  msMax: number;
  pages: number;
  /** Pages whose batches measured no CPU time for a side (a clock that missed them): left out of the figures. */
  untimed?: string[];
}

/** Each page is timed for about this long per side, within the run limits below. */
export const TIME_BUDGET_MS = 2000;
export const MIN_RUNS = 5;
export const MAX_RUNS = 81;

/** Runs per side for a page whose first run took `firstMs`: odd, so the median is one run. */
export function runsFor(firstMs: number): number {
  const runs = Math.min(MAX_RUNS, Math.max(MIN_RUNS, Math.round(TIME_BUDGET_MS / Math.max(firstMs, 0.05))));
  return runs % 2 ? runs : runs + 1;
}

const round = (n: number, digits: number): number => Number(n.toFixed(digits));

export function summarise(timings: readonly PageTiming[]): ExtractFigures {
  // A side timed at 0 ms would make a ratio of 0 or Infinity (JSON null): such a page is named instead.
  const timed = timings.filter((t) => t.oursMs > 0 && t.rawMs > 0);
  const untimed = timings.filter((t) => !timed.includes(t)).map((t) => t.slug);
  const ratios = timed.map((t) => t.oursMs / t.rawMs);
  const ms = timed.map((t) => t.oursMs);
  return {
    ratioMedian: round(median(ratios), 3),
    ratioMax: round(Math.max(...ratios), 3),
    msMedian: round(median(ms), 2),
    msMax: round(Math.max(...ms), 2),
    pages: timed.length,
    ...(untimed.length > 0 ? { untimed } : {}),
  };
}
