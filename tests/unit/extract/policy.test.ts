import { describe, expect, it } from 'vitest';
import {
  docNumberKey,
  findDocNumber,
  isDocNumber,
  readLabelledValues,
  readPolicy,
} from '@/utils/extract/policy';
import { numberLine, signature } from '@/utils/extract/policy/document-text';
import { docTypeOfTitle, isDocumentTitle } from '@/utils/extract/policy/doc-types';
import { readHeaderTable } from '@/utils/extract/policy/header';
import { fragment } from './dom-helpers';

describe('document numbers (发文字号)', () => {
  it.each([
    ['国办发〔2017〕47号', '国办发〔2017〕47号'],
    ['财税[2019]13号', '财税[2019]13号'],
    ['京政发（2020）3号', '京政发（2020）3号'],
    ['国家税务总局公告2023年第5号', '国家税务总局公告2023年第5号'],
    ['中华人民共和国国务院令第732号', '中华人民共和国国务院令第732号'],
    ['交通运输部令2023年第5号', '交通运输部令2023年第5号'],
    ['第12号令', '第12号令'],
    ['发改能源〔2024〕 1128 号', '发改能源〔2024〕1128号'],
  ])('%s', (written, cleaned) => {
    expect(isDocNumber(written)).toBe(true);
    expect(findDocNumber(`根据《通知》（${written}）要求`)).toBe(cleaned);
  });

  it('is not a year in brackets or a plain count', () => {
    expect(isDocNumber('（2017年）')).toBe(false);
    expect(isDocNumber('共47号文件')).toBe(false);
    expect(findDocNumber('2017年发布了47号通知')).toBeNull();
  });

  it('has one search key with or without brackets', () => {
    expect(docNumberKey('国办发〔2017〕47号')).toBe(docNumberKey('国办发2017 47号'));
    expect(docNumberKey('国办发[2017]47号')).toBe('国办发201747号');
  });
});

describe('header labels', () => {
  it('reads spaced labels with full-width or ASCII colons, a value running to the next label', () => {
    expect(
      readLabelledValues('标　　题：某某通知 索 引 号: 000014349/2017-00094 发文字号：国办发〔2017〕47号'),
    ).toEqual({
      title: '某某通知',
      indexNumber: '000014349/2017-00094',
      docNumber: '国办发〔2017〕47号',
    });
  });

  it('reads a th/td table without colons and refuses a table with one label', () => {
    const table = fragment(
      '<table><tr><th>索引号</th><td>A-1</td><th>发布机构</th><td>某某局</td></tr><tr><th>文号</th><td>某发〔2021〕1号</td></tr></table>',
    ).querySelector('table') as Element;
    expect(readHeaderTable(table)).toEqual({
      indexNumber: 'A-1',
      issuer: '某某局',
      docNumber: '某发〔2021〕1号',
    });
    const data = fragment('<table><tr><td>来源：</td><td>国家统计局</td></tr></table>').querySelector(
      'table',
    ) as Element;
    expect(readHeaderTable(data)).toBeNull();
  });
});

describe("the document's own text", () => {
  it('finds the number line under the title', () => {
    expect(numberLine('国办发〔2017〕47号\n\n各省、自治区、直辖市人民政府：')).toBe('国办发〔2017〕47号');
    expect(numberLine('近日，国务院办公厅印发国办发〔2017〕47号文件。')).toBeNull();
  });

  it.each([
    [
      '正文。\n\n国务院办公厅\n\n2017年5月15日\n\n（此件公开发布）',
      { issuer: '国务院办公厅', date: '2017-05-15' },
    ],
    [
      '正文。\n\n国家发展改革委 国家能源局\n\n2024年7月25日',
      { issuer: '国家发展改革委 国家能源局', date: '2024-07-25' },
    ],
    ['正文。\n\n某某市人民政府 二〇二二年三月十五日', { issuer: '某某市人民政府', date: '2022-03-15' }],
  ])('finds the signature in %j', (text, expected) => {
    expect(signature(text)).toEqual(expected);
  });

  it('does not take a dated sentence for a signature', () => {
    expect(signature('会议指出，要加快推进工作。\n\n2017年5月15日')).toBeNull();
  });

  it('reads document titles', () => {
    expect(docTypeOfTitle('国务院办公厅关于印发政府网站发展指引的通知')).toBe('通知');
    expect(docTypeOfTitle('某某市优化营商环境条例（2021年修订）')).toBe('条例');
    expect(isDocumentTitle('国务院办公厅关于印发政府网站发展指引的通知')).toBe(true);
    expect(isDocumentTitle('国务院办公厅印发《关于推进政务新媒体健康有序发展的意见》')).toBe(false);
  });
});

describe('readPolicy', () => {
  const base = {
    meta: new Map<string, string>(),
    url: 'https://news.example.cn/a.html',
    header: null,
    text: '',
    published: null,
  };

  it('is absent on a news report about a document', () => {
    expect(
      readPolicy({ ...base, title: '多地出台措施支持中小企业发展', text: '近日，多地出台措施。' }),
    ).toBeNull();
  });

  it('reads a government page from the guideline meta tags and its title', () => {
    const meta = new Map([
      ['siteidcode', '1100000012'],
      ['pubdate', '2023-03-02 16:45'],
      ['contentsource', '某某省人民政府办公厅'],
    ]);
    expect(
      readPolicy({
        ...base,
        meta,
        url: 'https://www.example.gov.cn/t/1.html',
        title: '某某省人民政府办公厅关于做好春季农业生产工作的通知',
      }),
    ).toEqual({
      issuer: '某某省人民政府办公厅',
      docNumber: null,
      indexNumber: null,
      written: null,
      published: '2023-03-02',
      docType: '通知',
      topic: null,
    });
  });

  it('reads English official pages from citation_* and Dublin Core, and not a news page from DC.publisher', () => {
    const report = new Map([
      ['citation_technical_report_institution', 'Research Service'],
      ['citation_technical_report_number', 'R45123'],
      ['citation_publication_date', '2019/11/21'],
    ]);
    expect(readPolicy({ ...base, meta: report, title: 'Trade Remedies' })).toMatchObject({
      issuer: 'Research Service',
      docNumber: 'R45123',
      published: '2019-11-21',
    });
    const act = new Map([
      ['dc.creator', 'Example Parliament'],
      ['dc.type', 'Act'],
      ['dcterms.issued', '2020-06-01'],
    ]);
    expect(readPolicy({ ...base, meta: act, title: 'Trade Act 2020' })).toMatchObject({
      issuer: 'Example Parliament',
      docType: 'Act',
    });
    const news = new Map([
      ['dc.publisher', 'The Daily Example'],
      ['dc.type', 'Text'],
    ]);
    expect(readPolicy({ ...base, meta: news, title: 'Tariffs rise again' })).toBeNull();
  });
});
