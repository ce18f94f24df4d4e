/**
 * Numbers in running text: digits (ASCII or full-width), thousands separators in groups of three,
 * one decimal part. Every figure rule is anchored on one of these tokens.
 */
import { isDigit } from './segments';

export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** The digits as written, without separators (`1,284` → `1284`), ASCII digits. */
  digits: string;
  /** True when the token has a decimal part. */
  decimal: boolean;
}

/** Linear: no nested quantifiers; a group of three must not be followed by a fourth digit. */
const NUMBER_SOURCE = '[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*(?:\\.[0-9０-９]+)?';

const NUMBER_AT_START = new RegExp(`^${NUMBER_SOURCE}`);

/** ASCII digits without thousands separators (most tokens need neither change: skip the work). */
function plainDigits(s: string): string {
  let out = s;
  if (out.includes(',')) out = out.replace(/,/g, '');
  for (let i = 0; i < out.length; i++) {
    if (out.charCodeAt(i) > 0x7f) return out.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  }
  return out;
}

/** Characters that glue a number to a code, not a quantity: `G20`, `COVID-19`, `京ICP备12345678号`, `v2.1`. */
function gluedBefore(text: string, start: number): boolean {
  const prev = text[start - 1];
  if (prev === undefined) return false;
  if (/[A-Za-z_.#@/\\]/.test(prev) || prev === '备' || prev === '備' || prev === '第') return true;
  if (prev === '-' || prev === '‐') {
    const prev2 = text[start - 2];
    return prev2 !== undefined && (/[A-Za-z0-9]/.test(prev2) || isDigit(prev2));
  }
  return false;
}

/** `(-81%)`, `−25.6 °C`: a minus sign after a space or an opening mark, not a dash between words. */
function hasMinusSign(text: string, start: number): boolean {
  const sign = text[start - 1];
  if (sign !== '-' && sign !== '−') return false;
  const before = text[start - 2];
  return before === undefined || /[\s(（:：,，;；=]/.test(before);
}

/** A number immediately followed by letters and digits is a code (`12345678号-1` handled by its units). */
function gluedAfter(text: string, end: number): boolean {
  const next = text[end];
  if (next === undefined) return false;
  return next === '_' || (next === '.' && isDigit(text[end + 1]));
}

/**
 * Calls `visit` for each number token in order. `visit` returns where scanning resumes (the end of the
 * figure it found), so a figure's own digits (`2020年12月31日`) are not visited again.
 */
export function scanNumbers(text: string, visit: (token: NumberToken) => number): void {
  const re = new RegExp(NUMBER_SOURCE, 'g');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (gluedBefore(text, m.index) || gluedAfter(text, end)) continue;
    const negative = hasMinusSign(text, m.index);
    const start = negative ? m.index - 1 : m.index;
    const digits = plainDigits(m[0]);
    const value = negative ? -Number(digits) : Number(digits);
    const token: NumberToken = { start, end, value, digits, decimal: digits.includes('.') };
    const resume = visit(token);
    if (resume > re.lastIndex) re.lastIndex = resume;
  }
}

/** Reads a number token at `pos` (for the second half of ranges and ratios), or null. */
export function numberAt(text: string, pos: number): NumberToken | null {
  const m = NUMBER_AT_START.exec(text.slice(pos, pos + 32));
  if (m === null) return null;
  const digits = plainDigits(m[0]);
  return { start: pos, end: pos + m[0].length, value: Number(digits), digits, decimal: digits.includes('.') };
}

export { isDigit };
