/**
 * Which figures are key figures. A key figure states an amount, a rate, a count or a target; what only
 * places something in time (a date, a year, `20年前`, `over 10 years`) is the period of the figures
 * around it, and what has no words saying what it counts (a table cell, a map legend) cannot be saved
 * with a statement. Conversions in brackets (`268,000 km² (103,500 sq mi)`) repeat a figure: dropped.
 */
import type { FigureFinding, FigurePeriod, UnsuggestedReason } from './types';
import {
  GEOGRAPHIC_CUES,
  GEOGRAPHIC_UNITS,
  HUNDRED_PERCENT_SUMS,
  MINOR_COUNT,
  NO_LABEL_WORDS,
  ZH_NO_LABEL,
  THRESHOLD_AFTER,
  TIME_CUES,
  TIME_UNITS,
} from './figure-cues';
import { type Segmentation, spanIndexAt } from './segments';

/** A sentence this long has words besides its figures. */
const LABEL_WINDOW = 160;

/** How far before a figure (in its clause) a cue word is looked for. */
const CUE_WINDOW = 60;

function clauseBefore(text: string, segmentation: Segmentation, f: FigureFinding): string {
  const clause = segmentation.clauses[spanIndexAt(segmentation.clauses, f.start)];
  const from = Math.max(clause?.start ?? 0, f.start - CUE_WINDOW);
  return text.slice(from, f.start);
}

function clauseOf(text: string, segmentation: Segmentation, f: FigureFinding): string {
  const clause = segmentation.clauses[spanIndexAt(segmentation.clauses, f.start)];
  const from = Math.max(Math.min(clause?.start ?? f.start, f.start), f.start - CUE_WINDOW);
  return text.slice(from, Math.min(Math.max(clause?.end ?? f.end, f.end), f.end + CUE_WINDOW));
}

/** `268,000 km² (103,500 sq mi)`, `$5 billion (€4.6 billion)`: the same amount again, in brackets. */
function isConversion(text: string, previous: FigureFinding | undefined, f: FigureFinding): boolean {
  if (previous === undefined || previous.type !== f.type) return false;
  if (f.type !== 'quantity' && f.type !== 'money') return false;
  const between = text.slice(previous.end, f.start);
  return /^\s?[(（]$/.test(between) && /^[)）]/.test(text.slice(f.end, f.end + 1));
}

/**
 * Is there a word stating what the figure counts, once figures, digits and hedges are taken out of its
 * sentence? A table cell or a legend is a sentence of its own (`13.4 MB (-81%)`, `Less than 5%`).
 */
function labelled(
  text: string,
  segmentation: Segmentation,
  figures: readonly FigureFinding[],
  i: number,
): boolean {
  const f = figures[i] as FigureFinding;
  const sentence = segmentation.sentences[spanIndexAt(segmentation.sentences, f.start)];
  const from = Math.min(sentence?.start ?? f.start, f.start);
  const to = Math.max(sentence?.end ?? f.end, f.end);
  if (to - from > LABEL_WINDOW) return true;
  let first = i;
  while (first > 0 && (figures[first - 1]?.end ?? -1) > from) first--;
  let rest = '';
  let at = from;
  for (let j = first; j < figures.length; j++) {
    const g = figures[j] as FigureFinding;
    if (g.start >= to) break;
    rest += text.slice(at, Math.max(at, g.start));
    at = Math.max(at, g.end);
  }
  rest += text.slice(at, to);
  const word = /[A-Za-z]{3,}|[\u3400-\u9fff]{2,}/g;
  for (let m = word.exec(rest); m !== null; m = word.exec(rest)) {
    const w = m[0];
    if (
      w.charCodeAt(0) < 0x80 ? !NO_LABEL_WORDS.has(w.toLowerCase()) : w.replace(ZH_NO_LABEL, '').length >= 2
    )
      return true;
  }
  return false;
}

/** Suggested, or why not. */
function roleOf(
  text: string,
  segmentation: Segmentation,
  figures: readonly FigureFinding[],
  i: number,
  keptPrevious: FigureFinding | undefined,
): UnsuggestedReason | null {
  const f = figures[i] as FigureFinding;
  if (f.type === 'date') return 'period';
  if (!labelled(text, segmentation, figures, i)) return 'unlabelled';
  const before = clauseBefore(text, segmentation, f);
  if (f.type === 'quantity' && TIME_UNITS.has(f.unit ?? '')) {
    const cued = TIME_CUES.test(before);
    if (THRESHOLD_AFTER.test(text.slice(f.end, f.end + 12))) return 'period';
    // `84 years for females, and 80.2 years for males`: the second shares the first one's cue.
    const shared =
      keptPrevious?.suggested === true &&
      keptPrevious.unit === f.unit &&
      /^[\s,，、]*(?:and|to|和|与|及|至|到|-|–)?\s*$/.test(
        text.slice(keptPrevious.end, f.start).replace(/\bfor \S+/g, ''),
      );
    return cued || shared ? null : 'period';
  }
  if (f.type === 'quantity' && GEOGRAPHIC_UNITS.has(f.unit ?? '')) {
    return GEOGRAPHIC_CUES.test(clauseOf(text, segmentation, f)) ? null : 'detail';
  }
  if (f.type === 'count' && f.value !== null && f.value < MINOR_COUNT) return 'detail';
  if (f.type === 'percent' && f.value === 100 && HUNDRED_PERCENT_SUMS.test(before)) return 'unlabelled';
  return null;
}

/** The date or year a figure refers to: in its clause, else the nearest before it in its statement, else after. */
function periodOf(
  segmentation: Segmentation,
  dates: readonly FigureFinding[],
  f: FigureFinding,
): FigurePeriod | undefined {
  const clause = segmentation.clauses[spanIndexAt(segmentation.clauses, f.start)];
  // The statement is the sentence, or a bounded part of it: an endless sentence stays linear.
  const sentence = f.statement;
  let before: FigureFinding | undefined;
  let after: FigureFinding | undefined;
  let inClause: FigureFinding | undefined;
  for (let k = Math.max(0, spanIndexAt(dates, sentence.start)); k < dates.length; k++) {
    const d = dates[k] as FigureFinding;
    if (d.start >= sentence.end) break;
    if (d.end <= sentence.start) continue;
    const sameClause = clause !== undefined && d.start >= clause.start && d.end <= clause.end;
    if (
      sameClause &&
      (inClause === undefined || Math.abs(d.start - f.start) < Math.abs(inClause.start - f.start))
    )
      inClause = d;
    if (d.end <= f.start) before = d;
    else if (after === undefined && d.start >= f.end) after = d;
  }
  const d = inClause ?? before ?? after;
  if (d === undefined || d.iso === undefined) return undefined;
  const period: FigurePeriod = { text: d.text, start: d.start, end: d.end, iso: d.iso };
  if (d.deadline) period.deadline = true;
  return period;
}

export function assignRoles(
  text: string,
  segmentation: Segmentation,
  figures: readonly FigureFinding[],
): FigureFinding[] {
  const kept: FigureFinding[] = [];
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i] as FigureFinding;
    if (isConversion(text, figures[i - 1], f)) continue;
    const reason = roleOf(text, segmentation, figures, i, kept[kept.length - 1]);
    if (reason !== null) {
      f.suggested = false;
      f.reason = reason;
    }
    kept.push(f);
  }
  const dates = kept.filter((f) => f.type === 'date');
  if (dates.length === 0) return kept;
  for (const f of kept) {
    if (f.type === 'date') continue;
    const period = periodOf(segmentation, dates, f);
    if (period) f.period = period;
  }
  return kept;
}
