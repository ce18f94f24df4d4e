/**
 * Dates and deadlines anchored on a number token: `2020年12月31日`, `到2025年`, `2021-2023`, `9月3日`,
 * `民國110年`, `2021-05-10`, `January 1, 2024`, `1 January 2024`, `March 2023`, `by 2030`, `in 2023`.
 * Rules run in the order of `STRUCTURED_DATE_RULES`; the bare-year rule runs after the unit rules.
 */
import {
  EN_DEADLINE_MARKERS,
  EN_MONTHS,
  EN_ORDINALS,
  EN_YEAR_PREPOSITIONS,
  YEAR_RANGE_SEPARATORS,
  ZH_DATE_MARKERS,
  ZH_DEADLINE_SUFFIXES,
  ZH_PERIOD_ENDS,
  ZH_ROC_ERA,
} from './date-words';
import { matchAt, matchEndingAt } from './literal-table';
import { isDigit, numberAt, type NumberToken } from './numbers';

export interface DateMatch {
  start: number;
  end: number;
  iso: string;
  deadline: boolean;
}

/** Where a rule may look: not before `floor` (the clause start, or the end of the previous figure). */
export interface DateScope {
  text: string;
  floor: number;
}

type DateRule = (scope: DateScope, token: NumberToken) => DateMatch | null;

const pad = (n: number): string => String(n).padStart(2, '0');
const isYear = (t: NumberToken): boolean =>
  !t.decimal && t.digits.length === 4 && t.value >= 1900 && t.value <= 2100;
const inRange = (t: NumberToken | null, lo: number, hi: number): t is NumberToken =>
  t !== null && !t.decimal && t.value >= lo && t.value <= hi && t.digits.length <= 2;

/** A number token at `pos`, whole (not the start of a longer run of digits). */
function wholeNumberAt(text: string, pos: number): NumberToken | null {
  const t = numberAt(text, pos);
  return t !== null && !isDigit(text[t.end]) ? t : null;
}

/** `到` before the date makes a deadline and joins the text; `截至` does neither. */
function zhMarked(scope: DateScope, start: number, end: number, iso: string): DateMatch {
  const { text } = scope;
  let deadline = false;
  let from = start;
  const marker = matchEndingAt(ZH_DATE_MARKERS, text, start, scope.floor);
  if (marker?.value === 'deadline') {
    deadline = true;
    from = marker.start;
  }
  let to = end;
  const periodEnd = matchAt(ZH_PERIOD_ENDS, text, to);
  if (periodEnd) to = periodEnd.end;
  const suffix = matchAt(ZH_DEADLINE_SUFFIXES, text, to);
  // `2019年前三季度` is "the first three quarters of 2019", not "before 2019".
  if (suffix && !/[0-9一二三四五六七八九十两几]/.test(text[suffix.end] ?? '')) {
    deadline = true;
    to = suffix.end;
  }
  return { start: from, end: to, iso, deadline };
}

/** `2020年12月31日`, `2021年度`, `2019年`, and ROC years (`民國110年`, `112年度`, `110年3月5日`). */
const zhYearMonthDay: DateRule = (scope, token) => {
  const { text } = scope;
  if (text[token.end] !== '年' || token.decimal) return null;
  let pos = token.end + 1;
  const month = text[pos] === '度' ? null : wholeNumberAt(text, pos);
  const hasMonth = inRange(month, 1, 12) && text[month.end] === '月';
  const era = matchEndingAt(ZH_ROC_ERA, text, token.start, scope.floor);
  const rocShaped = token.digits.length <= 3 && token.value >= 1 && token.value <= 200;
  let year: number;
  let start = token.start;
  if (isYear(token)) year = token.value;
  else if (rocShaped && (era !== null || text[pos] === '度' || hasMonth)) {
    year = token.value + 1911;
    if (era !== null) start = era.start;
  } else return null;
  if (text[pos] === '度') return zhMarked(scope, start, pos + 1, String(year));
  if (!hasMonth || month === null) return zhMarked(scope, start, pos, String(year));
  pos = month.end + 1;
  const day = wholeNumberAt(text, pos);
  if (inRange(day, 1, 31) && /[日号號]/.test(text[day.end] ?? '')) {
    return zhMarked(scope, start, day.end + 1, `${year}-${pad(month.value)}-${pad(day.value)}`);
  }
  return zhMarked(scope, start, pos, `${year}-${pad(month.value)}`);
};

/** `9月3日`, `12月31号`, `3月份`, `3月` (not `3个月`, a duration). */
const zhMonthDay: DateRule = (scope, token) => {
  const { text } = scope;
  if (!inRange(token, 1, 12) || text[token.end] !== '月') return null;
  const pos = token.end + 1;
  const day = wholeNumberAt(text, pos);
  if (inRange(day, 1, 31) && /[日号號]/.test(text[day.end] ?? '')) {
    return zhMarked(scope, token.start, day.end + 1, `--${pad(token.value)}-${pad(day.value)}`);
  }
  return zhMarked(scope, token.start, text[pos] === '份' ? pos + 1 : pos, `--${pad(token.value)}`);
};

