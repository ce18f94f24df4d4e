import { describe, expect, it } from 'vitest';
import { findDate, parseDate } from '@/utils/extract/dates';

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
