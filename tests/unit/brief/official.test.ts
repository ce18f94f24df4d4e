/** Briefs of official documents: Obsidian properties for the document's record, GB/T 7714 `[A/OL]`. */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { defaultBriefOptions, renderArticleBrief, renderMultiBrief } from '@/utils/brief';
import type { ArticleRecord, ClipRecord } from '@/utils/store/types';
import { splitFrontMatter } from './helpers';

const CLIPPED = Date.UTC(2026, 11, 5, 2, 0);
const OFFICIAL: ArticleRecord = {
  id: 'gov-1',
  url: 'https://www.gov.cn/zhengce/content/2017-06/08/content_5200760.htm',
  originalUrl: 'https://www.gov.cn/zhengce/content/2017-06/08/content_5200760.htm',
  pageUrls: ['https://www.gov.cn/zhengce/content/2017-06/08/content_5200760.htm'],
  canonicalUrl: null,
  title: '国务院办公厅关于印发政府网站发展指引的通知',
  source: '中国政府网',
  byline: null,
  published: '2017-06-08',
  lang: 'zh-CN',
  excerpt: '',
  policy: {
    issuer: '国务院办公厅',
    docNumber: '国办发〔2017〕47号',
    indexNumber: '000014349/2017-00094',
    written: '2017-05-15',
    published: '2017-06-08',
    docType: '通知',
    topic: null,
  },
  clippedAt: CLIPPED,
  updatedAt: CLIPPED,
};
const options = { ...defaultBriefOptions(new Date(CLIPPED)), timeZone: 'Asia/Shanghai' };

describe('official document briefs', () => {
  const brief = renderArticleBrief({ article: OFFICIAL, clips: [] }, options);

  it('gives issuer, doc_number, written and published as front-matter properties (dates as dates)', () => {
    const { yaml } = splitFrontMatter(brief);
    expect(yaml).toContain('written: 2017-05-15\npublished: 2017-06-08');
    expect(parseYaml(yaml)).toMatchObject({
      issuer: '国务院办公厅',
      doc_number: '国办发〔2017〕47号',
      written: '2017-05-15',
      published: '2017-06-08',
    });
  });

  it('names issuer and number in the source line and ends with the [A/OL] reference', () => {
    expect(brief).toContain('**来源**：国务院办公厅 · 国办发〔2017〕47号 · 中国政府网 · 2017-06-08 · <');
    expect(brief.trimEnd().split('\n').at(-1)).toBe(
      `国务院办公厅. 国务院办公厅关于印发政府网站发展指引的通知: 国办发〔2017〕47号\\[A/OL\\]. (2017-06-08)\\[2026-12-05\\]. <${OFFICIAL.url}>.`,
    );
  });

  it('leaves out the properties a page did not state, and has none for other pages', () => {
    const partial = { ...OFFICIAL, policy: { ...OFFICIAL.policy!, docNumber: null, written: null } };
    const fm = parseYaml(
      splitFrontMatter(renderArticleBrief({ article: partial, clips: [] }, options)).yaml,
    ) as object;
    expect(Object.keys(fm)).toEqual([
      'title',
      'created',
      'tags',
      'sources',
      'issuer',
      'published',
      'generator',
    ]);
    const { policy: _p, ...plain } = OFFICIAL;
    const other = parseYaml(
      splitFrontMatter(renderArticleBrief({ article: plain, clips: [] }, options)).yaml,
    ) as object;
    expect(Object.keys(other)).toEqual(['title', 'created', 'tags', 'sources', 'generator']);
  });

  it('cites it in a multi-article brief by issuer and number, in either style', () => {
    const clip: ClipRecord = {
      id: 'c1',
      articleId: OFFICIAL.id,
      quote: '政府网站是各级政府在互联网上履行职能的官方网站',
      selectors: [],
      kind: 'quote',
      type: null,
      value: null,
      unit: null,
      context: '',
      tags: [],
      note: '',
      colour: 'yellow',
      fragment: '',
      createdAt: CLIPPED,
      updatedAt: CLIPPED,
      version: 1,
      noteVariants: [],
    };
    const multi = renderMultiBrief(
      { articles: [OFFICIAL], clips: [clip] },
      { ...options, citationStyle: 'author-date', locale: 'en' },
    );
    expect(multi).toContain(
      '国务院办公厅 (2017). 国务院办公厅关于印发政府网站发展指引的通知 (国办发〔2017〕47号). 中国政府网, 2017-06-08.',
    );
  });
});
