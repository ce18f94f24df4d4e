/** The library's category filter: one category of one kind (`figure/money`), on every plan. */
import { describe, expect, it } from 'vitest';
import type { ClipRecord } from '@/utils/store/types';
import { article, draft, freshStore } from './helpers';

async function library() {
  const { store } = await freshStore();
  const a = await store.saveArticle(article({ url: 'https://www.gov.cn/1', source: '中国政府网' }));
  const money = await store.addClip(
    draft(a.id, '资金1000万元', { kind: 'figure', type: 'money', tags: ['科技'] }),
  );
  const share = await store.addClip(draft(a.id, '增长13.48%', { kind: 'figure', type: 'percent' }));
  const tax = await store.addClip(
    draft(a.id, '减税降费', { kind: 'measure', type: 'tax-finance', tags: ['科技'] }),
  );
  const otherMeasure = await store.addClip(draft(a.id, '其他措施', { kind: 'measure', type: 'other' }));
  const otherDoc = await store.addClip(draft(a.id, '《其他文件》', { kind: 'document', type: 'other' }));
  const quote = await store.addClip(draft(a.id, '资金安排'));
  return { store, money, share, tax, otherMeasure, otherDoc, quote };
}

const ids = (clips: ClipRecord[]): string[] => clips.map((c) => c.id).sort();

describe('listClips by category', () => {
  it('lists the clips of that kind and category only', async () => {
    const { store, money, tax, otherMeasure, otherDoc } = await library();
    expect(ids((await store.listClips({ category: 'figure/money' })).clips)).toEqual([money.id]);
    expect(ids((await store.listClips({ category: 'measure/tax-finance' })).clips)).toEqual([tax.id]);
    // `other` is a category of two kinds: the kind tells them apart.
    expect(ids((await store.listClips({ category: 'measure/other' })).clips)).toEqual([otherMeasure.id]);
    expect(ids((await store.listClips({ category: 'document/other' })).clips)).toEqual([otherDoc.id]);
  });

  it('combines with tags, kinds and search', async () => {
    const { store, money, tax } = await library();
    expect(ids((await store.listClips({ category: 'figure/money', tags: ['科技'] })).clips)).toEqual([
      money.id,
    ]);
    expect(
      ids((await store.listClips({ category: 'measure/tax-finance', kinds: ['measure'] })).clips),
    ).toEqual([tax.id]);
    // A category outside the kinds asked for leaves nothing.
    expect((await store.listClips({ category: 'figure/money', kinds: ['measure'] })).total).toBe(0);
    const found = await store.listClips({ category: 'figure/money', text: '资金' });
    expect(ids(found.clips)).toEqual([money.id]);
    expect(await store.listClipIds({ category: 'figure/percent' })).toHaveLength(1);
  });

  it('refuses a category that is not one of its kind', async () => {
    const { store } = await library();
    for (const category of ['money', 'figure/tax-finance', 'quote/other', 'poem/money', 'figure/'])
      await expect(store.listClips({ category }), category).rejects.toMatchObject({
        code: 'invalid',
        path: 'category',
      });
  });
});
