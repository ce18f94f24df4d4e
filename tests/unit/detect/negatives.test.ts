/** What is not a figure: list indices, phone numbers, licence numbers, codes, times, years inside titles. */
import { describe, expect, it } from 'vitest';
import { detect } from '@/utils/detect';

const figureTexts = (text: string): string[] =>
  detect(text)
    .filter((f) => f.kind === 'figure')
    .map((f) => f.text);

describe('not figures', () => {
  it.each([
    ['list indices', '1. 加强组织领导\n\n2. 完善工作机制\n\n(3) 强化督查\n\n4、落实责任'],
    ['English list indices', '1. Grid upgrades\n\n2) Storage\n\nStep 3 of the plan'],
    ['phone numbers', '咨询电话:010-12345678,服务热线0800-123-456,手机13812345678'],
    ['English phone numbers', 'Call +1 202 555 0147 or 1-800-555-0199 for details'],
    ['ICP licence numbers', '京ICP备12345678号-1 京ICP備12345678號 粤B2-20090059'],
    ['codes and names', 'COVID-19, the G20, 5G networks, version v2.1, Section 301'],
    ['ordinals', '第3名,第14个五年规划,第二届'],
    ['times of day', '会议于10:30开始,12:30:45结束'],
    ['a day in parentheses', '行政院昨(12)日通過'],
    ['bare numbers', 'page 12 of the report, item 7, 2 of them'],
  ])('%s', (_name, text) => {
    expect(figureTexts(text)).toEqual([]);
  });

  it('does not read numbers inside cited titles', () => {
    const text =
      '根据《上海市促进科技成果转移转化行动方案(2021-2023)》和《中国科技成果转化2020年度报告》,依《2021-2025年产业创新条例》。';
    expect(figureTexts(text)).toEqual([]);
    expect(detect(text).filter((f) => f.kind === 'document')).toHaveLength(3);
  });

  it('does not read the year of an English law as a figure', () => {
    expect(figureTexts('Under the Inflation Reduction Act of 2022, credits apply.')).toEqual([]);
  });
});
