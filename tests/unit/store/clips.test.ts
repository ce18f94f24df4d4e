import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openStore, StoreError } from '@/utils/store';
import { article, draft, dump, freshStore, T0 } from './helpers';

async function withArticle() {
  const t = await freshStore();
  const a = await t.store.saveArticle(article());
  return { ...t, a };
}

describe('addClip', () => {
  it('stores a clip with defaults, normalised tags and the store clock', async () => {
    const { store, a } = await withArticle();
    const clip = await store.addClip(
      draft(a.id, '促进科技成果转化', { tags: ['  科技  成果 ', '科技 成果', '', 'Policy'] }),
    );
    expect(clip).toMatchObject({
      articleId: a.id,
      quote: '促进科技成果转化',
      kind: 'quote',
      type: null,
      value: null,
      unit: null,
      context: '',
      tags: ['科技 成果', 'Policy'],
      note: '',
      colour: 'yellow',
      fragment: '',
    });
    expect(clip.createdAt).toBe(clip.updatedAt);
    expect(clip.createdAt).toBeGreaterThan(T0);
    expect(await store.getClips([clip.id])).toEqual([clip]);
  });

  it('keeps detection fields of a figure', async () => {
    const { store, a } = await withArticle();
    const clip = await store.addClip(
      draft(a.id, '28251.51亿元', {
        kind: 'figure',
        type: 'money',
        value: 2825151000000,
        unit: 'CNY',
        colour: 'green',
      }),
    );
    expect(clip).toMatchObject({
      kind: 'figure',
      type: 'money',
      value: 2825151000000,
      unit: 'CNY',
      colour: 'green',
    });
  });

  it('stores a figure value of -0 as 0, so that backups round-trip exactly', async () => {
    const { store, a } = await withArticle();
    const clip = await store.addClip(draft(a.id, '0%', { kind: 'figure', value: -0 }));
    expect(Object.is(clip.value, 0)).toBe(true);
  });

  it('adopts the spelling a tag already has in the library', async () => {
    const { store, a } = await withArticle();
    await store.addClip(draft(a.id, 'one', { tags: ['Tariffs'] }));
    const second = await store.addClip(draft(a.id, 'two', { tags: ['tariffs', 'new'] }));
    expect(second.tags).toEqual(['Tariffs', 'new']);
  });

  it('refuses a clip of an unknown article (not-found) or an empty or oversized quote (invalid)', async () => {
    const { store, factory, a } = await withArticle();
    const before = await dump(factory);
    await expect(store.addClip(draft('a_missing', 'x'))).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.addClip(draft(a.id, ''))).rejects.toMatchObject({ code: 'invalid', path: 'quote' });
    await expect(store.addClip(draft(a.id, 'x'.repeat(100_001)))).rejects.toMatchObject({
      code: 'invalid',
      message: 'quote: must be at most 100,000 characters',
    });
    expect(await dump(factory)).toEqual(before);
  });
});

