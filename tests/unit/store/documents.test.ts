/**
 * The library's official-document filters (issuer, document type) and search by document number,
 * however the number's brackets are typed.
 */
import { describe, expect, it } from 'vitest';
import type { PolicyMetadata } from '@/utils/extract/types';
import type { ClipStore } from '@/utils/store';
import { docNumberQueryKey } from '@/utils/store/search-tokenize';
import { article, draft, freshStore } from './helpers';

const policy = (overrides: Partial<PolicyMetadata>): PolicyMetadata => ({
  issuer: null,
  docNumber: null,
  indexNumber: null,
  written: null,
  published: null,
  docType: null,
  topic: null,
  ...overrides,
});

interface Library {
  store: ClipStore;
  ids: Record<'guideline' | 'joint' | 'opinion' | 'news', string>;
}

/** Four articles: three official documents (one issued jointly) and a news report, two clips each. */
async function library(): Promise<Library> {
  const { store } = await freshStore();
  const save = async (n: number, over: Parameters<typeof article>[0]) => {
    const a = await store.saveArticle(
      article({ url: `https://www.gov.cn/zhengce/content_${n}.htm`, ...over }),
    );
    await store.addClip(draft(a.id, `第${n}篇的第一段摘录`));
    await store.addClip(draft(a.id, `第${n}篇的第二段摘录`, { kind: 'figure' }));
    return a.id;
  };
  const ids = {
    guideline: await save(1, {
      title: '国务院办公厅关于印发政府网站发展指引的通知',
      policy: policy({ issuer: '国务院办公厅', docNumber: '国办发〔2017〕47号', docType: '通知' }),
    }),
    joint: await save(2, {
      title: '关于促进新时代新能源高质量发展的实施方案',
      source: '国家能源局',
      policy: policy({
        issuer: '国家发展改革委 国家能源局',
        docNumber: '发改能源〔2022〕206号',
        docType: '方案',
      }),
    }),
    opinion: await save(3, {
      title: '国务院办公厅关于进一步优化营商环境的意见',
      policy: policy({ issuer: '国务院办公厅', docNumber: '国办发[2023]1号', docType: '意见' }),
    }),
    news: await save(4, { title: '国办发文优化营商环境', source: '新华社', genre: 'news' }),
  };
  return { store, ids };
}

const articlesOf = async (store: ClipStore, query: Parameters<ClipStore['listClips']>[0]) =>
  new Set((await store.listClips(query)).clips.map((c) => c.articleId));

describe('filtering by issuer and document type', () => {
  it('finds the documents of an issuer, joint documents under each of their institutions', async () => {
    const { store, ids } = await library();
    expect(await articlesOf(store, { issuer: '国务院办公厅' })).toEqual(
      new Set([ids.guideline, ids.opinion]),
    );
    expect(await articlesOf(store, { issuer: '国家能源局' })).toEqual(new Set([ids.joint]));
    expect(await articlesOf(store, { issuer: '国家发展改革委' })).toEqual(new Set([ids.joint]));
    expect(await articlesOf(store, { issuer: '国家发展改革委 国家能源局' })).toEqual(new Set([ids.joint]));
    expect((await store.listClips({ issuer: '财政部' })).total).toBe(0);
  });

  it('filters by type, and combines with issuer, source, kinds, text and ids', async () => {
    const { store, ids } = await library();
    expect(await articlesOf(store, { docType: '通知' })).toEqual(new Set([ids.guideline]));
    expect((await store.listClips({ issuer: '国务院办公厅', docType: '意见' })).total).toBe(2);
    expect((await store.listClips({ issuer: '国家能源局', source: '国家能源局' })).total).toBe(2);
    expect((await store.listClips({ issuer: '国家能源局', source: '中国政府网' })).total).toBe(0);
    const figures = await store.listClips({ issuer: '国务院办公厅', kinds: ['figure'] });
    expect(figures.clips.map((c) => c.kind)).toEqual(['figure', 'figure']);
    const searched = await store.listClips({ issuer: '国务院办公厅', text: '第二段' });
    expect(searched.clips.map((c) => c.articleId).sort()).toEqual([ids.guideline, ids.opinion].sort());
    expect(await store.listClipIds({ docType: '方案' })).toHaveLength(2);
  });

  it('treats a blank filter as none', async () => {
    const { store } = await library();
    expect((await store.listClips({ issuer: '  ', docType: '' })).total).toBe(8);
  });

  it('lists issuers (joint documents counted under each) and types, most articles first', async () => {
    const { store } = await library();
    expect(await store.listDocumentFacets()).toEqual({
      issuers: [
        { value: '国务院办公厅', count: 2 },
        { value: '国家发展改革委', count: 1 },
        { value: '国家能源局', count: 1 },
      ],
      docTypes: [
        { value: '方案', count: 1 },
        { value: '通知', count: 1 },
        { value: '意见', count: 1 },
      ],
    });
  });
});

