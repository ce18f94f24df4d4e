/**
 * Detection quality on the judged set: for each corpus page, the suggestions (`suggested: true`) of the
 * current detector matched to their judgements (`judged.ts`); precision per kind = kept / suggested, an
 * unjudged suggestion counting as noise and listed loudly (judge it before trusting the figure); recall
 * per kind = the page's kept items (judged keep, from any detector version, plus the seed's gold) that
 * the current suggestions still hold.
 */
import { readFileSync } from 'node:fs';
import { rankFindings } from '../utils/detect/rank';
import type { Finding, FindingKind } from '../utils/detect/types';
import type { CorpusPage } from './eval-corpus';
import { type JudgedItem, judge, KINDS, loadJudged, nearKey, sameWords } from './judged';
import { analysePage } from './eval-page';

/** Targets of issue 17 (precision); recall must not fall below the baseline's. */
export const PRECISION_TARGETS: Record<FindingKind, number> = { figure: 0.9, measure: 0.85, document: 0.9 };
/** How many suggestions per kind the popup shows first (rankFindings), for the "shown first" figure. */
export const SHOWN_FIRST = 8;
/** A kept measure or document is still found when a suggestion holds it, or covers this share of it from inside. */
const COVER = 0.6;

export interface Tally {
  suggested: number;
  keep: number;
  noise: number;
  unjudged: number;
  /** Kept items (judged and gold) of the page, and how many the current suggestions hold. */
  targets: number;
  recalled: number;
  shown: number;
  shownKeep: number;
}

export interface Unjudged {
  page: string;
  kind: FindingKind;
  text: string;
  near: string;
  context: string;
}

export interface PageDetection {
  slug: string;
  error: string | null;
  tally: Record<FindingKind, Tally>;
  unjudged: Unjudged[];
  judgedFile: boolean;
}

const emptyTally = (): Tally => ({
  suggested: 0,
  keep: 0,
  noise: 0,
  unjudged: 0,
  targets: 0,
  recalled: 0,
  shown: 0,
  shownKeep: 0,
});
const emptyTallies = (): Record<FindingKind, Tally> => ({
  figure: emptyTally(),
  measure: emptyTally(),
  document: emptyTally(),
});

export interface Target {
  kind: FindingKind;
  text: string;
  near: string | null;
}

interface Gold {
  figures?: { text: string; kind: string }[];
  documents?: string[];
  measures?: string[];
}

export function goldTargets(path: string | null): Target[] {
  if (path === null) return [];
  const gold = JSON.parse(readFileSync(path, 'utf8')) as Gold;
  return [
    ...(gold.figures ?? [])
      .filter((f) => f.kind !== 'date')
      .map((f) => ({ kind: 'figure' as const, text: f.text, near: null })),
    ...(gold.documents ?? []).map((text) => ({ kind: 'document' as const, text, near: null })),
    ...(gold.measures ?? []).map((text) => ({ kind: 'measure' as const, text, near: null })),
  ];
}

function keptTargets(items: readonly JudgedItem[], gold: readonly Target[]): Target[] {
  const seen = new Set<string>();
  const targets: Target[] = [];
  for (const t of [
    ...items.filter((i) => i.verdict === 'keep').map((i) => ({ kind: i.kind, text: i.text, near: i.near })),
    ...gold,
  ]) {
    const key = `${t.kind}\u0000${t.text}\u0000${t.near ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    targets.push(t);
  }
  return targets;
}

function holds(text: string, suggestion: Finding, target: Target): boolean {
  if (suggestion.kind !== target.kind) return false;
  if (sameWords(suggestion.text, target.text)) {
    if (target.kind !== 'figure' || target.near === null) return true;
    const occurrences = suggestion.occurrences ?? [{ start: suggestion.start, end: suggestion.end }];
    return occurrences.some((o) => nearKey(text, o.start, o.end) === target.near);
  }
  // A measure or a title cut differently (`Education Act 1989 No 80` holds `Education Act 1989`).
  if (target.kind === 'figure') return false;
  return (
    suggestion.text.includes(target.text) ||
    (target.text.includes(suggestion.text) && suggestion.text.length >= COVER * target.text.length)
  );
}

export function evaluatePageDetection(page: CorpusPage, judgedDir: string): PageDetection {
  const loaded = loadJudged(judgedDir, page.slug);
  if (!loaded.ok) return failed(page.slug, loaded.message);
  const analysis = analysePage(page);
  if (!analysis.ok) return failed(page.slug, analysis.message);
  return scorePage(
    page.slug,
    analysis.text,
    analysis.findings,
    loaded.page?.items ?? null,
    goldTargets(page.gold),
  );
}

function failed(slug: string, error: string): PageDetection {
  return { slug, error, tally: emptyTallies(), unjudged: [], judgedFile: false };
}

/** One page's findings scored against its judged items (null: no judged file) and gold targets. */
export function scorePage(
  slug: string,
  text: string,
  findings: readonly Finding[],
  judgedItems: readonly JudgedItem[] | null,
  gold: readonly Target[],
): PageDetection {
  const tally = emptyTallies();
  const items = judgedItems ?? [];
  const suggested = findings.filter((f) => f.suggested !== false);
  const unjudged: Unjudged[] = [];
  const verdicts = new Map<Finding, JudgedItem['verdict'] | null>();
  for (const { finding, near, item } of judge(text, suggested, items)) {
    const t = tally[finding.kind];
    t.suggested++;
    verdicts.set(finding, item?.verdict ?? null);
    if (item === null) {
      t.unjudged++;
      unjudged.push({ page: slug, kind: finding.kind, text: finding.text, near, context: finding.context });
    } else if (item.verdict === 'keep') t.keep++;
    else t.noise++;
  }
  const ranked = rankFindings(findings, { limitPerKind: SHOWN_FIRST });
  for (const kind of KINDS) {
    for (const f of ranked[kind].top) {
      tally[kind].shown++;
      if (verdicts.get(f) === 'keep') tally[kind].shownKeep++;
    }
  }
  for (const target of keptTargets(items, gold)) {
    const t = tally[target.kind];
    t.targets++;
    if (suggested.some((s) => holds(text, s, target))) t.recalled++;
  }
  return { slug, error: null, tally, unjudged, judgedFile: judgedItems !== null };
}

export function sumTallies(pages: readonly PageDetection[]): Record<FindingKind, Tally> {
  const total = emptyTallies();
  for (const p of pages)
    for (const kind of KINDS)
      for (const key of Object.keys(total[kind]) as (keyof Tally)[]) total[kind][key] += p.tally[kind][key];
  return total;
}

export const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
