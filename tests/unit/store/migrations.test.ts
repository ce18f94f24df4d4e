import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '@/utils/store/migrations';
import { normaliseUrl } from '@/utils/url';
import { openStore } from '@/utils/store';
import { articleRecord, clipRecord, dump, freshStore, openRaw, T0 } from './helpers';
import { IDBFactory } from 'fake-indexeddb';

/**
 * Version 1 exactly as it shipped, written out here rather than imported, so that an edit to the
 * migration code cannot silently change what "a version 1 database" means in this test.
 */
function createVersion1(db: IDBDatabase): void {
  const articles = db.createObjectStore('articles', { keyPath: 'id' });
  articles.createIndex('url', 'url', { unique: true });
  articles.createIndex('source', 'source');
  articles.createIndex('clippedAt', 'clippedAt');
  db.createObjectStore('contents', { keyPath: 'articleId' });
  const clips = db.createObjectStore('clips', { keyPath: 'id' });
  clips.createIndex('articleId', 'articleId');
  clips.createIndex('createdAt', 'createdAt');
  clips.createIndex('tags', 'tags', { multiEntry: true });
  const trash = db.createObjectStore('trash', { keyPath: 'clip.id' });
  trash.createIndex('token', 'token');
  trash.createIndex('deletedAt', 'deletedAt');
}

/** Version 2 exactly as it shipped: version 1, a kind index, and articles findable by page URL. */
function createVersion2(db: IDBDatabase, tx: IDBTransaction): void {
  if (!db.objectStoreNames.contains('articles')) createVersion1(db);
  tx.objectStore('clips').createIndex('kind', 'kind');
  tx.objectStore('articles').createIndex('pageUrls', 'pageUrls', { multiEntry: true });
}

/** Version 3 exactly as it shipped: kind and tag filters by date. */
function createVersion3(db: IDBDatabase, tx: IDBTransaction): void {
  if (!db.objectStoreNames.contains('articles')) createVersion2(db, tx);
  const clips = tx.objectStore('clips');
  clips.deleteIndex('kind');
  clips.createIndex('kindDate', ['kind', 'createdAt']);
  clips.createIndex('tagDate', 'tagDates', { multiEntry: true });
}

/** Version 1 records had no `pageUrls`. */
function v1Article(url: string, originalUrl: string, title: string) {
  const { pageUrls: _dropped, ...rest } = articleRecord(url, { originalUrl, title });
  return rest;
}

async function seedVersion1(factory: IDBFactory) {
  const canonical = v1Article(
    'https://www.example.com/story',
    'https://m.example.com/story?utm_source=x',
    'Story',
  );
  const plain = v1Article('https://www.gov.cn/a.htm', 'https://www.gov.cn/a.htm', '国务院通知');
  const clips = [
    clipRecord('k1', canonical.id, 'Tariffs on steel rise', {
      kind: 'figure',
      tags: ['trade'],
      createdAt: T0 + 1,
    }),
    clipRecord('k2', plain.id, '促进科技成果转化', { kind: 'measure', tags: ['科技'], createdAt: T0 + 2 }),
    clipRecord('k3', plain.id, '加快建设创新型国家', { createdAt: T0 + 3 }),
  ];
  const contents = [
    { articleId: canonical.id, text: 'Tariffs on steel rise', contentHtml: '<p>Tariffs on steel rise</p>' },
    { articleId: plain.id, text: '促进科技成果转化', contentHtml: '<p>促进科技成果转化</p>' },
  ];
  const trash = [{ clip: clipRecord('k0', plain.id, '已删除'), deletedAt: T0 + 5, token: 'tok' }];
  const db = await openRaw(factory, 'policy-clipper', 1, createVersion1);
  const tx = db.transaction(['articles', 'contents', 'clips', 'trash'], 'readwrite');
  await Promise.all([
    ...[canonical, plain].map((a) => tx.objectStore('articles').put(a)),
    ...contents.map((c) => tx.objectStore('contents').put(c)),
    ...clips.map((c) => tx.objectStore('clips').put(c)),
    ...trash.map((t) => tx.objectStore('trash').put(t)),
  ]);
  await tx.done;
  db.close();
  return { canonical, plain, clips, contents, trash };
}

const byKey = <T>(xs: T[], key: (x: T) => string) => [...xs].sort((a, b) => (key(a) < key(b) ? -1 : 1));

