import { describe, expect, it } from 'vitest';
import { urlDate, yearOfUrlDate } from '@/utils/extract/url-date';

describe('urlDate', () => {
  it.each([
    ['http://www.news.example.cn/politics/2024-03/05/c_1130000.htm', '2024-03-05'],
    ['http://www.example.gov.cn/zwgk/202401/t20240102_123456.html', '2024-01-02'],
    ['http://politics.example.com.cn/n1/2024/0102/c1001-40150000.html', '2024-01-02'],
    ['https://www.example.com/gn/2024/01-02/10139.shtml', '2024-01-02'],
    ['https://news.example.com.cn/c/2024-01-02/doc-abc.shtml', '2024-01-02'],
    ['https://www.example.com/2016/02/01/news/economy/index.html', '2016-02-01'],
    ['https://www.example.cn/detail/20200102/1000_1.html', '2020-01-02'],
  ])('%s → %s', (url, iso) => {
    expect(urlDate(url)?.iso).toBe(iso);
  });

  it('gives the year and month of a URL that has no day (gov.cn content pages)', () => {
    expect(urlDate('https://www.gov.cn/zhengce/content/202401/content_6923456.htm')).toEqual({
      year: 2024,
      month: 1,
      iso: null,
    });
  });

  it.each([
    'https://www.example.cn/news/1.html',
    'https://www.example.cn/article/12345678/',
    'https://www.example.cn/a/2024-02-30/x.html',
    'https://www.example.cn/search?d=/2024-01/02/',
  ])('finds no date in %s', (url) => {
    expect(urlDate(url)?.iso ?? null).toBeNull();
  });

  it('dates a month and day without a year by the URL, a year back when the URL month is earlier', () => {
    const january = urlDate('https://www.example.gov.cn/a/202401/content_1.htm');
    expect(yearOfUrlDate(january, { month: 1, day: 2 })).toBe(2024);
    expect(yearOfUrlDate(january, { month: 12, day: 31 })).toBe(2023);
    expect(yearOfUrlDate(null, { month: 1, day: 2 })).toBeNull();
  });
});
