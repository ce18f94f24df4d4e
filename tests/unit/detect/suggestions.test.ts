/**
 * What the popup lists (`suggested`) and what it does not, with the reason: dates are a figure's
 * period, media the article's sources, plays and novels works, table cells unlabelled, distances and
 * small counts details. Issue 17's "Seen" list, one rule per test.
 */
import { describe, expect, it } from 'vitest';
import { detect, type FigureFinding, type Finding } from '@/utils/detect';

const find = (findings: Finding[], text: string): Finding | undefined =>
  findings.find((f) => f.text === text);
const suggestedTexts = (text: string, kind: Finding['kind'] = 'figure'): string[] =>
  detect(text)
    .filter((f) => f.suggested && f.kind === kind)
    .map((f) => f.text);

describe('dates and periods', () => {
  it('does not suggest bare years, dates, year ranges or deadlines, and says why', () => {
    const text =
      '2021年重点任务已部署。截至2020年12月31日，全国共登记技术合同549353项。2007年末国债余额限额调整为53365.53亿元。' +
      'Interest payments could surpass the budget in 2023. The plan runs by 2030. Sept. 25, 2018. The yield rose in March 2017.';
    const findings = detect(text);
    for (const date of [
      '2021年',
      '2020年12月31日',
      '2007年末',
      'in 2023',
      'by 2030',
      'Sept. 25, 2018',
      'March 2017',
    ]) {
      const f = findings.find((g) => g.text === date || g.text === date.replace(/^in /, ''));
      expect(f, date).toMatchObject({ kind: 'figure', type: 'date', suggested: false, reason: 'period' });
    }
    expect(suggestedTexts(text)).toEqual(['549353项', '53365.53亿元']);
  });

  it('gives a figure the date of its sentence as its period', () => {
    const findings = detect('2020年，全国共登记技术合同549353项，成交金额28251.51亿元。');
    expect((find(findings, '549353项') as FigureFinding).period).toMatchObject({
      text: '2020年',
      iso: '2020',
    });
    const en = detect('U.S. agricultural exports to China dropped to $9.1 billion in 2018.');
    expect((find(en, '$9.1 billion') as FigureFinding).period).toMatchObject({ text: '2018', iso: '2018' });
  });

  it('prefers a date in the figure’s own clause, and keeps a deadline a deadline', () => {
    const findings = detect('2019年营收下降，到2025年，可再生能源占比提高到20%。');
    expect((find(findings, '20%') as FigureFinding).period).toMatchObject({
      text: '到2025年',
      deadline: true,
    });
  });

  it('does not suggest durations that only place something in time, and does suggest limits and statistics', () => {
    const text =
      '中国半导体产业20年前腾飞。在国外学习生活了将近10年。人大代表提出把法定婚龄降低到18岁的提案。' +
      'That would reduce revenue by $631 billion over 10 years. Customs requires payment within 10 days. ' +
      'Life expectancy in 2012 was 84 years for females, and 80.2 years for males. 20% of people are 14 years old or younger.';
    expect(suggestedTexts(text)).toEqual([
      '18岁',
      '$631 billion',
      '10 days',
      '84 years',
      '80.2 years',
      '20%',
    ]);
    expect(find(detect(text), '20年')).toMatchObject({ suggested: false, reason: 'period' });
  });
});

describe('figures without a statement and figures of the setting', () => {
  it('does not suggest table cells, map legends or infobox values with no words saying what they measure', () => {
    const text =
      'Google Maps\n\n32.7 MB\n\n17.5 MB (-46%)\n\nLess than 5%\n\n$199 billion[6]\n\n70.2% European';
    const findings = detect(text);
    for (const cell of ['32.7 MB', '17.5 MB', '-46%', '5%', '$199 billion'])
      expect(find(findings, cell), cell).toMatchObject({ suggested: false, reason: 'unlabelled' });
    expect(suggestedTexts(text)).toEqual(['70.2%']);
  });

  it('suggests a distance or an area only when it is a policy quantity, and drops conversions', () => {
    const text =
      'New Zealand is situated some 2,000 kilometres east of Australia. It has a total land area of 268,000 square ' +
      'kilometres (103,500 sq mi). The network comprises 94,000 kilometres (58,410 mi) of roads. 新建高标准农田1000万亩。';
    expect(suggestedTexts(text)).toEqual(['94,000 kilometres', '1000万亩']);
    expect(detect(text).some((f) => f.text === '103,500 sq mi')).toBe(false);
    expect(find(detect(text), '2,000 kilometres')).toMatchObject({ suggested: false, reason: 'detail' });
  });

  it('does not suggest small counts that are details of a story', () => {
    expect(suggestedTexts('全球每生产3块集成电路就有2块运到中国来，全国3450家高校院所参与。')).toEqual([
      '3450家',
    ]);
  });
});

describe('sources and works', () => {
  it('does not suggest newspapers, agencies and journals among cited documents', () => {
    const findings = detect(
      '《经济参考报》记者获悉。Reuters reported. See the New Zealand Journal of History and the International Migration Review.',
    );
    for (const name of [
      '《经济参考报》',
      'Reuters',
      'New Zealand Journal of History',
      'International Migration Review',
    ])
      expect(find(findings, name), name).toMatchObject({
        kind: 'document',
        type: 'media',
        suggested: false,
        reason: 'source',
      });
  });

  it('does not suggest plays, novels and other works; a title once called a play is one everywhere', () => {
    const text =
      '话剧《约定无期限》巡演来到张家口。\n\n《约定无期限》的成功演出离不开演员。\n\n作家周立波笔下的《山乡巨变》。';
    const findings = detect(text);
    expect(find(findings, '《约定无期限》')).toMatchObject({ suggested: false, reason: 'work', count: 2 });
    expect(find(findings, '《山乡巨变》')).toMatchObject({ suggested: false, reason: 'work' });
  });

  it('still suggests a title without a document ending when its clause issues or applies it', () => {
    expect(suggestedTexts('国务院印发《中国制造2025》。', 'document')).toEqual(['《中国制造2025》']);
  });
});
