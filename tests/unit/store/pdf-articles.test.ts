import { describe, expect, it } from 'vitest';
import { StoreError } from '@/utils/store';
import { article, draft, freshStore } from './helpers';

const FINGERPRINT = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const pdf = (url: string, fingerprint = FINGERPRINT) =>
  article({ url, title: '2023年统计公报', kind: 'pdf', fingerprint });

describe('PDF articles', () => {
  it('keeps the kind and fingerprint, and a re-save without them does not erase them', async () => {
    const { store } = await freshStore();
    const saved = await store.saveArticle(pdf('https://www.stats.gov.cn/a.pdf'));
    expect(saved.kind).toBe('pdf');
    expect(saved.fingerprint).toBe(FINGERPRINT);
    const again = await store.saveArticle(article({ url: 'https://www.stats.gov.cn/a.pdf' }));
    expect(again).toMatchObject({ id: saved.id, kind: 'pdf', fingerprint: FINGERPRINT });
  });

  it('finds the same file opened from another address by its fingerprint, with its clips', async () => {
    const { store } = await freshStore();
    const saved = await store.saveArticle(pdf('https://www.stats.gov.cn/a.pdf'));
    const clip = await store.addClip(draft(saved.id, '促进科技成果转化'));
    const mirror = await store.clipsForPdf('https://mirror.example.org/files/copy.pdf', FINGERPRINT);
    expect(mirror.article?.id).toBe(saved.id);
    expect(mirror.clips.map((c) => c.id)).toEqual([clip.id]);
  });

  it('prefers the address: another file at the same address is still that article', async () => {
    const { store } = await freshStore();
    const saved = await store.saveArticle(pdf('https://www.stats.gov.cn/a.pdf'));
    const found = await store.clipsForPdf('https://www.stats.gov.cn/a.pdf', 'ab'.repeat(16));
    expect(found.article?.id).toBe(saved.id);
  });

  it('finds nothing for an unknown file at an unknown address, and nothing for a web page by a blank fingerprint', async () => {
    const { store } = await freshStore();
    await store.saveArticle(article({ url: 'https://www.gov.cn/b.htm' }));
    expect(await store.clipsForPdf('https://x.example/other.pdf', FINGERPRINT)).toEqual({
      article: null,
      clips: [],
    });
    expect((await store.clipsForPdf('https://x.example/other.pdf', '')).article).toBeNull();
  });

  it('carries a PDF article and its page selector through a backup, found by fingerprint after import', async () => {
    const { store } = await freshStore();
    const saved = await store.saveArticle(pdf('https://www.stats.gov.cn/a.pdf'));
    await store.addClip(
      draft(saved.id, '促进科技成果转化', {
        selectors: [
          { type: 'TextQuoteSelector', exact: '促进科技成果转化', prefix: '', suffix: '' },
          { type: 'PageSelector', index: 2, label: '3' },
        ],
      }),
    );
    const file = await store.exportBackup();
    const target = await freshStore('other');
    await target.store.importBackup(JSON.stringify(file));
    const found = await target.store.clipsForPdf('https://elsewhere.example/copy.pdf', FINGERPRINT);
    expect(found.article).toMatchObject({ kind: 'pdf', fingerprint: FINGERPRINT });
    expect(found.clips[0]?.selectors).toContainEqual({ type: 'PageSelector', index: 2, label: '3' });
  });

  it('refuses a fingerprint that is not hexadecimal, saving nothing', async () => {
    const { store } = await freshStore();
    await expect(
      store.saveArticle(pdf('https://x.example/a.pdf', 'not a fingerprint')),
    ).rejects.toBeInstanceOf(StoreError);
    expect(await store.listArticles()).toEqual([]);
  });
});
