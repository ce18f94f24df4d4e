import { describe, expect, it } from 'vitest';
import { readInlineMetadata } from '@/utils/extract/inline-metadata';
import { htmlDocument } from './dom-helpers';

const TITLE = '多地出台措施支持中小企业发展';
const page = (before: string, after: string): Document =>
  htmlDocument(
    `<html><body><div class="nav"><a href="/">首页</a></div>${before}<h1>${TITLE}</h1>${after}<p>${'正文内容，介绍各地政策的具体安排和实施路径。'.repeat(6)}</p></body></html>`,
  );
const read = (doc: Document) => readInlineMetadata(doc, doc.querySelector('h1'), TITLE);

describe('readInlineMetadata', () => {
  it.each([
    ['<div>2020-01-02 17:11 来源：半月谈网 分享到：</div>', { source: '半月谈网', published: '2020-01-02' }],
    [
      '<div>发布时间：2021年05月10日 08:30　稿件来源：河东日报</div>',
      { source: '河东日报', published: '2021-05-10' },
    ],
    [
      '<div>信息来源：华东产业研究院　日期：2021/05/10　作者：李明</div>',
      { source: '华东产业研究院', published: '2021-05-10', byline: '李明' },
    ],
    [
      '<div><span>思瀚产业研究院</span>&nbsp;&nbsp;<span>2021-05-10</span></div>',
      { source: null, published: '2021-05-10' },
    ],
    ['<div>来源： 人民日报海外版 中国青年网</div>', { source: '人民日报海外版' }],
    ['<div>来源：EETOP 最后更新: 2019-09-07</div>', { source: 'EETOP', published: '2019-09-07' }],
    ['<div>来源： 作者：王华军</div>', { source: null, byline: '王华军' }],
  ])('reads %s', (after, expected) => {
    expect(read(page('', after))).toMatchObject(expected);
  });

  it('reads gov.cn labels before the headline, ranking 发布日期 above 成文日期', () => {
    const before =
      '<table><tr><td>发文机关：</td><td>国务院</td><td>成文日期：</td><td>2021年05月08日</td></tr><tr><td>发布日期：</td><td>2021年05月10日</td></tr></table>';
    expect(read(page(before, ''))).toMatchObject({ source: '国务院', published: '2021-05-10', byline: null });
  });

  it('does not take a chart note (数据来源) for the source', () => {
    expect(read(page('', '<div>数据来源：国家统计局</div>')).source).toBeNull();
  });

  it('ignores a bare "today" date before the headline', () => {
    expect(read(page('<div>今天是2021年6月1日 星期二</div>', '')).published).toBeNull();
  });

  it('stops at the article: a date inside the first paragraph is not the publication date', () => {
    const doc = htmlDocument(
      `<body><h1>${TITLE}</h1><p>${'这是正文，'.repeat(25)}2019年3月1日起施行。</p></body>`,
    );
    expect(read(doc).published).toBeNull();
  });

  it('finds the headline by its text when no heading element matched', () => {
    const doc = htmlDocument(
      `<body><table><tr><td><font size="5">${TITLE}</font></td></tr><tr><td>新华网河北频道 ( 2012-06-04 09:20:26 ) 稿件来源： 河北日报</td></tr></table></body>`,
    );
    expect(readInlineMetadata(doc, null, TITLE)).toMatchObject({
      source: '河北日报',
      published: '2012-06-04',
      byline: null,
    });
  });
});

describe('readInlineMetadata: document header labels', () => {
  it('hands the header labels around the headline to the policy reader, spaced labels included', () => {
    const before =
      '<ul class="xxgk"><li><span>索 引 号：</span>11370000004/2023-00012</li><li><span>发布机构：</span>某某省人民政府办公厅</li><li><span>文　　号：</span>某政办字〔2023〕5号</li></ul>';
    expect(read(page(before, '')).header).toEqual({
      indexNumber: '11370000004/2023-00012',
      issuer: '某某省人民政府办公厅',
      docNumber: '某政办字〔2023〕5号',
    });
  });
});

