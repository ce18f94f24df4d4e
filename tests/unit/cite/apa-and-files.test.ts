/** APA 7 references, and citation files as the extension names and dates them. */
import { describe, expect, it } from 'vitest';
import { apaReference, citationFile, referenceText, toCslItem, type CitableArticle } from '@/utils/cite';
import type { ArticleRecord } from '@/utils/store/types';
import {
  ACCESSED,
  JOINT,
  NEWS,
  OFFICIAL,
  PARTIAL,
  REFERENCE,
  WEBPAGE,
  ZH_NEWS,
  parseBack,
  validateCsl,
} from './helpers';

const opts = { accessed: ACCESSED };

describe('APA 7', () => {
  it.each([
    [
      OFFICIAL,
      '国务院办公厅. (2017, June 8). 国务院办公厅关于印发政府网站发展指引的通知 (国办发〔2017〕47号). 中国政府网. https://www.gov.cn/zhengce/content/2017-06/08/content_5200760.htm',
    ],
    [
      JOINT,
      '国家发展改革委, 国家能源局, & 国家数据局. (2024, July 25). 关于印发《加快构建新型电力系统行动方案（2024—2027年）》的通知 (发改能源〔2024〕1128号). 中国政府网. https://www.gov.cn/zhengce/zhengceku/202408/content_1.htm',
    ],
    [
      PARTIAL,
      '关于2023年端午节放假期间办事大厅服务安排的公告. (n.d.). 某某区政务服务中心. Retrieved December 5, 2026, from https://zwfw.example.gov.cn/tzgg/2.htm',
    ],
    [
      NEWS,
      'Schwartz, N. D. (2018, September 25). As Debt Rises, the Government Will Soon Spend More on Interest Than on the Military. The New York Times. https://www.nytimes.com/2018/09/25/business/economy/us-government-debt-interest.html',
    ],
    [
      ZH_NEWS,
      '王华军. (2012, June 4). 话剧《约定无期限》河北各市巡演结束. 河北日报. http://www.he.xinhuanet.com/news/2012-06/04/content_25340717.htm',
    ],
    [
      REFERENCE,
      'New Zealand. (2019, September 26). In Wikipedia. Retrieved December 5, 2026, from https://en.wikipedia.org/wiki/New_Zealand',
    ],
    [
      WEBPAGE,
      '2021年中国科技成果转化行业发展现状. (2021, May 10). 思瀚产业研究院. https://www.example.com/news/1.html',
    ],
  ])('%#', (article, expected) => {
    expect(apaReference(article, opts)).toBe(expected);
    expect(referenceText('apa', article, opts)).toBe(expected);
  });

  it('names two people with &, and gives no site when the author is the site', () => {
    const two = { ...NEWS, byline: 'Jane Doe and John Smith' };
    expect(apaReference(two, opts)).toMatch(/^Doe, J\., & Smith, J\. \(2018, September 25\)\. /);
    const own = { ...OFFICIAL, source: '国务院办公厅' };
    expect(apaReference(own, opts)).toBe(
      '国务院办公厅. (2017, June 8). 国务院办公厅关于印发政府网站发展指引的通知 (国办发〔2017〕47号). https://www.gov.cn/zhengce/content/2017-06/08/content_5200760.htm',
    );
  });

  it('copies GB/T 7714 as the brief writes it', () => {
    expect(referenceText('gbt7714', OFFICIAL, opts)).toMatch(
      /^国务院办公厅\. .*: 国办发〔2017〕47号\[A\/OL\]\. \(2017-06-08\)\[2026-12-05\]\. https:/,
    );
  });
});

/** A stored record: clipped 2026-12-04 23:30 UTC, which is 2026-12-05 in Shanghai. */
const CLIPPED = Date.UTC(2026, 11, 4, 23, 30);
const record = (article: CitableArticle, id: string): ArticleRecord => ({
  ...article,
  id,
  canonicalUrl: null,
  excerpt: '',
  clippedAt: CLIPPED,
  updatedAt: CLIPPED,
  pageUrls: [article.url],
});
const NOW = new Date(Date.UTC(2026, 11, 5, 12));

describe('citationFile', () => {
  it('names one article’s file by its title, the date in the user’s zone, per format', () => {
    const one = [record(OFFICIAL, 'a1')];
    const name = (format: 'csl' | 'ris' | 'bibtex') =>
      citationFile(format, one, { now: NOW, timeZone: 'Asia/Shanghai' }).filename;
    expect(name('csl')).toBe('国务院办公厅关于印发政府网站发展指引的通知-2026-12-05.json');
    expect(name('ris')).toBe('国务院办公厅关于印发政府网站发展指引的通知-2026-12-05.ris');
    expect(name('bibtex')).toBe('国务院办公厅关于印发政府网站发展指引的通知-2026-12-05.bib');
    expect(citationFile('ris', one, { now: NOW, timeZone: 'UTC' }).mime).toBe(
      'application/x-research-info-systems',
    );
  });

  it('names several articles’ file by the shared name and their language', () => {
    const zh = [record(OFFICIAL, 'a1'), record(ZH_NEWS, 'a2'), record(NEWS, 'a3')];
    expect(citationFile('csl', zh, { now: NOW, timeZone: 'UTC', name: '新能源' }).filename).toBe(
      '新能源-引文-2026-12-05.json',
    );
    const en = [record(NEWS, 'a3'), record(REFERENCE, 'a4')];
    expect(citationFile('bibtex', en, { now: NOW, timeZone: 'UTC' }).filename).toBe(
      'Policy Clipper-citations-2026-12-05.bib',
    );
    // A name with characters no OS allows in a file name is made safe.
    expect(citationFile('ris', en, { now: NOW, timeZone: 'UTC', name: 'a/b:c' }).filename).toBe(
      'a-b-c-citations-2026-12-05.ris',
    );
  });

  it('gives each article the day it was clipped as its access date, in the user’s zone', () => {
    const articles = [record(OFFICIAL, 'a1'), record(NEWS, 'a2')];
    const csl = JSON.parse(
      citationFile('csl', articles, { now: NOW, timeZone: 'Asia/Shanghai' }).text,
    ) as ReturnType<typeof toCslItem>[];
    expect(validateCsl(csl), JSON.stringify(validateCsl.errors)).toBe(true);
    expect(csl.map((item) => item.accessed)).toEqual([
      { 'date-parts': [[2026, 12, 5]] },
      { 'date-parts': [[2026, 12, 5]] },
    ]);
    const utc = JSON.parse(citationFile('csl', articles, { now: NOW, timeZone: 'UTC' }).text) as typeof csl;
    expect(utc[0]?.accessed).toEqual({ 'date-parts': [[2026, 12, 4]] });
  });

  it('writes RIS and BibTeX files a real parser reads back, one record per article, CJK intact', () => {
    const articles = [record(OFFICIAL, 'a1'), record(JOINT, 'a2'), record(NEWS, 'a3')];
    for (const format of ['ris', 'bibtex'] as const) {
      const items = parseBack(citationFile(format, articles, { now: NOW, timeZone: 'UTC' }).text);
      expect(items.map((i) => i.title)).toEqual(articles.map((a) => a.title));
      expect(items[0]?.number).toBe('国办发〔2017〕47号');
    }
  });

  it('refuses an empty list (the handlers never ask for one)', () => {
    expect(() => citationFile('csl', [], { now: NOW, timeZone: 'UTC' })).toThrow(RangeError);
  });
});
