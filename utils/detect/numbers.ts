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

function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

function isAsciiDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * End of the number starting at `pos`: digits, then `,ddd` groups (exactly three digits each), then one
 * `.digits`. A hand-written scan: each character is read once, and nothing is allocated.
 */
function numberEnd(text: string, pos: number): number {
  let i = pos;
  while (isDigitCode(text.charCodeAt(i))) i++;
  while (
    text.charCodeAt(i) === 0x2c &&
    isAsciiDigitCode(text.charCodeAt(i + 1)) &&
    isAsciiDigitCode(text.charCodeAt(i + 2)) &&
    isAsciiDigitCode(text.charCodeAt(i + 3)) &&
    !isAsciiDigitCode(text.charCodeAt(i + 4))
  )
    i += 4;
  if (text.charCodeAt(i) === 0x2e && isDigitCode(text.charCodeAt(i + 1))) {
    i++;
    while (isDigitCode(text.charCodeAt(i))) i++;
  }
  return i;
}

/** ASCII digits without thousands separators (most tokens need neither change: skip the work). */
function plainDigits(s: string): string {
  let out = s;
  if (out.includes(',')) out = out.replace(/,/g, '');
  for (let i = 0; i < out.length; i++) {
    if (out.charCodeAt(i) > 0x7f)
      return out.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  }
  return out;
}

function token(text: string, start: number, end: number, negative: boolean): NumberToken {
  const digits = plainDigits(text.slice(start, end));
  const value = Number(digits);
  return {
    start: negative ? start - 1 : start,
    end,
    value: negative ? -value : value,
    digits,
    decimal: digits.includes('.'),
  };
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

/** `[37]`: a footnote mark, never a figure (encyclopedias have hundreds: they are skipped unread). */
function isCitationMark(text: string, start: number, end: number): boolean {
  return text.charCodeAt(start - 1) === 0x5b && text.charCodeAt(end) === 0x5d;
}

/**
 * Calls `visit` for each number token in order. `visit` returns where scanning resumes (the end of the
 * figure it found), so a figure's own digits (`2020年12月31日`) are not visited again.
 */
export function scanNumbers(text: string, visit: (token: NumberToken) => number): void {
  // The regular expression only skips to the next digit (natively, fast); the number is read by hand.
  const digit = /[0-9０-９]/g;
  while (digit.test(text)) {
    const start = digit.lastIndex - 1;
    const end = numberEnd(text, start);
    digit.lastIndex = end;
    if (gluedBefore(text, start) || gluedAfter(text, end) || isCitationMark(text, start, end)) continue;
    digit.lastIndex = Math.max(end, visit(token(text, start, end, hasMinusSign(text, start))));
  }
}

/** Reads a number token at `pos` (for the second half of ranges and ratios), or null. */
export function numberAt(text: string, pos: number): NumberToken | null {
  if (!isDigitCode(text.charCodeAt(pos))) return null;
  return token(text, pos, numberEnd(text, pos), false);
}

export { isDigit };
