import { describe, expect, it } from 'vitest';
import { cachedCard, isCachedCard } from '@/utils/messages/card-cache';
import type { Article } from '@/utils/extract/types';

const article = (extra: Partial<Article> = {}): Article => ({
  title: '国务院办公厅关于印发政府网站发展指引的通知',
  source: '中国政府网',
  byline: null,
  published: '2017-06-08',
  lang: 'zh-CN',
  url: 'https://www.gov.cn/zhengce/content/2017-06/08/content_5200760.htm',
  canonicalUrl: null,
  excerpt: '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
  contentHtml: '<p>正文</p>',
  text: '正文',
  length: 2,
  ...extra,
});

const POLICY = {
  issuer: '国务院办公厅',
  docNumber: '国办发〔2017〕47号',
  indexNumber: null,
  written: '2017-05-15',
  published: '2017-06-08',
  docType: '通知',
  topic: null,
};

describe('cached article card', () => {
  it('keeps an official document’s facts, so the card shown before the page answers has them', () => {
    const card = cachedCard(article({ policy: POLICY }), 1_700_000_000_000);
    expect(card).toMatchObject({ policy: POLICY, savedAt: 1_700_000_000_000 });
    expect(card).not.toHaveProperty('text');
    expect(isCachedCard(structuredClone(card))).toBe(true);
  });

  it('has no policy for a page that is not an official document', () => {
    const card = cachedCard(article(), null);
    expect(card).not.toHaveProperty('policy');
    expect(isCachedCard(card)).toBe(true);
  });

  it('refuses a stored card whose policy is malformed (another version may have written it)', () => {
    const card = { ...cachedCard(article(), null), policy: { issuer: 47 } };
    expect(isCachedCard(card)).toBe(false);
  });
});
