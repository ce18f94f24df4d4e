/**
 * One figure around one number token: money, percent, count, quantity (from the unit tables) and ratios.
 * Dates are in `dates.ts`. Every look-around reads a bounded slice next to the token.
 */
import type { FigureType } from './types';
import {
  EN_CURRENCY_CODES,
  EN_CURRENCY_SYMBOLS,
  EN_CURRENCY_WORDS,
  EN_PER_UNIT,
  EN_SCALE_ABBREVIATIONS,
  EN_SCALE_WORDS,
  EN_UNITS,
} from './figure-units-en';
import {
  type UnitRule,
  ZH_APPROXIMATIONS,
  ZH_CURRENCY_PREFIXES,
  ZH_SCALES,
  ZH_UNITS,
} from './figure-units-zh';
import { type LiteralMatch, type LiteralTable, literalTable, matchAt, matchEndingAt } from './literal-table';
import { isDigit, numberAt, type NumberToken } from './numbers';

export interface FigureMatch {
  start: number;
  end: number;
  type: FigureType;
  value: number | null;
  unit: string | null;
}

export interface FigureScope {
  text: string;
  /** Nothing before this offset belongs to the figure (clause start, end of the previous figure). */
  floor: number;
  /** What an unqualified `元` is: CNY, or TWD / HKD on Taiwan / Hong Kong pages. */
  localYuan: string;
  /** What a bare `$` is: USD, or TWD / HKD / AUD / CAD / NZD / SGD by the page's region. */
  localDollar: string;
}

/** Scale words below this do not make a bare number a figure (`5千` alone is too ambiguous). */
const MIN_BARE_SCALE = 1e4;

/** The currency written before the number, if any. */
function currencyBefore(scope: FigureScope, start: number): LiteralMatch<string> | null {
  const { text, floor } = scope;
  const glued =
    matchEndingAt(EN_CURRENCY_SYMBOLS, text, start, floor) ??
    matchEndingAt(ZH_CURRENCY_PREFIXES, text, start, floor);
  if (glued) return glued;
  if (text[start - 1] !== ' ' && text[start - 1] !== '\u00a0') return null;
  return (
    matchEndingAt(EN_CURRENCY_CODES, text, start - 1, floor) ??
    matchEndingAt(EN_CURRENCY_SYMBOLS, text, start - 1, floor)
  );
}

/** An entry of `table` at `pos`, or after one space there when `spaced`. */
function afterSpace<T>(
  table: LiteralTable<T>,
  text: string,
  pos: number,
  spaced: boolean,
): LiteralMatch<T> | null {
  const direct = matchAt(table, text, pos);
  if (direct || !spaced || (text[pos] !== ' ' && text[pos] !== '\u00a0')) return direct;
  return matchAt(table, text, pos + 1);
}

interface Suffix {
  end: number;
  scale: number;
  unit: UnitRule | null;
}

/** Chinese: `[多余]? scale? [多余]? unit`, preferring a unit that starts with a scale character (`千瓦`). */
function zhSuffix(text: string, pos: number): Suffix | null {
  const approx = matchAt(ZH_APPROXIMATIONS, text, pos);
  const at = approx ? approx.end : pos;
  const unitOnly = matchAt(ZH_UNITS, text, at);
  const scale = matchAt(ZH_SCALES, text, at);
  if (scale) {
    const approx2 = matchAt(ZH_APPROXIMATIONS, text, scale.end);
    const after = approx2 ? approx2.end : scale.end;
    const unit = matchAt(ZH_UNITS, text, after);
    const scaledEnd = unit ? unit.end : after;
    if (!unitOnly || scaledEnd > unitOnly.end)
      return { end: scaledEnd, scale: scale.value, unit: unit?.value ?? null };
  }
  if (unitOnly) return { end: unitOnly.end, scale: 1, unit: unitOnly.value };
  return null;
}

/** English: `( scale-word | scale-abbreviation )? unit?`, abbreviations only after a currency mark. */
function enSuffix(text: string, pos: number, hasCurrency: boolean): Suffix | null {
  let at = pos;
  let scale = 1;
  const word = afterSpace(EN_SCALE_WORDS, text, at, true);
  const abbreviation = hasCurrency ? afterSpace(EN_SCALE_ABBREVIATIONS, text, at, true) : null;
  const scaleMatch = word ?? abbreviation;
  if (scaleMatch) {
    scale = scaleMatch.value;
    at = scaleMatch.end;
  }
  const unit = afterSpace(EN_CURRENCY_WORDS, text, at, true) ?? afterSpace(EN_UNITS, text, at, true);
  if (unit) return { end: unit.end, scale, unit: unit.value };
  return scaleMatch ? { end: at, scale, unit: null } : null;
}

