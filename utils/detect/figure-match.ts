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
import { chengEnd } from './chinese-numerals';

export interface FigureMatch {
  start: number;
  end: number;
  type: FigureType;
  /** The number as written (null for ranges, ratios and dates). */
  number: number | null;
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
export function currencyBefore(scope: FigureScope, start: number): LiteralMatch<string> | null {
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

export interface Suffix {
  end: number;
  scale: number;
  unit: UnitRule | null;
}

/** Chinese: `[多余]? scale? [多余]? unit`, preferring a unit that starts with a scale character (`千瓦`). */
export function zhSuffix(text: string, pos: number): Suffix | null {
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

export function localise(unit: UnitRule, localYuan: string): string | null {
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
  // `5.01–5.51 million` (a count), `$5-10 billion`, `10-20%`.
  const fits = hasCurrency
    ? suffix.unit === null || suffix.unit.type === 'money'
    : suffix.unit !== null || suffix.scale >= MIN_BARE_SCALE;
  return fits ? suffix : null;
}

/** Money, percent, count, quantity or multiple around `token`, or null for a bare number. */
export function matchUnitFigure(scope: FigureScope, token: NumberToken): FigureMatch | null {
  const { text } = scope;
  const share = token.decimal ? -1 : chengEnd(text, token.end, token.value);
  if (share > 0)
    return {
      start: token.start,
      end: share,
      type: 'percent',
      number: token.value,
      value: token.value * 10,
      unit: '%',
    };
  const prefix = currencyBefore(scope, token.start);
  const own = zhSuffix(text, token.end) ?? enSuffix(text, token.end, prefix !== null);
  const range = own?.unit ? null : rangeSuffix(text, own ? own.end : token.end, prefix !== null);
  const suffix = range ?? own;
  // A range has no single value; its unit is still known.
  const number = range ? null : token.value;
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
      number,
      value: number === null ? null : number * scale,
      unit: per ? `${currency}/${per.value}` : currency,
    };
  }
  if (suffix === null) return null;
  if (unitRule !== null) {
    if (unitRule.type === 'percent' && suffix.scale !== 1) return null;
    return {
      start,
      end,
      type: unitRule.type,
      number,
      value: number === null ? null : number * suffix.scale,
      unit: unitRule.unit,
    };
  }
  if (suffix.scale < MIN_BARE_SCALE) return null;
  return {
    start,
    end,
    type: 'count',
    number,
    value: number === null ? null : number * suffix.scale,
    unit: null,
  };
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
  return { start: token.start, end, type: 'ratio', number: null, value: null, unit: 'ratio' };
}

/** Durations and ages are only read from digits: `三年` and `十岁` are more often phrases than figures. */
const WORDED_UNIT_REFUSED = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'age']);
/** A count in Chinese numerals below this is a phrase (`一批`, `两个关键`, `三部曲`), not a figure. */
const MIN_WORDED_COUNT = 10;

/**
 * A figure written in Chinese numerals over `[start, end)` (value `value`): money (`五千万元`,
 * `人民币两亿元`), shares (`三成`, `百分之三十`, `两个百分点`), counts and quantities of ten or more
 * (`十多个省市`, `五百万千瓦`). Ordinals (`第三`) and numbers without a unit are not figures.
 */
export function matchNumeralFigure(
  scope: FigureScope,
  start: number,
  end: number,
  value: number,
): FigureMatch | null {
  const { text } = scope;
  if (text[start - 1] === '第') return null;
  const share = chengEnd(text, end, value);
  if (share > 0) return { start, end: share, type: 'percent', number: value, value: value * 10, unit: '%' };
  if (start - 3 >= scope.floor && text.slice(start - 3, start) === '百分之' && value <= 100)
    return { start: start - 3, end, type: 'percent', number: value, value, unit: '%' };
  const prefix = currencyBefore(scope, start);
  const suffix = zhSuffix(text, end);
  const unitRule = suffix?.unit ?? null;
  const total = value * (suffix?.scale ?? 1);
  const from = prefix ? prefix.start : start;
  const to = suffix ? suffix.end : end;
  if (prefix || unitRule?.type === 'money') {
    const currency = prefix ? prefix.value : unitRule ? localise(unitRule, scope.localYuan) : null;
    if (currency === null || (unitRule !== null && unitRule.type !== 'money')) return null;
    return { start: from, end: to, type: 'money', number: value, value: total, unit: currency };
  }
  if (unitRule === null || WORDED_UNIT_REFUSED.has(unitRule.unit ?? '')) return null;
  if (unitRule.type === 'percent')
    return suffix?.scale === 1
      ? { start, end: to, type: 'percent', number: value, value, unit: unitRule.unit }
      : null;
  if (total < MIN_WORDED_COUNT) return null;
  return { start, end: to, type: unitRule.type, number: value, value: total, unit: unitRule.unit };
}