describe('migrations', () => {
  it('a new database gets every store and index, at the current version', async () => {
    const { factory, store } = await freshStore();
    store.close();
    const db = await openRaw(factory, 'policy-clipper');
    expect(db.version).toBe(SCHEMA_VERSION);
    expect(Array.from(db.objectStoreNames).sort()).toEqual(['articles', 'clips', 'contents', 'trash']);
    const tx = db.transaction(['articles', 'clips', 'trash']);
    expect(Array.from(tx.objectStore('articles').indexNames).sort()).toEqual([
      'clippedAt',
      'fingerprint',
      'pageUrls',
      'source',
      'url',
    ]);
    expect(Array.from(tx.objectStore('clips').indexNames).sort()).toEqual([
      'articleId',
      'createdAt',
      'kindDate',
      'tagDate',
      'tags',
    ]);
    expect(Array.from(tx.objectStore('trash').indexNames).sort()).toEqual(['deletedAt', 'token']);
    expect(tx.objectStore('articles').index('url').unique).toBe(true);
    expect(tx.objectStore('clips').index('tags').multiEntry).toBe(true);
    expect(tx.objectStore('clips').index('tagDate').multiEntry).toBe(true);
    db.close();
  });

  it('version 2: every version 1 record survives; pageUrls are backfilled; kind and page-URL lookups work', async () => {
    const factory = new IDBFactory();
    const seeded = await seedVersion1(factory);
    const store = await openStore(factory);
    const after = await dump(factory);
    const stripped = (after.clips as Array<{ id: string; tagDates?: unknown }>).map(
      ({ tagDates: _, ...c }) => c,
    );
    expect(byKey(stripped, (c) => c.id)).toEqual(seeded.clips);
    expect(byKey(after.contents as { articleId: string }[], (c) => c.articleId)).toEqual(
      byKey(seeded.contents, (c) => c.articleId),
    );
    expect(after.trash).toEqual(seeded.trash);
    expect(byKey(after.articles as { id: string }[], (a) => a.id)).toEqual(
      byKey(
        [
          {
            ...seeded.canonical,
            pageUrls: ['https://www.example.com/story', normaliseUrl('https://m.example.com/story')],
          },
          { ...seeded.plain, pageUrls: ['https://www.gov.cn/a.htm'] },
        ],
        (a) => a.id,
      ),
    );
    expect((await store.listClips({ kinds: ['figure', 'measure'] })).clips.map((c) => c.id)).toEqual([
      'k2',
      'k1',
    ]);
    expect((await store.clipsForUrl('https://m.example.com/story#top')).clips.map((c) => c.id)).toEqual([
      'k1',
    ]);
    expect(await store.listClipIds({ text: '科技成果' })).toEqual(['k2']);
    expect(await store.listClipIds({ text: 'tariff' })).toEqual(['k1']);
    expect((await store.restoreClips({ token: 'tok' })).map((c) => c.id)).toEqual(['k0']);
    store.close();
  });

  it('version 3: every version 2 record survives; tag and kind filters read the new indexes', async () => {
    const factory = new IDBFactory();
    const a = articleRecord('https://www.gov.cn/b.htm', { title: '国务院通知' });
    const clips = [
      clipRecord('m1', a.id, '促进科技成果转化', {
        kind: 'measure',
        tags: ['科技', 'Trade'],
        createdAt: T0 + 1,
      }),
      clipRecord('m2', a.id, '新型储能', { kind: 'figure', tags: ['trade'], createdAt: T0 + 2 }),
      clipRecord('m3', a.id, '数字经济', { kind: 'measure', tags: [], createdAt: T0 + 3 }),
    ];
    const db = await openRaw(factory, 'policy-clipper', 2, createVersion2);
    const tx = db.transaction(['articles', 'clips'], 'readwrite');
    await Promise.all([
      tx.objectStore('articles').put(a),
      ...clips.map((c) => tx.objectStore('clips').put(c)),
    ]);
    await tx.done;
    db.close();
    const before = await dump(factory);

    const store = await openStore(factory);
    const after = await dump(factory);
    for (const name of ['articles', 'contents', 'trash']) expect(after[name]).toEqual(before[name]);
    // Every clip survives as it was, plus its derived tag/date keys.
    expect(after.clips).toEqual([
      {
        ...clips[0],
        tagDates: [
          ['科技', T0 + 1],
          ['trade', T0 + 1],
        ],
      },
      { ...clips[1], tagDates: [['trade', T0 + 2]] },
      { ...clips[2], tagDates: [] },
    ]);
    expect(await store.listClipIds({ tags: ['TRADE'] })).toEqual(['m2', 'm1']);
    expect((await store.listClips({ kinds: ['measure'] })).clips.map((c) => c.id)).toEqual(['m3', 'm1']);
    store.close();
  });

  it('version 4: tags re-keyed (full-width is one tag with ASCII), unknown colours become the default', async () => {
    const factory = new IDBFactory();
    const a = articleRecord('https://www.gov.cn/c.htm', { title: '通知' });
    // Version 3 keyed tags by NFC + lower case: `ＡＩ` and `ai` were two tags.
    const old = [
      {
        ...clipRecord('w1', a.id, '人工智能', { tags: ['ＡＩ', 'ai', '科技'], createdAt: T0 + 1 }),
        colour: 'orange',
      },
      { ...clipRecord('w2', a.id, '算力', { tags: ['ai'], createdAt: T0 + 2 }), colour: 'green' },
    ].map((c) => ({
      ...c,
      tagDates: [...new Set(c.tags.map((t) => t.toLowerCase()))].map((k) => [k, c.createdAt]),
    }));
    const db = await openRaw(factory, 'policy-clipper', 3, createVersion3);
    const tx = db.transaction(['articles', 'clips'], 'readwrite');
    await Promise.all([tx.objectStore('articles').put(a), ...old.map((c) => tx.objectStore('clips').put(c))]);
    await tx.done;
    db.close();

    const store = await openStore(factory);
    const [w1, w2] = await store.getClips(['w1', 'w2']);
    expect(w1).toMatchObject({ tags: ['ＡＩ', '科技'], colour: 'yellow' });
    expect(w2).toMatchObject({ tags: ['ai'], colour: 'green' });
    expect(await store.listClipIds({ tags: ['AI'] })).toEqual(['w2', 'w1']);
    // One tag in the list, whichever spelling it shows.
    expect((await store.listTags()).map((t) => [t.tag.normalize('NFKC').toLowerCase(), t.count])).toEqual([
      ['ai', 2],
      ['科技', 1],
    ]);
    store.close();
  });

  it("version 6: automatic kind and category tags become fields; the user's tags (and a user's `figure` on a quote) stay", async () => {
    const factory = new IDBFactory();
    const a = articleRecord('https://www.gov.cn/d.htm', { title: '通知' });
    const stored = (c: ReturnType<typeof clipRecord>) => ({
      ...c,
      tagDates: c.tags.map((t) => [t.normalize('NFKC').toLowerCase(), c.createdAt]),
    });
    const old = [
      clipRecord('v1', a.id, '1000万元', {
        kind: 'figure',
        type: 'money',
        tags: ['figure', 'figure/money', '科技金融'],
        createdAt: T0 + 1,
      }),
      // Saved before types were stored on the clip: the category comes from the tag.
      clipRecord('v2', a.id, '开展试点', {
        kind: 'measure',
        tags: ['measure', 'measure/pilot'],
        createdAt: T0 + 2,
      }),
      clipRecord('v3', a.id, '一句话', { tags: ['figure', 'figure/gdp'], createdAt: T0 + 3 }),
      clipRecord('v4', a.id, '《规划》', {
        kind: 'document',
        type: 'plan',
        tags: ['figure/money'],
        createdAt: T0 + 4,
      }),
    ].map(stored);
    const db = await openRaw(factory, 'policy-clipper', 3, createVersion3);
    const tx = db.transaction(['articles', 'clips', 'trash'], 'readwrite');
    await Promise.all([
      tx.objectStore('articles').put(a),
      ...old.map((c) => tx.objectStore('clips').put(c)),
      tx.objectStore('trash').put({ clip: old[0], deletedAt: T0 + 9, token: 'tok' }),
    ]);
    await tx.done;
    db.close();

    const store = await openStore(factory);
    const clips = await store.getClips(['v1', 'v2', 'v3', 'v4']);
    expect(clips.map((c) => [c.id, c.type, c.tags])).toEqual([
      ['v1', 'money', ['科技金融']],
      ['v2', 'pilot', []],
      ['v3', null, ['figure', 'figure/gdp']],
      ['v4', 'plan', ['figure/money']],
    ]);
    expect((await store.listTags()).map((t) => t.tag).sort()).toEqual([
      'figure',
      'figure/gdp',
      'figure/money',
      '科技金融',
    ]);
    expect(await store.listClipIds({ tags: ['figure/money'] })).toEqual(['v4']);
    store.close();
  });

  it('refuses a database from a newer version with a clear error, leaving it untouched', async () => {
    const factory = new IDBFactory();
    const db = await openRaw(factory, 'policy-clipper', SCHEMA_VERSION + 1, createVersion1);
    db.close();
    await expect(openStore(factory)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/newer version/),
    });
    const again = await openRaw(factory, 'policy-clipper');
    expect(again.version).toBe(SCHEMA_VERSION + 1);
    again.close();
  });
});
