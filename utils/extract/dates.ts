/**
 * Dates as pages write them (meta values, `<time>`, Chinese info lines, English datelines) → `YYYY-MM-DD`.
 * The date is the one written: a timestamp's time and zone are ignored rather than converted, because
 * the publisher's calendar day is what a citation shows.
 */

interface DateRule {
  name: string;
  pattern: RegExp;
  /** Turns the match into year, month and day numbers (not yet validated). */
  read: (m: RegExpExecArray) => [number, number, number] | null;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH_NAME =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

const WEEKDAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*';

/** Chinese numerals as official documents write dates (`二〇二一年五月十日`, often with `○` or `Ｏ` for zero). */
const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  '○': 0,
  Ｏ: 0,
  О: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CHINESE_NUMERAL = '[〇零○ＯО一二三四五六七八九十]';

function num(s: string | undefined): number {
  return s === undefined ? NaN : Number(s);
}

function monthNumber(name: string | undefined): number {
  return name === undefined ? NaN : (MONTHS[name.slice(0, 3).toLowerCase()] ?? NaN);
}

/** `二〇二一` → 2021 (digit by digit); `十二` → 12, `二十三` → 23, `三十` → 30 (tens for month and day). */
function chineseNumber(s: string | undefined, digitByDigit: boolean): number {
  if (s === undefined || s === '') return NaN;
  if (digitByDigit) {
    let n = 0;
    for (const ch of s) {
      const d = CHINESE_DIGITS[ch];
      if (d === undefined) return NaN;
      n = n * 10 + d;
    }
    return n;
  }
  const [tens, units] = s.split('十');
  if (units === undefined) return chineseNumber(s, true);
  const t = tens === '' || tens === undefined ? 1 : (CHINESE_DIGITS[tens] ?? NaN);
  const u = units === '' ? 0 : (CHINESE_DIGITS[units] ?? NaN);
  return t * 10 + u;
}

/** news.cn prints the year, then `MM/DD`, then the time, each in its own element. */
const SPLIT_RULE: DateRule = {
  name: 'split year, month/day and time (2024 01/02 10:30:15)',
  pattern: /(?<!\d)(\d{4})\s+(\d{1,2})\s*\/\s*(\d{1,2})\s+\d{1,2}:\d{2}/,
  read: (m) => [num(m[1]), num(m[2]), num(m[3])],
};

/** Best first: the unambiguous numeric forms, then Chinese, then English month names. */
const DATE_RULES: readonly DateRule[] = [
  {
    name: 'iso-like (2021-05-10, 2021/05/10, 2021.05.10)',
    pattern: /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/,
    read: (m) => [num(m[1]), num(m[3]), num(m[4])],
  },
  {
    name: 'chinese arabic (2021年5月10日)',
    pattern: /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/,
    read: (m) => [num(m[1]), num(m[2]), num(m[3])],
  },
  {
    name: 'chinese numerals (二〇二一年五月十日)',
    pattern: new RegExp(`(${CHINESE_NUMERAL}{4})年(${CHINESE_NUMERAL}{1,3})月(${CHINESE_NUMERAL}{1,3})日`),
    read: (m) => [chineseNumber(m[1], true), chineseNumber(m[2], false), chineseNumber(m[3], false)],
  },
  SPLIT_RULE,
  {
    name: 'compact meta value (20210510, 20210510093000)',
    pattern: /^(\d{4})(\d{2})(\d{2})(?:\d{2,6})?$/,
    read: (m) => [num(m[1]), num(m[2]), num(m[3])],
  },
  {
    name: 'english month first (Feb. 1, 2016)',
    // A weekday may sit between day and year where a blog prints each part in its own element
    // (PIXNET: `Dec 28 Sat 2013 00:28`).
    pattern: new RegExp(
      `\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:${WEEKDAY}\\.?,?\\s+)?(\\d{4})\\b`,
      'i',
    ),
    read: (m) => [num(m[3]), monthNumber(m[1]), num(m[2])],
  },
  {
    name: 'english day first (1 February 2016)',
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\.?,?\\s+(\\d{4})\\b`, 'i'),
    read: (m) => [num(m[3]), monthNumber(m[2]), num(m[1])],
  },
];

const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2100;

function toIso([year, month, day]: [number, number, number]): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface DateMatch {
  /** `YYYY-MM-DD`. */
  iso: string;
  /** Where the date starts in the searched text, and how long it is there. */
  index: number;
  length: number;
}

/** Full-width digits and separators (`２０２４－０１－０２`), as older pages and typed notices write them. */
const FULL_WIDTH = /[\uff0d-\uff19]/g;
const HAS_FULL_WIDTH = /[\uff0d-\uff19]/;

/** Full-width digits and `－．／` as ASCII: one code unit each, so indexes into the text stay valid. */
function asciiDigits(text: string): string {
  return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The earliest valid date written in `text`, or null. */
export function findDate(raw: string): DateMatch | null {
  const text = HAS_FULL_WIDTH.test(raw) ? asciiDigits(raw) : raw;
  let best: DateMatch | null = null;
  for (const rule of DATE_RULES) {
    const m = rule.pattern.exec(text);
    if (!m || (best && m.index >= best.index)) continue;
    const parts = rule.read(m);
    const iso = parts ? toIso(parts) : null;
    if (iso) best = { iso, index: m.index, length: m[0].length };
  }
  return best;
}

/** A date value (meta content, `datetime` attribute, info-line fragment) as `YYYY-MM-DD`, or null. */
export function parseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  return findDate(value.trim())?.iso ?? null;
}

/** A month and day written without a year (`3月5日`, `01-02`). */
export interface MonthDay {
  month: number;
  day: number;
}

/** Gives the year of a month and day written without one, from elsewhere on the page, or null. */
export type YearOf = (date: MonthDay) => number | null;

/** `3月5日` or `03-05` / `3/5` at the start of `text` (a label's value), or null. */
export function readMonthDay(raw: string): MonthDay | null {
  const text = HAS_FULL_WIDTH.test(raw) ? asciiDigits(raw) : raw;
  const m = /^(\d{1,2})\s*(?:月\s*(\d{1,2})\s*[日号]|[-/](\d{1,2})(?![-/.\d]))/.exec(text);
  if (!m) return null;
  const month = num(m[1]);
  const day = num(m[2] ?? m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { month, day } : null;
}

/** A month and day with its year, as `YYYY-MM-DD`, or null when the day does not exist that year. */
export function withYear(date: MonthDay, year: number | null): string | null {
  return year === null ? null : toIso([year, date.month, date.day]);
}

/** The news.cn form (`2024 01/02 10:30:15`) in `text`, whose parts other lines may sit between: or null. */
export function findSplitDate(text: string): string | null {
  const m = SPLIT_RULE.pattern.exec(text);
  const parts = m ? SPLIT_RULE.read(m) : null;
  return parts ? toIso(parts) : null;
}

const FULL_DATE_ANYWHERE = /(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/g;
const MAX_DATES_LOOKED_AT = 200;

/** The year of a full date in `text` on the same month and day (an editor's line, a footer stamp), or null. */
export function yearWith(text: string, date: MonthDay): number | null {
  FULL_DATE_ANYWHERE.lastIndex = 0;
  let m = FULL_DATE_ANYWHERE.exec(text);
  for (let i = 0; m && i < MAX_DATES_LOOKED_AT; i++, m = FULL_DATE_ANYWHERE.exec(text))
    if (num(m[2]) === date.month && num(m[3]) === date.day) return num(m[1]);
  return null;
}
