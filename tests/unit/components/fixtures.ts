/** Small records for component tests. */
import type { ArticleRecord, ClipRecord } from '@/utils/store/types';

export function makeArticle(id: string, patch: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id,
    url: `https://www.gov.cn/${id}.html`,
    originalUrl: `https://www.gov.cn/${id}.html`,
    pageUrls: [`https://www.gov.cn/${id}.html`],
    canonicalUrl: null,
    title: `Article ${id}`,
    source: '国务院',
    byline: null,
    published: '2024-05-10',
    lang: 'zh',
    excerpt: '',
    clippedAt: 1_715_000_000_000,
    updatedAt: 1_715_000_000_000,
    ...patch,
  };
}

export function makeClip(id: string, articleId: string, patch: Partial<ClipRecord> = {}): ClipRecord {
  return {
    id,
    articleId,
    quote: `Quote ${id}`,
    selectors: [],
    kind: 'quote',
    type: null,
    value: null,
    unit: null,
    context: '',
    tags: [],
    note: '',
    colour: 'yellow',
    fragment: `:~:text=Quote%20${id}`,
    createdAt: 1_715_000_000_000,
    updatedAt: 1_715_000_000_000,
    version: 1,
    noteVariants: [],
    ...patch,
  };
}
