/** Figures: type, text, normalised value and unit for the forms issue 4 lists, in context. */
import { describe, expect, it } from 'vitest';
import { detect, type FigureFinding } from '@/utils/detect';

function figures(text: string, lang: string | null = null): FigureFinding[] {
  return detect(text, { lang }).filter((f): f is FigureFinding => f.kind === 'figure');
}

function only(text: string, lang: string | null = null): FigureFinding {
  const found = figures(text, lang);
  expect(found.map((f) => f.text)).toHaveLength(1);
  return found[0] as FigureFinding;
}

describe('money', () => {
  it.each([
    ['成交金额28251.51亿元。', '28251.51亿元', 2825151000000, 'CNY'],
    ['给予最高1000万元补助。', '1000万元', 1e7, 'CNY'],
    ['发行1.2万亿元专项债。', '1.2万亿元', 1.2e12, 'CNY'],
    ['总额15500亿元。', '15500亿元', 1.55e12, 'CNY'],
    ['补助300萬元。', '300萬元', 3e6, 'CNY'],
    ['进口价值3121亿美元。', '3121亿美元', 3.121e11, 'USD'],
    ['人民币5000万元', '人民币5000万元', 5e7, 'CNY'],
    ['module prices fell to $0.23/W.', '$0.23/W', 0.23, 'USD/W'],
    ['It will spend $1.2 billion.', '$1.2 billion', 1.2e9, 'USD'],
    ['a €40m fund', '€40m', 4e7, 'EUR'],
    ['issue RMB 5 trillion of bonds', 'RMB 5 trillion', 5e12, 'CNY'],
    ['a price of $25 per tonne', '$25 per tonne', 25, 'USD/t'],
    ['raised US$3bn', 'US$3bn', 3e9, 'USD'],
    ['5 trillion yuan of spending', '5 trillion yuan', 5e12, 'CNY'],
  ])('%s → %s', (text, figure, value, unit) => {
    expect(only(text)).toMatchObject({ type: 'money', text: figure, value, unit });
  });

  it('reads an unqualified 元 and $ by the page region', () => {
    expect(only('補助300萬元。', 'zh-TW')).toMatchObject({ unit: 'TWD', value: 3e6 });
    expect(only('補助300萬元。', 'zh-HK').unit).toBe('HKD');
    expect(only('入園費$50元', 'zh-TW')).toMatchObject({ text: '$50元', unit: 'TWD' });
    expect(only('入園費$50元', 'en').unit).toBe('USD');
  });

  it('keeps a range as one figure without a single value', () => {
    expect(only('每亩年收入可达6万至8万元')).toMatchObject({
      text: '6万至8万元',
      type: 'money',
      value: null,
      unit: 'CNY',
    });
    expect(only('提高10-20%')).toMatchObject({ text: '10-20%', type: 'percent', value: null });
  });
});

describe('percent and growth', () => {
  it('keeps the change verb out of the text and in the direction', () => {
    expect(only('比上一年增长32.3%。')).toMatchObject({
      text: '32.3%',
      type: 'percent',
      value: 32.3,
      unit: '%',
      direction: 'up',
    });
    expect(only('下降5个百分点')).toMatchObject({
      text: '5个百分点',
      value: 5,
      unit: 'pp',
      direction: 'down',
    });
    expect(only('share was up 2.4 percentage points')).toMatchObject({
      text: '2.4 percentage points',
      unit: 'pp',
      direction: 'up',
    });
    expect(only('rose by nearly 5%')).toMatchObject({ text: '5%', direction: 'up' });
  });

  it('shares one change verb between joined figures of a clause', () => {
    const found = figures('分别比上年增长13.48%和26.13%。');
    expect(found.map((f) => [f.text, f.direction])).toEqual([
      ['13.48%', 'up'],
      ['26.13%', 'up'],
    ]);
  });

  it('does not read phrasal verbs or levels as change', () => {
    expect(only('Food made up 55% of exports').direction).toBeUndefined();
    expect(only('占比将提高至20%').direction).toBeUndefined();
    expect(only('up from 4.7%').direction).toBeUndefined();
  });

  it('reads 65 percent, 13.48% and a minus sign', () => {
    expect(only('65 percent of electricity')).toMatchObject({ type: 'percent', value: 65, unit: '%' });
    expect(only('size (-81%)')).toMatchObject({ text: '-81%', value: -81 });
  });
});

describe('counts and quantities', () => {
  it.each([
    ['全国共登记技术合同549353项,成交', '549353项', 'count', 549353, '项'],
    ['3450家高校院所', '3450家', 'count', 3450, '家'],
    ['3000多家企业', '3000多家', 'count', 3000, '家'],
    ['惠及1.2萬名員工', '1.2萬名', 'count', 12000, '名'],
    ['Wind added 8.69 GW.', '8.69 GW', 'quantity', 8.69, 'GW'],
    ['装置容量达12.4吉瓦', '12.4吉瓦', 'quantity', 12.4, 'GW'],
    ['装机30万千瓦', '30万千瓦', 'quantity', 3e5, 'kW'],
    ['created 3,450 jobs', '3,450 jobs', 'count', 3450, 'job'],
    ['人口1.4亿', '1.4亿', 'count', 1.4e8, null],
  ])('%s → %s', (text, figure, type, value, unit) => {
    expect(only(text)).toMatchObject({ text: figure, type, value, unit });
  });
});

describe('dates and deadlines', () => {
  it.each([
    ['截至2020年12月31日,', '2020年12月31日', '2020-12-31', undefined],
    ['到2025年,占比提高', '到2025年', '2025', true],
    ['2024年3月底前完成', '2024年3月底前', '2024-03', true],
    ['2021年度', '2021年度', '2021', undefined],
    ['9月3日,大会开幕', '9月3日', '--09-03', undefined],
    ['民國110年', '民國110年', '2021', undefined],
    ['112年度預算', '112年度', '2023', undefined],
    ['the 2021-2023 programme', '2021-2023', '2021/2023', undefined],
    ['must act by 2030.', 'by 2030', '2030', true],
    ['approved in March 2023.', 'March 2023', '2023-03', undefined],
    ['signed on January 1, 2024.', 'January 1, 2024', '2024-01-01', undefined],
    ['signed on 1 January 2024.', '1 January 2024', '2024-01-01', undefined],
    ['published 2021-05-10', '2021-05-10', '2021-05-10', undefined],
  ])('%s → %s', (text, figure, iso, deadline) => {
    const f = only(text);
    expect(f).toMatchObject({ type: 'date', text: figure, iso, value: null, unit: 'date' });
    expect(f.deadline).toBe(deadline);
  });

  it('keeps 2019年前三季度 from reading as a deadline', () => {
    const [year] = figures('2019年前三季度');
    expect(year?.text).toBe('2019年');
    expect(year?.deadline).toBeUndefined();
  });
});

describe('ratios', () => {
  it('reads three-part ratios, and two-part ones after a ratio word', () => {
    expect(only('结构为1.1:50.3:48.6。')).toMatchObject({
      text: '1.1:50.3:48.6',
      type: 'ratio',
      value: null,
    });
    expect(only('补助比例为5:3')).toMatchObject({ text: '5:3', type: 'ratio' });
    expect(figures('得分3:1的比赛')).toEqual([]);
  });
});
