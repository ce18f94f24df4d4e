import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  emptyFilters,
  hasActiveFilters,
  PAGE_SIZE,
  pageCount,
  toIdsQuery,
  toPageQuery,
  type Filters,
} from '@/components/library/query';
import { ClipQuerySchema } from '@/utils/messages/page-channel';
import { toStoreQuery } from '@/utils/library-query';

const filters = (patch: Partial<Filters>): Filters => ({ ...emptyFilters(), ...patch });

describe('filters → clips/list query', () => {
  it('no filters: newest first, first page of 50', () => {
    expect(toPageQuery(emptyFilters(), 0)).toEqual({ order: 'newest', offset: 0, limit: PAGE_SIZE });
    expect(hasActiveFilters(emptyFilters())).toBe(false);
  });

  it('maps every filter, leaving blanks out', () => {
    const q = toPageQuery(
      filters({
        text: '  贷款 ',
        tags: ['科技金融', ' tax ', '科技金融'],
        source: '国务院',
        issuer: '国务院办公厅',
        docType: '通知',
        from: '2024-01-01',
        to: '2024-06-30',
        kinds: ['measure', 'figure'],
      }),
      2,
    );
    expect(q).toEqual({
      order: 'newest',
      text: '贷款',
      tags: ['科技金融', 'tax'],
      source: '国务院',
      issuer: '国务院办公厅',
      docType: '通知',
      from: '2024-01-01',
      to: '2024-06-30',
      kinds: ['figure', 'measure'],
      offset: 100,
      limit: PAGE_SIZE,
    });
    expect(v.safeParse(ClipQuerySchema, q).success).toBe(true);
  });

  it('an issuer or a document type alone is an active filter, and reaches the store query', () => {
    expect(hasActiveFilters(filters({ issuer: '国家能源局' }))).toBe(true);
    expect(hasActiveFilters(filters({ docType: '意见' }))).toBe(true);
    expect(toStoreQuery(toPageQuery(filters({ issuer: '国家能源局', docType: '意见' }), 0))).toMatchObject({
      issuer: '国家能源局',
      docType: '意见',
    });
  });

  it('every kind ticked is no kind filter; a backwards date range is swapped; bad dates are dropped', () => {
    expect(toIdsQuery(filters({ kinds: ['figure', 'measure', 'document', 'quote'] }))).toEqual({
      order: 'newest',
    });
    expect(toIdsQuery(filters({ from: '2024-05-01', to: '2024-01-01' }))).toEqual({
      order: 'newest',
      from: '2024-01-01',
      to: '2024-05-01',
    });
    expect(toIdsQuery(filters({ from: '5/1/2024', to: '' }))).toEqual({ order: 'newest' });
    expect(toIdsQuery(filters({ text: '   ' }))).toEqual({ order: 'newest' });
  });

  it('the ids query is the page query without paging', () => {
    const f = filters({ tags: ['a'], text: 'loan' });
    const { offset, limit, ...rest } = toPageQuery(f, 3);
    expect({ offset, limit }).toEqual({ offset: 150, limit: PAGE_SIZE });
    expect(toIdsQuery(f)).toEqual(rest);
    expect(hasActiveFilters(f)).toBe(true);
  });

  it('counts pages', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(50)).toBe(1);
    expect(pageCount(51)).toBe(2);
    expect(pageCount(10_000)).toBe(200);
  });
});