function localise(unit: UnitRule, localYuan: string): string | null {
  return unit.localYuan ? localYuan : unit.unit;
}

/** A bare `$` is the page's dollar: NT$ on Taiwan pages, HK$ in Hong Kong, A$ in Australia. */
function localDollar(text: string, prefix: LiteralMatch<string>, dollar: string): string {
  return prefix.end - prefix.start === 1 && text[prefix.start] === '$' ? dollar : prefix.value;
}

const RANGE_SEPARATORS = literalTable<true>(
  ['至', '到', '-', '–', '—', '~', '～', ' to ', ' - ', ' – '].map((w) => [w, true] as const),
);

/** `6万至8万元`, `10-20%`, `$5-10 billion`: the second number's unit is the first's too. */
function rangeSuffix(text: string, pos: number, hasCurrency: boolean): Suffix | null {
  const separator = matchAt(RANGE_SEPARATORS, text, pos);
  if (!separator) return null;
  const second = numberAt(text, separator.end);
  if (second === null || isDigit(text[second.end])) return null;
  const suffix = zhSuffix(text, second.end) ?? enSuffix(text, second.end, hasCurrency);
  if (suffix === null) return null;
  const fits = hasCurrency ? suffix.unit === null || suffix.unit.type === 'money' : suffix.unit !== null;
  return fits ? suffix : null;
}

/** Money, percent, count, quantity or multiple around `token`, or null for a bare number. */
export function matchUnitFigure(scope: FigureScope, token: NumberToken): FigureMatch | null {
  const { text } = scope;
  const prefix = currencyBefore(scope, token.start);
  const own = zhSuffix(text, token.end) ?? enSuffix(text, token.end, prefix !== null);
  const range = own?.unit ? null : rangeSuffix(text, own ? own.end : token.end, prefix !== null);
  const suffix = range ?? own;
  // A range has no single value; its unit is still known.
  const value = (scale: number): number | null => (range ? null : token.value * scale);
  const start = prefix ? prefix.start : token.start;
  let end = suffix ? suffix.end : token.end;
  const unitRule = suffix?.unit ?? null;
  const currency = prefix
    ? localDollar(text, prefix, scope.localDollar)
    : unitRule?.type === 'money'
      ? localise(unitRule, scope.localYuan)
      : null;
  if (currency !== null) {
    const per = afterSpace(EN_PER_UNIT, text, end, true);
    if (per) end = per.end;
    const scale = suffix?.scale ?? 1;
    return {
      start,
      end,
      type: 'money',
      value: value(scale),
      unit: per ? `${currency}/${per.value}` : currency,
    };
  }
  if (suffix === null) return null;
  if (unitRule !== null) {
    if (unitRule.type === 'percent' && suffix.scale !== 1) return null;
    return { start, end, type: unitRule.type, value: value(suffix.scale), unit: unitRule.unit };
  }
  if (suffix.scale < MIN_BARE_SCALE) return null;
  return { start, end, type: 'count', value: value(suffix.scale), unit: null };
}

/** Context words that make `3:1` a ratio rather than a time or a score. */
const RATIO_CUES = /比例|之比|比为|比為|配比|ratio|split/i;

/** `1.1:50.3:48.6`; two parts only after a ratio cue; `10:30` and `12:30:45` are times. */
export function matchRatio(scope: FigureScope, token: NumberToken): FigureMatch | null {
  const { text } = scope;
  if (text[token.end] !== ':' && text[token.end] !== '：') return null;
  const parts: NumberToken[] = [token];
  let end = token.end;
  while (text[end] === ':' || text[end] === '：') {
    const next = numberAt(text, end + 1);
    if (next === null || isDigit(text[next.end])) break;
    parts.push(next);
    end = next.end;
  }
  if (parts.length < 2) return null;
  const looksLikeTime = parts.every(
    (p, i) => !p.decimal && (i === 0 ? p.value <= 23 : p.digits.length === 2 && p.value <= 59),
  );
  if (looksLikeTime) return null;
  if (
    parts.length === 2 &&
    !RATIO_CUES.test(text.slice(Math.max(scope.floor, token.start - 12), token.start))
  )
    return null;
  return { start: token.start, end, type: 'ratio', value: null, unit: 'ratio' };
}
