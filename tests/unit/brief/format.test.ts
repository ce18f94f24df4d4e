/** Readable values, dates in a zone, trimmed contexts. */
import { describe, expect, it } from 'vitest';
import { dateFormatter, formatDecimal, formatFigureValue, trimContext } from '@/utils/brief/format';

describe('formatFigureValue', () => {
  it('scales money to 万/亿/万亿 in Chinese and million/billion/trillion in English, 4 significant digits', () => {
    expect(formatFigureValue(2825151000000, 'CNY', 'zh')).toBe('2.825万亿元');
    expect(formatFigureValue(2825151000000, 'CNY', 'en')).toBe('2.825 trillion CNY');
    expect(formatFigureValue(10000000, 'CNY', 'zh')).toBe('1000万元');
    expect(formatFigureValue(10000000, 'CNY', 'en')).toBe('10 million CNY');
    expect(formatFigureValue(3300000000, 'EUR', 'zh')).toBe('33亿欧元');
    expect(formatFigureValue(3300000000, 'EUR', 'en')).toBe('3.3 billion EUR');
    expect(formatFigureValue(250000, 'KRW', 'zh')).toBe('250000 KRW');
  });

  it('keeps smaller numbers whole (grouped in English) with their unit', () => {
    expect(formatFigureValue(549353, '项', 'zh')).toBe('549353项');
    expect(formatFigureValue(549353, '项', 'en')).toBe('549,353 项');
    expect(formatFigureValue(1.5, 'GW', 'zh')).toBe('1.5 GW');
    expect(formatFigureValue(-1234.5, null, 'en')).toBe('-1,234.5');
  });

  it('prints percentages, percentage points and dates', () => {
    expect(formatFigureValue(13.48, '%', 'zh')).toBe('13.48%');
    expect(formatFigureValue(0.1 + 0.2, '%', 'en')).toBe('0.3%');
    expect(formatFigureValue(1.5, 'pp', 'zh')).toBe('1.5个百分点');
    expect(formatFigureValue(1.5, 'pp', 'en')).toBe('1.5 pp');
    expect(formatFigureValue(Date.UTC(2020, 11, 31), 'date', 'zh')).toBe('2020-12-31');
  });

  it('is empty without a finite value', () => {
    expect(formatFigureValue(null, 'CNY', 'zh')).toBe('');
    expect(formatFigureValue(Number.NaN, '%', 'en')).toBe('');
  });
});

describe('formatDecimal', () => {
  it('rounds to significant digits but never drops integer digits', () => {
    expect(formatDecimal(2.825151)).toBe('2.825');
    expect(formatDecimal(123456)).toBe('123456');
    expect(formatDecimal(0.000123456)).toBe('0.0001235');
    expect(formatDecimal(10)).toBe('10');
    expect(formatDecimal(0)).toBe('0');
  });
});

describe('dateFormatter', () => {
  it('prints the calendar date of an instant in the zone', () => {
    const instant = Date.UTC(2026, 10, 29, 20, 0);
    expect(dateFormatter('UTC')(instant)).toBe('2026-11-29');
    expect(dateFormatter('Asia/Shanghai')(instant)).toBe('2026-11-30');
    expect(dateFormatter('America/New_York')(instant)).toBe('2026-11-29');
  });
});

describe('trimContext', () => {
  it('keeps short contexts whole, with whitespace collapsed', () => {
    expect(trimContext(' 成交金额\n28251.51亿元 ', '28251.51亿元')).toBe('成交金额 28251.51亿元');
  });

  it('centres a long context on the figure and marks the cuts', () => {
    const context = `${'前'.repeat(100)}1000万元${'后'.repeat(100)}`;
    const out = trimContext(context, '1000万元', 20);
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain('1000万元');
    expect(Array.from(out.replace(/…/g, ''))).toHaveLength(20);
  });

  it('never splits a surrogate pair', () => {
    const out = trimContext('😀'.repeat(100), 'x', 11);
    expect(out.replace(/…/g, '')).toBe('😀'.repeat(11));
  });
});

describe('formatFigureValue, other units from detection', () => {
  it('prints per-mille, ratios, durations and prices per unit', () => {
    expect(formatFigureValue(2.5, '‰', 'en')).toBe('2.5‰');
    expect(formatFigureValue(1.5, '×', 'zh')).toBe('1.5×');
    expect(formatFigureValue(3, 'year', 'zh')).toBe('3年');
    expect(formatFigureValue(1, 'year', 'en')).toBe('1 year');
    expect(formatFigureValue(0.25, 'USD/W', 'zh')).toBe('0.25美元/W');
    expect(formatFigureValue(0.25, 'USD/W', 'en')).toBe('0.25 USD/W');
    expect(formatFigureValue(140000000, null, 'zh')).toBe('1.4亿');
  });
});
