/** How `npm run eval` prints detection quality: a table per page, a summary per kind, unjudged loudly. */
import type { FindingKind } from '../utils/detect/types';
import {
  type PageDetection,
  PRECISION_TARGETS,
  ratio,
  SHOWN_FIRST,
  sumTallies,
  type Tally,
  type Unjudged,
} from './eval-detect';
import { KINDS } from './judged';

export interface Baseline {
  detector: string;
  recall: Record<FindingKind, number>;
  precision: Record<FindingKind, number>;
}

const pct = (r: number | null): string => (r === null ? '–' : `${(r * 100).toFixed(0)}%`);
const cell = (t: Tally): string =>
  t.suggested === 0 ? '–' : `${t.keep}/${t.suggested} ${pct(ratio(t.keep, t.suggested))}`;
const PLURAL: Record<FindingKind, string> = { figure: 'figures', measure: 'measures', document: 'documents' };

export function printDetectionTable(pages: readonly PageDetection[]): void {
  const header = ['page', 'figures kept', 'measures kept', 'documents kept', 'unjudged'];
  const rows = pages.map((p) =>
    p.error
      ? [p.slug, 'ERROR', '', '', '']
      : [
          p.slug,
          cell(p.tally.figure),
          cell(p.tally.measure),
          cell(p.tally.document),
          String(p.unjudged.length),
        ],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  for (const p of pages) if (p.error) console.log(`\n${p.slug}\n  error: ${p.error}`);
}

/** The summary per kind; true when every target holds. */
export function summariseDetection(pages: readonly PageDetection[], baseline: Baseline | null): boolean {
  const total = sumTallies(pages);
  let ok = pages.every((p) => p.error === null);
  console.log('');
  for (const kind of KINDS) {
    const t = total[kind];
    const precision = ratio(t.keep, t.suggested);
    const recall = ratio(t.recalled, t.targets);
    const target = PRECISION_TARGETS[kind];
    const precisionOk = precision === null || precision >= target;
    const floor = baseline?.recall[kind] ?? null;
    const recallOk = floor === null || recall === null || recall >= floor - 1e-9;
    ok = ok && precisionOk && recallOk;
    console.log(
      `${PLURAL[kind].padEnd(9)} precision ${pct(precision).padStart(4)} (${t.keep}/${t.suggested}${t.unjudged ? `, ${t.unjudged} unjudged` : ''}) ` +
        `target ≥ ${target} ${precisionOk ? '✓' : '✗'}` +
        ` · recall ${pct(recall).padStart(4)} (${t.recalled}/${t.targets} kept items)` +
        (floor === null ? '' : ` baseline ${pct(floor)} ${recallOk ? '✓' : '✗'}`) +
        ` · shown first (${SHOWN_FIRST}/page) ${pct(ratio(t.shownKeep, t.shown))}`,
    );
  }
  if (baseline) console.log(`(baseline: ${baseline.detector}, same judged set)`);
  return ok;
}

/** Unjudged suggestions, impossible to miss, with the item to add once judged. */
export function printUnjudged(unjudged: readonly Unjudged[], judgedDir: string): void {
  if (unjudged.length === 0) return;
  const bar = '!'.repeat(78);
  console.log(`\n${bar}`);
  console.log(
    `!!! ${unjudged.length} UNJUDGED SUGGESTION${unjudged.length > 1 ? 'S' : ''}: counted as noise above. Judge each by hand and add it to`,
  );
  console.log(`!!! ${judgedDir}/<page>.json as {"kind", "text", "near", "verdict": "keep" | "noise"}:`);
  console.log(bar);
  for (const u of unjudged.slice(0, 60))
    console.log(
      `${u.page}  ${u.kind}  ${JSON.stringify(u.text.slice(0, 80))}  near ${JSON.stringify(u.near)}`,
    );
  if (unjudged.length > 60)
    console.log(`… and ${unjudged.length - 60} more (--unjudged FILE writes them all)`);
  console.log(bar);
}
