/** An official document's record (`policy`), genre and revision date: kept by the store and its backups. */
import { describe, expect, it } from 'vitest';
import { backupChecksum } from '@/utils/store';
import type { PolicyMetadata } from '@/utils/extract/types';
import { article, freshStore } from './helpers';

const POLICY: PolicyMetadata = {
  issuer: '国务院办公厅',
  docNumber: '国办发〔2017〕47号',
  indexNumber: '000014349/2017-00094',
  written: '2017-05-15',
  published: '2017-06-08',
  docType: '通知',
  topic: '综合政务\\电子政务',
};

describe('policy metadata in the store', () => {
  it('keeps it, and a re-clip that found none does not erase it', async () => {
    const { store, reopen } = await freshStore();
    const saved = await store.saveArticle(article({ policy: POLICY }));
    expect(saved.policy).toEqual(POLICY);
    const again = await store.saveArticle(article({ title: '国务院办公厅关于印发政府网站发展指引的通知' }));
    expect(again.policy).toEqual(POLICY);
    expect((await (await reopen()).getArticle(saved.id))?.policy).toEqual(POLICY);
  });

  it('leaves the field out for pages that are not official documents (no undefined key)', async () => {
    const { store } = await freshStore();
    const saved = await store.saveArticle(article({ genre: 'news' }));
    expect('policy' in saved).toBe(false);
    expect(saved.genre).toBe('news');
  });

  it('refuses a malformed record by name', async () => {
    const { store } = await freshStore();
    const bad = { ...POLICY, written: '15 May 2017' };
    await expect(store.saveArticle(article({ policy: bad }))).rejects.toMatchObject({ code: 'invalid' });
  });

  it('round-trips through a backup, and refuses a backup whose policy was altered', async () => {
    const { store } = await freshStore();
    await store.saveArticle(article({ policy: POLICY, genre: undefined }));
    await store.saveArticle(
      article({ url: 'https://en.example.org/wiki/X', genre: 'reference', revised: '2023-10-02' }),
    );
    const file = await store.exportBackup();
    const target = await freshStore('other');
    await target.store.importBackup(JSON.stringify(file));
    const back = await target.store.exportBackup();
    expect(back.articles).toEqual(file.articles);
    expect(back.articles.map((a) => a.policy?.docNumber ?? a.revised)).toEqual(
      expect.arrayContaining(['国办发〔2017〕47号', '2023-10-02']),
    );
    const altered = {
      ...file,
      articles: file.articles.map((a) =>
        a.policy ? { ...a, policy: { ...a.policy, docNumber: '国办发〔2017〕48号' } } : a,
      ),
    };
    await expect(target.store.importBackup(altered)).rejects.toMatchObject({ path: 'checksum' });
    const { checksum: _c, ...payload } = file;
    const invalid = {
      ...payload,
      articles: file.articles.map((a) => ({ ...a, policy: { ...POLICY, issuer: 42 as unknown as string } })),
    };
    await expect(
      target.store.importBackup({ ...invalid, checksum: await backupChecksum(invalid) }),
    ).rejects.toMatchObject({ code: 'invalid', path: expect.stringMatching(/^articles\[\d\]\.policy/) });
  });
});