describe('readInlineMetadata: dates as a reader finds them', () => {
  const en = (html: string): Document =>
    htmlDocument(`<body><aside><span>Friday, November 15th, 2019</span></aside>${html}</body>`);
  const prose = `<p>${'Tariffs are taxes on imported goods paid by the importer at the border. '.repeat(3)}</p>`;

  it.each([
    ['<p>By Sam Lee on Monday, November 18th, 2019 at 11:04 a.m.</p>', '2019-11-18'],
    ['<p class="updated">Updated Nov. 6, 2019</p>', '2019-11-06'],
  ])('English: %s under the headline', (line, iso) => {
    const doc = en(`<h1>Tariff rates explained for importers</h1>${line}${prose}`);
    expect(
      readInlineMetadata(doc, doc.querySelector('h1'), 'Tariff rates explained for importers').published,
    ).toBe(iso);
  });

  it('English: a date line right above the headline (a blog date header), not one further up', () => {
    const doc = en(
      `<div class="date-header">06 December 2016</div><h2>Saving data on app updates</h2>${prose}`,
    );
    expect(readInlineMetadata(doc, doc.querySelector('h2'), 'Saving data on app updates').published).toBe(
      '2016-12-06',
    );
  });

  it.each([
    ['<div>老王办事 发表于 2005-9-15 11:46</div>', '2005-09-15'],
    ['<div>2005-07-18 13:03:17</div>', '2005-07-18'],
    ['<div>时间：2019年09月07日 15:05</div>', '2019-09-07'],
    [
      `<p>【某某日报2005年07月03日报道】${'为帮助外贸企业应对订单下滑和成本上升的压力，某市近日出台十条措施。'.repeat(3)}</p>`,
      '2005-07-03',
    ],
  ])('Chinese: %s', (after, iso) => {
    expect(read(page('<div class="side">热点 2005-06-30</div>', after)).published).toBe(iso);
  });

  it('prefers the date by the headline over the dates of comments below the article', () => {
    const doc = htmlDocument(
      `<body><h1>${TITLE}</h1><div>发布时间：2021-05-10</div><p>${'正文内容，介绍各地政策。'.repeat(12)}</p><div class="comments">网友 发表于 2021-06-01</div></body>`,
    );
    expect(read(doc).published).toBe('2021-05-10');
  });
});

describe('readInlineMetadata: Chinese dates without a label', () => {
  const prose = (opening: string) =>
    `<p>${opening}${'某市近日出台措施，围绕稳就业、促消费、优服务等方面提出具体举措。'.repeat(4)}</p>`;
  const year2024 = () => 2024;

  it.each([
    ['新华社北京3月5日电（记者 王五）', '2024-03-05'],
    ['中新网1月2日电 ', '2024-01-02'],
    ['本报北京12月30日电　记者王五报道：', '2024-12-30'],
  ])('an agency dateline %s takes the year the page gives', (opening, iso) => {
    const doc = htmlDocument(`<body><h1>${TITLE}</h1>${prose(opening)}</body>`);
    expect(readInlineMetadata(doc, doc.querySelector('h1'), TITLE, null, year2024).published).toBe(iso);
  });

  it('leaves a dateline without a year undated when the page gives none, and ignores a date inside the story', () => {
    const doc = htmlDocument(`<body><h1>${TITLE}</h1>${prose('新华社北京3月5日电 ')}</body>`);
    expect(read(doc).published).toBeNull();
    const story = htmlDocument(`<body><h1>${TITLE}</h1>${prose('本报讯 1月2日，')}</body>`);
    expect(readInlineMetadata(story, story.querySelector('h1'), TITLE, null, year2024).published).toBeNull();
  });

  it('reads a labelled month and day (`发布时间：01-02 10:30`) only with the year the page gives', () => {
    const doc = page('', '<div class="info">发布时间：01-02 10:30</div>');
    expect(readInlineMetadata(doc, doc.querySelector('h1'), TITLE, null, year2024).published).toBe(
      '2024-01-02',
    );
    expect(read(doc).published).toBeNull();
  });

  it.each([
    [
      'news.cn: year, month/day and time in their own elements, the source after them',
      '<div class="header-time"><span><em> 2024</em></span><span><em> 01</em>/<em>02</em></span><span> 10:30:15</span></div><div>来源：新华网</div>',
      '2024-01-02',
    ],
    [
      'PIXNET: month, day, weekday, year and time in their own elements',
      '<ul><li class="publish"><span>Dec </span><span>28 </span><span>Sat </span><span>2013 </span><span>00:28</span></li></ul>',
      '2013-12-28',
    ],
  ])('a date printed in parts above the headline (%s)', (_name, before, iso) => {
    expect(read(page(before, '')).published).toBe(iso);
  });

  it('prefers the info line under the headline to a sidebar date above it and related links below', () => {
    const before =
      '<ul class="side"><li><a href="/z">某县召开工作会议</a></li><li>2023-12-30</li></ul><div>当前位置：首页 > 新闻</div>';
    const after = '<div class="info">来源：某某网　２０２４年１月２日</div>';
    expect(read(page(before, after)).published).toBe('2024-01-02');
  });
});