describe('editClip / reanchorClip', () => {
  it('changes tags, note and colour only, and bumps updatedAt and the version', async () => {
    const { store, a } = await withArticle();
    const clip = await store.addClip(draft(a.id, '促进科技成果转化', { tags: ['a'] }));
    expect(clip.version).toBe(1);
    const updated = await store.editClip(clip.id, {
      note: { base: '', text: '**要点**：成果转化' },
      colour: 'blue',
      addTags: ['b', ' B '],
      removeTags: ['A'],
    });
    expect(updated).toEqual({
      ...clip,
      note: '**要点**：成果转化',
      colour: 'blue',
      tags: ['b'],
      updatedAt: updated.updatedAt,
      version: 2,
    });
    expect(updated.updatedAt).toBeGreaterThan(clip.updatedAt);
    const noteOnly = await store.editClip(clip.id, { note: { base: '**要点**：成果转化', text: '' } });
    expect(noteOnly).toMatchObject({ tags: ['b'], colour: 'blue', note: '', version: 3 });
    // An edit that changes nothing writes nothing.
    expect((await store.editClip(clip.id, {})).version).toBe(3);
  });

  it('applies a stale edit to the clip as stored: tags are patches, notes merge or are kept beside', async () => {
    const { store, a } = await withArticle();
    const clip = await store.addClip(draft(a.id, '促进科技成果转化', { note: 'base' }));
    // Two surfaces opened the clip with note 'base' and no tags.
    await store.editClip(clip.id, { addTags: ['alpha'], note: { base: 'base', text: 'base + A' } });
    const both = await store.editClip(clip.id, {
      addTags: ['beta'],
      note: { base: 'base', text: 'base + B' },
    });
    expect(both.tags).toEqual(['alpha', 'beta']);
    expect(both.note).toBe('base + A + B');
    // A stale rewrite over a note that only grew at the end: the rewrite, and what was added after it.
    const rewrite = await store.editClip(clip.id, { note: { base: 'base', text: 'rewritten' } });
    expect(rewrite.note).toBe('rewritten + A + B');
    // Two rewrites of the same note: neither is applied over the other silently.
    const stale = await store.editClip(clip.id, { note: { base: 'base + A + B', text: 'other words' } });
    expect(stale.note).toBe('rewritten + A + B');
    expect(stale.noteVariants.map((n) => n.text)).toEqual(['other words']);
    const chosen = await store.editClip(clip.id, { resolveNote: { index: 0, choice: 'use' } });
    expect(chosen).toMatchObject({ note: 'other words', noteVariants: [] });
  });

  it('fails with not-found for an unknown clip', async () => {
    const { store } = await withArticle();
    const error = await store.editClip('nope', { note: { base: '', text: 'x' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: 'not-found' });
  });

  it('moves a clip to a new passage, keeping tags and note', async () => {
    const { store, a } = await withArticle();
    const clip = await store.addClip(
      draft(a.id, '旧的段落', { tags: ['t'], note: 'n', fragment: ':~:text=old' }),
    );
    const moved = await store.reanchorClip(clip.id, {
      quote: '新的段落',
      selectors: [{ type: 'TextPositionSelector', start: 3, end: 7 }],
    });
    expect(moved).toMatchObject({
      quote: '新的段落',
      tags: ['t'],
      note: 'n',
      fragment: '',
      createdAt: clip.createdAt,
    });
    expect(moved.selectors).toEqual([{ type: 'TextPositionSelector', start: 3, end: 7 }]);
  });
});

describe('deleteClips / restoreClips', () => {
  it('moves clips to the trash and undoes by token', async () => {
    const { store, a } = await withArticle();
    const c1 = await store.addClip(draft(a.id, 'one'));
    const c2 = await store.addClip(draft(a.id, 'two'));
    const c3 = await store.addClip(draft(a.id, 'three'));
    const result = await store.deleteClips([c1.id, c2.id, c1.id]);
    expect(result.deleted).toBe(2);
    expect((await store.listClips()).clips.map((c) => c.id)).toEqual([c3.id]);
    const trash = await store.listTrash();
    expect(trash.map((t) => t.clip.id).sort()).toEqual([c1.id, c2.id].sort());
    expect(trash.every((t) => t.token === result.token)).toBe(true);

    const restored = await store.restoreClips({ token: result.token });
    expect(restored.map((c) => c.id).sort()).toEqual([c1.id, c2.id].sort());
    // Back as they were, one version on (a restore is a write other surfaces must see).
    const back = await store.getClips([c1.id, c2.id, c3.id]);
    expect(back.map(({ version: _v, updatedAt: _u, ...rest }) => rest)).toEqual(
      [c1, c2, c3].map(({ version: _v, updatedAt: _u, ...rest }) => rest),
    );
    expect(back.map((c) => c.version)).toEqual([2, 2, 1]);
    expect(await store.listTrash()).toEqual([]);
    await expect(store.restoreClips({ token: result.token })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('restores single clips by id', async () => {
    const { store, a } = await withArticle();
    const c1 = await store.addClip(draft(a.id, 'one'));
    const c2 = await store.addClip(draft(a.id, 'two'));
    await store.deleteClips([c1.id, c2.id]);
    await store.restoreClips([c2.id]);
    expect((await store.listClips()).clips.map((c) => c.id)).toEqual([c2.id]);
    expect((await store.listTrash()).map((t) => t.clip.id)).toEqual([c1.id]);
  });

  it('deletes nothing when one id is unknown', async () => {
    const { store, factory, a } = await withArticle();
    const c1 = await store.addClip(draft(a.id, 'one'));
    const before = await dump(factory);
    await expect(store.deleteClips([c1.id, 'ghost'])).rejects.toMatchObject({ code: 'not-found' });
    expect(await dump(factory)).toEqual(before);
  });

  it('purges trash older than a time', async () => {
    const { store, a } = await withArticle();
    const c1 = await store.addClip(draft(a.id, 'one'));
    const c2 = await store.addClip(draft(a.id, 'two'));
    await store.deleteClips([c1.id]);
    await store.deleteClips([c2.id]);
    const [newest, oldest] = await store.listTrash();
    expect(newest?.clip.id).toBe(c2.id);
    expect(await store.purgeTrash(newest?.deletedAt ?? 0)).toBe(1);
    expect((await store.listTrash()).map((t) => t.clip.id)).toEqual([c2.id]);
    expect(oldest?.clip.id).toBe(c1.id);
    await expect(store.restoreClips([c1.id])).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('addClips', () => {
  it('saves every draft in one go, in order', async () => {
    const { store, a } = await withArticle();
    const saved = await store.addClips([
      draft(a.id, '一'),
      draft(a.id, '二', { tags: ['x'] }),
      draft(a.id, '三'),
    ]);
    expect(saved.map((c) => c.quote)).toEqual(['一', '二', '三']);
    expect((await store.listClips({ articleId: a.id, order: 'oldest' })).clips.map((c) => c.quote)).toEqual([
      '一',
      '二',
      '三',
    ]);
  });

  it('keeps nothing when a write fails half-way (a duplicate id at the third clip)', async () => {
    const factory = new IDBFactory();
    const ids = ['c1', 'c2', 'c1', 'c4'];
    const store = await openStore(factory, { now: () => T0, newId: () => ids.shift() ?? 'late' });
    const a = await store.saveArticle(article());
    const before = await dump(factory);
    await expect(
      store.addClips([draft(a.id, '一'), draft(a.id, '二'), draft(a.id, '三'), draft(a.id, '四')]),
    ).rejects.toBeInstanceOf(StoreError);
    expect(await dump(factory)).toEqual(before);
    expect((await store.stats()).clips).toBe(0);
    expect(await store.listClipIds({ text: '二' })).toEqual([]);
  });

  it('checks every draft before writing any', async () => {
    const { store, a, factory } = await withArticle();
    const before = await dump(factory);
    await expect(store.addClips([draft(a.id, '一'), draft(a.id, '')])).rejects.toMatchObject({
      code: 'invalid',
      path: 'drafts[1].quote',
    });
    await expect(store.addClips([draft(a.id, '一'), draft('no-such-article', '二')])).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(await dump(factory)).toEqual(before);
  });
});
