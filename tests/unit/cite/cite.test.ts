import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '@/cli/html-document';
import { gbtReference, renderCitations, toBibtex, toCslItem, toRis, type CitableArticle } from '@/utils/cite';
import { extract } from '@/utils/extract';
import {
  ACCESSED,
  ALL,
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
const cases = Object.entries(ALL);

describe('CSL-JSON', () => {
  it.each(cases)('%s validates against the CSL-JSON schema and always has accessed', (_name, article) => {
    const item = toCslItem(article, opts);
    expect(validateCsl([item]), JSON.stringify(validateCsl.errors)).toBe(true);
    expect(item.accessed).toEqual({ 'date-parts': [[2026, 12, 5]] });
  });

  it('gives an official document as legislation with its number and institutional author', () => {
    expect(toCslItem(OFFICIAL, opts)).toMatchObject({
      type: 'legislation',
      title: '国务院办公厅关于印发政府网站发展指引的通知',
      author: [{ literal: '国务院办公厅' }],
      authority: '国务院办公厅',
      number: '国办发〔2017〕47号',
      genre: '通知',
      issued: { 'date-parts': [[2017, 6, 8]] },
      'container-title': '中国政府网',
      note: '成文日期: 2017-05-15\n索引号: 000014349/2017-00094',
    });
  });

  it('gives measures as regulation, each joint issuer as its own author', () => {
    const item = toCslItem(JOINT, opts);
    expect(item.type).toBe('regulation');
    expect(item.author).toEqual([
      { literal: '国家发展改革委' },
      { literal: '国家能源局' },
      { literal: '国家数据局' },
    ]);
    expect(item.issued).toEqual({ 'date-parts': [[2024, 7, 25]] });
    expect(item.URL).toBe(JOINT.url);
  });

  it('leaves out what the page did not state', () => {
    const item = toCslItem(PARTIAL, opts);
    expect(Object.keys(item).sort()).toEqual(
      ['URL', 'accessed', 'container-title', 'genre', 'id', 'language', 'title', 'type'].sort(),
    );
  });

  it('gives news as article-newspaper with people as family/given, other pages as webpage', () => {
    expect(toCslItem(NEWS, opts)).toMatchObject({
      type: 'article-newspaper',
      author: [{ family: 'Schwartz', given: 'Nelson D.' }],
      'container-title': 'The New York Times',
    });
    expect(toCslItem(WEBPAGE, opts)).toMatchObject({ type: 'webpage', 'container-title': '思瀚产业研究院' });
    expect(toCslItem(WEBPAGE, opts).author).toBeUndefined();
  });

  it('cites a reference work by its name and revision date, not its creation year or contributors', () => {
    const item = toCslItem(REFERENCE, opts);
    expect(item).toMatchObject({
      type: 'webpage',
      'container-title': 'Wikipedia',
      issued: { 'date-parts': [[2019, 9, 26]] },
    });
    expect(item.author).toBeUndefined();
  });

  it('is one JSON list for several articles', () => {
    const text = renderCitations('csl', [OFFICIAL, NEWS], [opts, { accessed: '2026-01-02', id: 'n' }]);
    const items = JSON.parse(text) as unknown[];
    expect(validateCsl(items)).toBe(true);
    expect(items).toHaveLength(2);
    expect(text).toContain('国办发〔2017〕47号');
  });
});

/** The same title, issuer, number and dates after a real parser reads the file back. */
function expectSameRecord(
  article: CitableArticle,
  parsed: ReturnType<typeof parseBack>[number],
  issuedParts: (parts: number[]) => number[] = (parts) => parts,
) {
  const csl = toCslItem(article, opts);
  expect(parsed.title).toBe(csl.title);
  // citation-js reads a NEWS record's AU (its reporter, RIS 2011) into CSL's `reporter` as written.
  const reporter = typeof parsed.reporter === 'string' ? [{ literal: parsed.reporter }] : [];
  const names = (parsed.author ?? reporter).map(
    (a: { literal?: string; family?: string; given?: string }) =>
      a.literal ?? (a.given ? `${a.family}, ${a.given}` : a.family),
  );
  const expected = (csl.author ?? []).map((a) =>
    'literal' in a ? a.literal : a.given ? `${a.family}, ${a.given}` : a.family,
  );
  expect(names).toEqual(expected);
  expect(parsed.number).toBe(csl.number);
  const issued = csl.issued?.['date-parts'][0];
  expect(parsed.issued?.['date-parts'][0]).toEqual(issued ? issuedParts(issued) : undefined);
  expect(parsed.URL).toBe(csl.URL);
}

describe('RIS', () => {
  it.each(cases)('%s parses back to the same title, issuer, number and dates', (_name, article) => {
    const ris = toRis(article, opts);
    const [parsed] = parseBack(ris);
    expect(parsed).toBeDefined();
    // citation-js reads a NEWS record's date from PY (the year) only; its full date is in DA (RIS 2011).
    const news = article.genre === 'news';
    expectSameRecord(article, parsed as NonNullable<typeof parsed>, (parts) =>
      news ? parts.slice(0, 1) : parts,
    );
    if (news && article.published) expect(ris).toContain(`DA  - ${article.published.replace(/-/g, '/')}/`);
  });

  it('writes an official document as LEGAL with SN, M3, the written date and CJK as is', () => {
    const ris = toRis(OFFICIAL, { ...opts, id: 'a1' });
    expect(ris).toBe(
      [
        'TY  - LEGAL',
        'AU  - 国务院办公厅',
        'TI  - 国务院办公厅关于印发政府网站发展指引的通知',
        'T2  - 中国政府网',
        'SN  - 国办发〔2017〕47号',
        'M3  - 通知',
        'PY  - 2017',
        'DA  - 2017/06/08/',
        'N1  - 成文日期: 2017-05-15',
        'N1  - 索引号: 000014349/2017-00094',
        'KW  - 综合政务\\电子政务',
        'LA  - zh-CN',
        'UR  - https://www.gov.cn/zhengce/content/2017-06/08/content_5200760.htm',
        'Y2  - 2026/12/05/',
        'ID  - a1',
        'ER  - ',
        '',
      ].join('\n'),
    );
  });

  it('keeps each record on its lines: a line break in a title cannot start a tag', () => {
    const ris = toRis({ ...WEBPAGE, title: '标题\nER  - \nTY  - JOUR' }, opts);
    expect(ris.match(/^ER {2}- $/gm)).toHaveLength(1);
    expect(parseBack(ris)).toHaveLength(1);
  });
});

describe('BibTeX', () => {
  it.each(cases)('%s parses back to the same title, issuer, number and dates', (_name, article) => {
    const [parsed] = parseBack(toBibtex(article, opts));
    expect(parsed).toBeDefined();
    expectSameRecord(article, parsed as NonNullable<typeof parsed>);
  });

  it('writes an official document as a techreport with institution, number and type', () => {
    const bib = toBibtex(OFFICIAL, { ...opts, id: 'gov2017' });
    expect(bib).toContain('@techreport{gov2017,');
    expect(bib).toContain('author = {{国务院办公厅}}');
    expect(bib).toContain('institution = {国务院办公厅}');
    expect(bib).toContain('number = {国办发〔2017〕47号}');
    expect(bib).toContain('type = {通知}');
    expect(bib).toContain('urldate = {2026-12-05}');
    expect(bib).toContain('keywords = {综合政务\\textbackslash{}电子政务}');
  });

  it('escapes TeX specials and braces so a value cannot end its field', () => {
    const bib = toBibtex({ ...WEBPAGE, title: 'R&D spending rose 50% {sic} at #1_firm' }, opts);
    expect(bib).toContain('title = {{R\\&D spending rose 50\\% \\{sic\\} at \\#1\\_firm}}');
    expect(parseBack(bib)[0]?.title).toBe('R&D spending rose 50% {sic} at #1_firm');
  });
});

describe('GB/T 7714-2015', () => {
  it.each([
    [
      OFFICIAL,
      '国务院办公厅. 国务院办公厅关于印发政府网站发展指引的通知: 国办发〔2017〕47号[A/OL]. (2017-06-08)[2026-12-05]. https://www.gov.cn/zhengce/content/2017-06/08/content_5200760.htm.',
    ],
    [
      JOINT,
      '国家发展改革委, 国家能源局, 国家数据局. 关于印发《加快构建新型电力系统行动方案（2024—2027年）》的通知: 发改能源〔2024〕1128号[A/OL]. (2024-07-25)[2026-12-05]. https://www.gov.cn/zhengce/zhengceku/202408/content_1.htm.',
    ],
    [
      PARTIAL,
      '关于2023年端午节放假期间办事大厅服务安排的公告[A/OL]. [2026-12-05]. https://zwfw.example.gov.cn/tzgg/2.htm.',
    ],
    [
      ZH_NEWS,
      '王华军. 话剧《约定无期限》河北各市巡演结束[N/OL]. 河北日报, 2012-06-04[2026-12-05]. http://www.he.xinhuanet.com/news/2012-06/04/content_25340717.htm.',
    ],
    [
      NEWS,
      'SCHWARTZ N D. As Debt Rises, the Government Will Soon Spend More on Interest Than on the Military[N/OL]. The New York Times, 2018-09-25[2026-12-05]. https://www.nytimes.com/2018/09/25/business/economy/us-government-debt-interest.html.',
    ],
    [
      REFERENCE,
      'Wikipedia. New Zealand[EB/OL]. (2019-09-26)[2026-12-05]. https://en.wikipedia.org/wiki/New_Zealand.',
    ],
    [
      WEBPAGE,
      '思瀚产业研究院. 2021年中国科技成果转化行业发展现状[EB/OL]. (2021-05-10)[2026-12-05]. https://www.example.com/news/1.html.',
    ],
  ])('%#', (article, expected) => {
    expect(gbtReference(article, opts)).toBe(expected);
  });

  it('shortens a long author list with 等', () => {
    const many = { ...ZH_NEWS, byline: '王一、李二、张三、赵四' };
    expect(gbtReference(many, opts)).toMatch(/^王一, 李二, 张三, 等\. /);
  });
});

describe('from a page to a citation', () => {
  it('cites the policy-library fixture as the document it is', () => {
    const dir = resolve(__dirname, '../../fixtures/pages/zh-gov-policy-library');
    const { url } = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as { url: string };
    const result = extract(parseHtmlDocument(readFileSync(`${dir}/source.html`, 'utf8'), url), url);
    if (!result.ok) throw new Error(result.message);
    const article: CitableArticle = { ...result.article, originalUrl: url };
    expect(validateCsl([toCslItem(article, opts)])).toBe(true);
    expect(gbtReference(article, opts)).toBe(
      `国务院办公厅. 国务院办公厅关于印发政府网站发展指引的通知: 国办发〔2017〕47号[A/OL]. (2017-06-08)[2026-12-05]. ${url}.`,
    );
  });
});
