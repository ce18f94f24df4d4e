import { describe, expect, it } from 'vitest';
import { findDate, findSplitDate, parseDate, readMonthDay, withYear, yearWith } from '@/utils/extract/dates';

describe('parseDate', () => {
  it.each([
    ['2021-05-10', '2021-05-10'],
    ['2021/5/9 08:30', '2021-05-09'],
    ['2021.05.10', '2021-05-10'],
    ['2021年5月10日 09:12', '2021-05-10'],
    ['2021 年 05 月 10 日', '2021-05-10'],
    ['二〇二一年五月十日', '2021-05-10'],
    ['二○二○年十二月三十一日', '2020-12-31'],
    ['20210510093000', '2021-05-10'],
    ['Feb. 1, 2016', '2016-02-01'],
    ['September 25th, 2018', '2018-09-25'],
    ['2 June 2021', '2021-06-02'],
    // The day as written by the publisher, not converted to UTC.
    ['2021-05-10T22:15:00-04:00', '2021-05-10'],
    ['2020-02-29T18:34:31+08:00', '2020-02-29'],
  ])('%s → %s', (value, iso) => {
    expect(parseDate(value)).toBe(iso);
  });

  it.each(['2021-02-30', '2021-13-01', '1850-01-01', 'yesterday', '', '12345678901'])(
    'rejects %s',
    (value) => {
      expect(parseDate(value)).toBeNull();
    },
  );

  it('finds the earliest date in a line, with its position', () => {
    const line = '新华网河北频道 ( 2012-06-04 09:20:26 ) 更新于2012年6月5日';
    expect(findDate(line)).toEqual({ iso: '2012-06-04', index: line.indexOf('2012-06-04'), length: 10 });
  });
});

describe('dates written in parts or without a year', () => {
  it.each([
    ['２０２４年１月２日　来源：某某日报', '2024-01-02'],
    ['２０２４－０１－０２', '2024-01-02'],
    ['2024 01 / 02 10:30:15', '2024-01-02'],
    ['Dec 28 Sat 2013 00:28', '2013-12-28'],
  ])('%s → %s', (value, iso) => {
    expect(parseDate(value)).toBe(iso);
  });

  it('does not take a year and a fraction for a date without the time that marks news.cn’s form', () => {
    expect(parseDate('2024 01/02')).toBeNull();
    expect(findSplitDate('共 2024 条 1/2 页')).toBeNull();
  });

  it.each([
    ['3月5日电', { month: 3, day: 5 }],
    ['01-02 10:30', { month: 1, day: 2 }],
    ['１２月３１日', { month: 12, day: 31 }],
    ['2024-01-02', null],
    ['13月1日', null],
    ['1/2/2024', null],
  ])('reads the month and day of %s', (value, expected) => {
    expect(readMonthDay(value)).toEqual(expected);
  });

  it('dates a month and day by a full date on the same day elsewhere, and refuses an impossible day', () => {
    expect(yearWith('【责任编辑：赵六】 2023-12-30 2024-03-05 18:20', { month: 3, day: 5 })).toBe(2024);
    expect(yearWith('2024-03-06', { month: 3, day: 5 })).toBeNull();
    expect(withYear({ month: 2, day: 29 }, 2023)).toBeNull();
    expect(withYear({ month: 2, day: 29 }, 2024)).toBe('2024-02-29');
  });
});