/** `2021-2023`, `2021—2023年`, `2021-23`, `2023/24`: a period of years. */
const yearRange: DateRule = (scope, token) => {
  const { text } = scope;
  if (!isYear(token)) return null;
  const sep = matchAt(YEAR_RANGE_SEPARATORS, text, token.end);
  if (!sep) return null;
  const second = wholeNumberAt(text, sep.end);
  if (second === null || second.decimal) return null;
  let last: number;
  if (second.digits.length === 4) last = second.value;
  else if (second.digits.length === 2) last = Math.floor(token.value / 100) * 100 + second.value;
  else return null;
  if (last <= token.value || last > 2100 || /[A-Za-z%％]/.test(text[second.end] ?? '')) return null;
  const end = text[second.end] === '年' ? second.end + 1 : second.end;
  return zhMarked(scope, token.start, end, `${token.value}/${last}`);
};

/** `2021-05-10`, `2021/5/10`, `2021.05.10`. */
const isoDate: DateRule = (scope, token) => {
  const { text } = scope;
  if (!isYear(token)) return null;
  const sep = text[token.end];
  if (sep !== '-' && sep !== '/' && sep !== '.') return null;
  const month = wholeNumberAt(text, token.end + 1);
  if (!inRange(month, 1, 12) || text[month.end] !== sep) return null;
  const day = wholeNumberAt(text, month.end + 1);
  if (!inRange(day, 1, 31)) return null;
  return {
    start: token.start,
    end: day.end,
    iso: `${token.value}-${pad(month.value)}-${pad(day.value)}`,
    deadline: false,
  };
};

/** `January 1, 2024`, `Jan. 1`, `March 2023` (the month name before the number). */
const monthFirst: DateRule = (scope, token) => {
  const { text } = scope;
  if (text[token.start - 1] !== ' ') return null;
  const month = matchEndingAt(EN_MONTHS, text, token.start - 1, scope.floor);
  if (!month) return null;
  if (isYear(token))
    return { start: month.start, end: token.end, iso: `${token.value}-${pad(month.value)}`, deadline: false };
  if (!inRange(token, 1, 31)) return null;
  let end = matchAt(EN_ORDINALS, text, token.end)?.end ?? token.end;
  let iso = `--${pad(month.value)}-${pad(token.value)}`;
  const yearAt = text[end] === ',' && text[end + 1] === ' ' ? end + 2 : text[end] === ' ' ? end + 1 : -1;
  const year = yearAt < 0 ? null : wholeNumberAt(text, yearAt);
  if (year !== null && isYear(year)) {
    iso = `${year.value}-${pad(month.value)}-${pad(token.value)}`;
    end = year.end;
  }
  return { start: month.start, end, iso, deadline: false };
};

/** `1 January 2024`, `23rd March` (the day before the month name). */
const dayFirst: DateRule = (scope, token) => {
  const { text } = scope;
  if (!inRange(token, 1, 31)) return null;
  const afterDay = matchAt(EN_ORDINALS, text, token.end)?.end ?? token.end;
  if (text[afterDay] !== ' ') return null;
  const month = matchAt(EN_MONTHS, text, afterDay + 1);
  if (!month) return null;
  const year = text[month.end] === ' ' ? wholeNumberAt(text, month.end + 1) : null;
  if (year !== null && isYear(year)) {
    return {
      start: token.start,
      end: year.end,
      iso: `${year.value}-${pad(month.value)}-${pad(token.value)}`,
      deadline: false,
    };
  }
  return {
    start: token.start,
    end: month.end,
    iso: `--${pad(month.value)}-${pad(token.value)}`,
    deadline: false,
  };
};

/** Ordered: the first rule that matches wins. */
export const STRUCTURED_DATE_RULES: readonly DateRule[] = [
  zhYearMonthDay,
  zhMonthDay,
  isoDate,
  yearRange,
  monthFirst,
  dayFirst,
];

export function matchStructuredDate(scope: DateScope, token: NumberToken): DateMatch | null {
  for (const rule of STRUCTURED_DATE_RULES) {
    const m = rule(scope, token);
    if (m !== null && m.start >= scope.floor) return m;
  }
  return null;
}

/** A bare year made a date by the word before it: `by 2030` (deadline, marker kept), `in 2023`. */
export function matchBareYear(scope: DateScope, token: NumberToken): DateMatch | null {
  const { text } = scope;
  if (!isYear(token) || /[A-Za-z0-9]/.test(text[token.end] ?? '')) return null;
  const gap = text[token.start - 1] === ' ' ? 1 : 0;
  const at = token.start - gap;
  const deadline = matchEndingAt(EN_DEADLINE_MARKERS, text, at, scope.floor);
  if (deadline && (gap === 1 || text[deadline.end - 1] === '-')) {
    return { start: deadline.start, end: token.end, iso: String(token.value), deadline: true };
  }
  const preposition = matchEndingAt(EN_YEAR_PREPOSITIONS, text, at, scope.floor);
  if (preposition && (gap === 1 || text[preposition.end - 1] === '-')) {
    return { start: token.start, end: token.end, iso: String(token.value), deadline: false };
  }
  return null;
}