describe('searching by document number', () => {
  const numberTyped = [
    '国办发〔2017〕47号',
    '国办发2017 47号',
    '国办发[2017]47号',
    '国办发（2017）47号',
    '国办发201747号',
  ];

  it.each(numberTyped)('finds the document numbered 国办发〔2017〕47号 from “%s”', async (typed) => {
    const { store, ids } = await library();
    expect(await articlesOf(store, { text: typed })).toEqual(new Set([ids.guideline]));
  });

  it('finds a number stored with square brackets from the official form', async () => {
    const { store, ids } = await library();
    expect(await articlesOf(store, { text: '国办发〔2023〕1号' })).toEqual(new Set([ids.opinion]));
    // 1号 is not 12号 or 47号: the serial is matched whole.
    expect(await articlesOf(store, { text: '国办发〔2023〕12号' })).toEqual(new Set());
  });

  it('finds clips that quote the number, and not clips that only share its parts', async () => {
    const { store, ids } = await library();
    const quoting = await store.addClip(
      draft(ids.news, '根据《国务院办公厅关于印发政府网站发展指引的通知》（国办发〔2017〕47号）'),
    );
    // In another 国办发 document, saying 2017 and 47: the number's parts are not the number.
    await store.addClip(draft(ids.opinion, '2017年以来共有47个号段'));
    const found = await store.listClips({ text: '国办发2017 47号' });
    expect(found.clips.filter((c) => c.articleId === ids.news).map((c) => c.id)).toEqual([quoting.id]);
    expect(found.clips.filter((c) => c.articleId === ids.guideline)).toHaveLength(2);
    expect(found.total).toBe(3);
  });

  it('matches a serial whole: 100号 is not 1001号', async () => {
    const { store } = await freshStore();
    for (const n of [100, 1001]) {
      const a = await store.saveArticle(
        article({
          url: `https://www.gov.cn/${n}.htm`,
          policy: policy({ docNumber: `国办函〔2019〕${n}号` }),
        }),
      );
      await store.addClip(draft(a.id, `摘录${n}`));
    }
    const found = await store.listClips({ text: '国办函2019 100号' });
    expect(found.clips.map((c) => c.quote)).toEqual(['摘录100']);
  });

  it('finds the documents of a year typed in brackets, and part of a number', async () => {
    const { store, ids } = await library();
    expect(await articlesOf(store, { text: '[2017]' })).toEqual(new Set([ids.guideline]));
    expect(await articlesOf(store, { text: '发改能源' })).toEqual(new Set([ids.joint]));
    // Part of a number is text like any other: the news headline 国办发文… has it too.
    expect(await articlesOf(store, { text: '国办发' })).toEqual(
      new Set([ids.guideline, ids.opinion, ids.news]),
    );
  });

  it('finds a document by its issuer', async () => {
    const { store, ids } = await library();
    expect(await articlesOf(store, { text: '国家发展改革委' })).toEqual(new Set([ids.joint]));
  });

  it('keeps the index in step when an article is re-clipped with a number', async () => {
    const { store } = await freshStore();
    const a = await store.saveArticle(article());
    await store.addClip(draft(a.id, '促进科技成果转化'));
    expect((await store.listClips({ text: '国发〔2016〕16号' })).total).toBe(0);
    await store.saveArticle(article({ policy: policy({ docNumber: '国发〔2016〕16号' }) }));
    expect((await store.listClips({ text: '国发2016 16号' })).total).toBe(1);
  });

  it('reads only a whole number as a number', () => {
    expect(docNumberQueryKey('国办发2017 47号')).toBe(docNumberQueryKey('国办发〔2017〕47号'));
    expect(docNumberQueryKey('国务院令第732号')).toBe(docNumberQueryKey('国务院令732号'));
    expect(docNumberQueryKey('公告2023年第5号')).not.toBeNull();
    for (const text of ['[2017]', '2017', '国办发', '营商环境', '国办发〔2017〕', 'tariffs']) {
      expect(docNumberQueryKey(text)).toBeNull();
    }
  });
});
