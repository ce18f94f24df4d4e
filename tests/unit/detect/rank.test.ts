/** rankFindings: what the popup lists first, per kind, and how many before "Show all". */
import { describe, expect, it } from 'vitest';
import { detect, rankFindings } from '@/utils/detect';
import { DEFAULT_LIMIT_PER_KIND } from '@/utils/detect/rank';

const SEED_LIKE =
  '2020年，全国共登记技术合同549353项，成交金额28251.51亿元，分别比上年增长13.48%和26.13%。' +
  '合肥市明确对关键核心技术单个项目给予最高1000万元补助。推动公共数据向社会开放。' +
  '根据《中国科技成果转化2020年度报告》和《促进科技成果转化法》，《经济参考报》记者获悉。';

describe('rankFindings', () => {
  it('lists only suggested findings, per kind, most important first', () => {
    const ranked = rankFindings(detect(SEED_LIKE));
    // Money before shares before counts; the amount inside a measure first; no date (2020年), no newspaper.
    expect(ranked.figure.top.map((f) => f.text)).toEqual([
      '1000万元',
      '28251.51亿元',
      '13.48%',
      '26.13%',
      '549353项',
    ]);
    expect(ranked.measure.top.map((f) => f.text)).toEqual([
      '合肥市明确对关键核心技术单个项目给予最高1000万元补助',
      '推动公共数据向社会开放',
    ]);
    expect(ranked.document.top.map((f) => f.text)).toEqual([
      '《促进科技成果转化法》',
      '《中国科技成果转化2020年度报告》',
    ]);
  });

  it('cuts each kind to a readable number and keeps the rest, in order, for "Show all"', () => {
    const text = Array.from(
      { length: 300 },
      (_, i) => `Exports to market ${i} rose to $${i + 1} billion.`,
    ).join('\n\n');
    const ranked = rankFindings(detect(text), { limitPerKind: 5 });
    expect(ranked.figure.top).toHaveLength(5);
    expect(ranked.figure.more).toHaveLength(295);
    expect(ranked.figure.total).toBe(300);
    expect(rankFindings(detect(text)).figure.top).toHaveLength(DEFAULT_LIMIT_PER_KIND);
  });

  it('keeps the order of the text between equally important findings', () => {
    const ranked = rankFindings(detect('Exports rose 3%, imports 5% and output 7%.'));
    expect(ranked.figure.top.map((f) => f.text)).toEqual(['3%', '5%', '7%']);
  });

  it('answers empty kinds for a text with nothing to suggest', () => {
    expect(rankFindings(detect('On 6 June 2020, in 2021.'))).toEqual({
      figure: { top: [], more: [], total: 0 },
      measure: { top: [], more: [], total: 0 },
      document: { top: [], more: [], total: 0 },
    });
  });
});
