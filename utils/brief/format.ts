/**
 * Readable renderings of dates and normalised figure values. Written by hand rather than with
 * `Intl.NumberFormat` so that a brief is byte-identical in Node, Chromium and Firefox.
 */
import { hasHan } from '@/utils/text/han';
import type { BriefLocale } from './types';

/** `YYYY-MM-DD` of an instant in an IANA time zone. */
export type DateFormatter = (epochMs: number) => string;

export function dateFormatter(timeZone: string): DateFormatter {
  // en-CA prints ISO order; parts are read individually so no locale punctuation can leak in.
  const fmt = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return (epochMs) => {
    if (!Number.isFinite(epochMs)) return '';
    const parts = fmt.formatToParts(new Date(epochMs));
    const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
    return `${get('year')}-${get('month')}-${get('day')}`;
  };
}

/** At most `significant` significant digits, but never fewer than the integer part; no trailing zeros. */
export function formatDecimal(value: number, significant = 4): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  const integerDigits = Math.floor(Math.log10(abs)) + 1;
  const decimals = Math.min(20, Math.max(0, significant - integerDigits));
  let s = abs.toFixed(decimals);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return (value < 0 ? '-' : '') + s;
}

/** Up to 2 decimals, truncated (`13.48`, `0.3`). */
const exact = (value: number): string => formatDecimal(value, 15).replace(/(\.\d{2})\d+$/, '$1');

/** `549353` → `549,353` (decimals kept as given, up to 2). */
function groupThousands(value: number): string {
  const [int = '0', frac] = formatDecimal(Math.abs(value), 15).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmedFrac = frac ? frac.slice(0, 2).replace(/0+$/, '') : '';
  return (value < 0 ? '-' : '') + grouped + (trimmedFrac ? `.${trimmedFrac}` : '');
}

const EN_SCALES: ReadonlyArray<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];
const ZH_SCALES: ReadonlyArray<[number, string]> = [
  [1e12, '万亿'],
  [1e8, '亿'],
  [1e6, '万'],
];

const ZH_CURRENCY: Readonly<Record<string, string>> = {
  CNY: '元',
  USD: '美元',
  EUR: '欧元',
  JPY: '日元',
  HKD: '港元',
  GBP: '英镑',
  TWD: '新台币',
};

/** Chinese scale words count in 万 (10^4): below 10^6 a plain number reads better than "54.94万". */
function scaled(value: number, locale: BriefLocale): string {
  const abs = Math.abs(value);
  const scales = locale === 'zh' ? ZH_SCALES : EN_SCALES;
  for (const [size, word] of scales) {
    if (abs >= size) {
      const divisor = locale === 'zh' && word === '万' ? 1e4 : size;
      return locale === 'zh'
        ? `${formatDecimal(value / divisor)}${word}`
        : `${formatDecimal(value / divisor)} ${word}`;
    }
  }
  return locale === 'zh' ? exact(value) : groupThousands(value);
}

/**
 * A figure's normalised value for people: `2825151000000 CNY` → `2.825 trillion CNY` (en) or
 * `2.825万亿元` (zh); 4 significant digits (the exact figure is beside it in the table). Units as
 * detection gives them (`utils/detect/types.ts`): percentages are in percent (`13.48` with `%`), a
 * price per unit is `USD/W`; a `date` value, if any, is epoch ms. '' when there is no value.
 */
export function formatFigureValue(value: number | null, unit: string | null, locale: BriefLocale): string {
  if (value === null || !Number.isFinite(value)) return '';
  const u = unit ?? '';
  const zh = locale === 'zh';
  if (u === 'date') return new Date(value).toISOString().slice(0, 10);
  if (u === '%' || u === '‰') return `${exact(value)}${u}`;
  if (u === '×' || u === 'ratio') return `${exact(value)}×`;
  if (u === 'pp') return zh ? `${formatDecimal(value)}个百分点` : `${formatDecimal(value)} pp`;
  if (u === 'year')
    return zh ? `${formatDecimal(value)}年` : `${formatDecimal(value)} ${value === 1 ? 'year' : 'years'}`;
  const number = scaled(value, locale);
  if (zh) {
    // `CNY` → `元`, and a price per unit keeps its denominator: `USD/W` → `美元/W`.
    const [code = '', per] = u.split('/');
    const currency = ZH_CURRENCY[code];
    if (currency) return number + currency + (per === undefined ? '' : `/${per}`);
    if (u === '') return number;
    return hasHan(u) ? number + u : `${number} ${u}`;
  }
  return u === '' ? number : `${number} ${u}`;
}

/**
 * A context cut to at most `max` characters (code points), keeping `focus` in view when it occurs:
 * the window is centred on it and cut ends are marked with `…`.
 */
export function trimContext(context: string, focus: string, max = 60): string {
  const chars = Array.from(context.replace(/\s+/g, ' ').trim());
  if (chars.length <= max) return chars.join('');
  const text = chars.join('');
  const at = focus ? text.indexOf(focus) : -1;
  const focusStart = at < 0 ? 0 : Array.from(text.slice(0, at)).length;
  const focusLength = Array.from(focus).length;
  let start = Math.max(0, focusStart - Math.floor((max - focusLength) / 2));
  start = Math.min(start, chars.length - max);
  const window = chars.slice(start, start + max);
  return (start > 0 ? '…' : '') + window.join('').trim() + (start + max < chars.length ? '…' : '');
}
