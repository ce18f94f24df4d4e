import { describe, expect, it } from 'vitest';
import type { ClipRecord } from '@/utils/store/types';
import { article, draft, dump, freshStore, openRaw } from './helpers';

async function library() {
  const t = await freshStore();
  const a = await t.store.saveArticle(article());
  const c1 = await t.store.addClip(draft(a.id, 'one', { tags: ['tariffs', 'trade'] }));
  const c2 = await t.store.addClip(draft(a.id, 'two', { tags: ['Trade war'] }));
  const c3 = await t.store.addClip(draft(a.id, 'three', { tags: ['科技'] }));
  return { ...t, a, c1, c2, c3 };
}

async function tagsOf(store: Awaited<ReturnType<typeof library>>['store'], id: string) {
  return (await store.getClips([id]))[0]?.tags;
}

describe('addTags / removeTags', () => {
  it('adds to many clips at once, writing only clips that change', async () => {
    const { store, c1, c2, c3 } = await library();
    expect(await store.addTags([c1.id, c2.id, c3.id], ['trade', 'Policy'])).toBe(3);
    expect(await tagsOf(store, c1.id)).toEqual(['tariffs', 'trade', 'Policy']);
    expect(await tagsOf(store, c2.id)).toEqual(['Trade war', 'trade', 'Policy']);
    expect(await store.addTags([c1.id], ['policy'])).toBe(0);
  });

  it('removes ignoring case', async () => {
    const { store, c1, c2 } = await library();
    expect(await store.removeTags([c1.id, c2.id], ['TRADE'])).toBe(1);
    expect(await tagsOf(store, c1.id)).toEqual(['tariffs']);
    expect(await tagsOf(store, c2.id)).toEqual(['Trade war']);
  });

  it('rejects an empty tag list, and changes nothing when an id is unknown', async () => {
    const { store, factory, c1 } = await library();
    const before = await dump(factory);
    await expect(store.addTags([c1.id], ['  '])).rejects.toMatchObject({ code: 'invalid', path: 'tags' });
    await expect(store.addTags([c1.id, 'ghost'], ['x'])).rejects.toMatchObject({ code: 'not-found' });
    expect(await dump(factory)).toEqual(before);
  });
});

describe('renameTag / mergeTags', () => {
  it('renames a tag on every clip carrying it', async () => {
    const { store, c1, c2, c3 } = await library();
    expect(await store.renameTag('trade', '贸易')).toBe(1);
    expect(await tagsOf(store, c1.id)).toEqual(['tariffs', '贸易']);
    expect(await tagsOf(store, c2.id)).toEqual(['Trade war']);
    expect(await tagsOf(store, c3.id)).toEqual(['科技']);
  });

  it('allows a change of case only', async () => {
    const { store, c1 } = await library();
    expect(await store.renameTag('TARIFFS', 'Tariffs')).toBe(1);
    expect(await tagsOf(store, c1.id)).toEqual(['Tariffs', 'trade']);
    expect((await store.listTags()).map((t) => t.tag)).toContain('Tariffs');
  });

  it('renaming onto an existing tag merges without duplicates, in that tag’s spelling', async () => {
    const { store, a, c1 } = await library();
    const both = await store.addClip(draft(a.id, 'both', { tags: ['trade', 'tariffs'] }));
    expect(await store.renameTag('tariffs', 'TRADE')).toBe(2);
    expect(await tagsOf(store, c1.id)).toEqual(['trade']);
    expect(await tagsOf(store, both.id)).toEqual(['trade']);
  });

  it('merges several tags into one', async () => {
    const { store, c1, c2, c3 } = await library();
    expect(await store.mergeTags(['trade', 'Trade war', 'tariffs'], 'Trade')).toBe(2);
    expect(await tagsOf(store, c1.id)).toEqual(['Trade']);
    expect(await tagsOf(store, c2.id)).toEqual(['Trade']);
    expect(await tagsOf(store, c3.id)).toEqual(['科技']);
    expect(await store.listTags()).toEqual([
      { tag: 'Trade', count: 2 },
      { tag: '科技', count: 1 },
    ]);
  });

  it('fails with not-found for a tag nobody has', async () => {
    const { store } = await library();
    await expect(store.renameTag('nothing', 'x')).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.mergeTags(['trade'], '   ')).rejects.toMatchObject({
      code: 'invalid',
      path: 'target',
    });
  });
});

describe('listTags', () => {
  it('counts clips per tag, most used first, then by name', async () => {
    const { store, a } = await library();
    await store.addClip(draft(a.id, 'four', { tags: ['trade', '科技'] }));
    await store.addClip(draft(a.id, 'five', { tags: ['Trade'] }));
    expect(await store.listTags()).toEqual([
      { tag: 'trade', count: 3 },
      { tag: '科技', count: 2 },
      { tag: 'tariffs', count: 1 },
      { tag: 'Trade war', count: 1 },
    ]);
  });
});

describe('the tag/date index', () => {
  it('stays derived from each clip’s tags after every kind of write, and never shows in results', async () => {
    const { store, factory, a, c1, c2, c3 } = await library();
    const results: unknown[] = [];
    const check = async () => {
      const raw = await openRaw(factory, 'policy-clipper');
      const stored = (await raw.getAll('clips')) as Array<ClipRecord & { tagDates: unknown }>;
      raw.close();
      for (const clip of stored) {
        const keys = [...new Set(clip.tags.map((t) => t.toLowerCase()))];
        expect(clip.tagDates).toEqual(keys.map((k) => [k, clip.createdAt]));
      }
      results.push(
        await store.listClips(),
        await store.listClips({ tags: ['trade'] }),
        await store.listClips({ tags: ['trade', 'tariffs'] }),
        await store.listClips({ kinds: ['quote'] }),
        await store.listClips({ articleId: a.id }),
        await store.listClips({ text: 'one' }),
        await store.clipsForUrl(a.url),
        await store.listTrash(),
        await store.exportBackup(),
      );
    };
    await check();
    const c4 = await store.addClip(draft(a.id, 'four', { tags: ['New', 'trade'] }));
    await check();
    results.push(await store.editClip(c4.id, { addTags: ['other'], removeTags: c4.tags }));
    await check();
    await store.addTags([c1.id, c2.id], ['extra']);
    await store.removeTags([c1.id], ['TRADE']);
    await check();
    await store.renameTag('extra', 'Trade war');
    await store.mergeTags(['科技'], 'tariffs');
    await check();
    const { token } = await store.deleteClips([c2.id, c3.id]);
    await check();
    results.push(await store.restoreClips({ token }));
    await check();
    const file = await store.exportBackup();
    await store.deleteClips([c4.id]);
    await store.importBackup(file);
    await check();
    expect(JSON.stringify(results)).not.toContain('tagDates');
    expect(JSON.stringify(results)).toContain('Trade war');
  });
});
