/** Figures written with Chinese numerals and mixed forms; plan names and idioms are no figures. */
import { describe, expect, it } from 'vitest';
import { detect, type FigureFinding } from '@/utils/detect';
import { chineseNumeralValue } from '@/utils/detect/chinese-numerals';

const figures = (text: string, lang = 'zh-CN'): Pick<FigureFinding, 'text' | 'type' | 'value' | 'unit'>[] =>
  detect(text, { lang })
    .filter((f): f is FigureFinding => f.kind === 'figure')
    .map(({ text: t, type, value, unit }) => ({ text: t, type, value, unit }));

describe('Chinese numerals', () => {
  it.each([
    ['五千万', 5e7],
    ['一亿五千万', 1.5e8],
    ['一万亿', 1e12],
    ['十五', 15],
    ['二十', 20],
    ['一百零五', 105],
    ['两千', 2000],
    ['三', 3],
  ])('reads %s as %d', (run, value) => {
    expect(chineseNumeralValue(run)).toBe(value);
  });

  it.each([['十四五'], ['三五'], ['千万'], ['万'], ['一千五']])('refuses %s: not one number', (run) => {
    expect(chineseNumeralValue(run)).toBeNull();
  });

  it('reads money, shares and counts written in Chinese numerals and mixed forms', () => {
    expect(
      figures(
        '政府投入五千万元，约三成用于绿能，全年经费1.5万亿元，两千多家企业受益，百分之三十的企业参与。',
      ),
    ).toEqual([
      { text: '五千万元', type: 'money', value: 5e7, unit: 'CNY' },
      { text: '三成', type: 'percent', value: 30, unit: '%' },
      { text: '1.5万亿元', type: 'money', value: 1.5e12, unit: 'CNY' },
      { text: '两千多家', type: 'count', value: 2000, unit: '家' },
      { text: '百分之三十', type: 'percent', value: 30, unit: '%' },
    ]);
    expect(figures('纯电动汽车销量占比超过八成，3成以上企业受益。').map((f) => [f.text, f.value])).toEqual([
      ['八成', 80],
      ['3成', 30],
    ]);
  });

  it('reads no figure in plan names, ordinals, idioms or small counts', () => {
    expect(
      figures(
        '“十四五”规划、十四五规划、第三批、两会、一带一路、一成不变、三五成群、七成熟、组织实施一批工程、两个关键、三成员。',
      ),
    ).toEqual([]);
  });
});

describe('Taiwan and Hong Kong money', () => {
  it('reads 新台幣 and 萬元 / 億元 as TWD on a Taiwan page, and 港元 as HKD anywhere', () => {
    expect(figures('特別預算新台幣4,200億元，另補助地方政府300萬元，政府投入五千萬元。', 'zh-TW')).toEqual([
      { text: '新台幣4,200億元', type: 'money', value: 4.2e11, unit: 'TWD' },
      { text: '300萬元', type: 'money', value: 3e6, unit: 'TWD' },
      { text: '五千萬元', type: 'money', value: 5e7, unit: 'TWD' },
    ]);
    expect(figures('撥款50億港元。', 'zh-TW')).toEqual([
      { text: '50億港元', type: 'money', value: 5e9, unit: 'HKD' },
    ]);
  });
});
