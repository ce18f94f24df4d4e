import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startCouchServer, type CouchServer } from '@/tests/support/couch-server';
import { createTestReplica, type TestReplica } from '@/tests/support/sync-replica';
import { article, draft } from '../store/helpers';

let server: CouchServer;
let open: TestReplica[] = [];
let dbSerial = 0;
let tick = 0;
const clock = () => Date.UTC(2025, 0, 1) + 1000 * tick++;

beforeAll(async () => {
  server = await startCouchServer();
});
afterAll(() => server.stop());
afterEach(async () => {
  await Promise.all(open.map((r) => r.close()));
  open = [];
});

/** Two members of one fresh team database. */
async function team(): Promise<{ a: TestReplica; b: TestReplica; url: string }> {
  const url = `${server.origin}/team-${++dbSerial}`;
  const a = await createTestReplica(`alice${dbSerial}`, { clock, author: 'alice' });
  const b = await createTestReplica(`bob${dbSerial}`, { clock, author: 'bob' });
  open.push(a, b);
  return { a, b, url };
}

async function clipOn(r: TestReplica, tags: string[], note = '') {
  const art = await r.store.saveArticle(article());
  return r.store.addClip(draft(art.id, '促进科技成果转化', { tags, note }));
}

describe('team library through a CouchDB-protocol server', () => {
  it('a clip made on A appears on B with its article, stored copy, tags, note and A as author', async () => {
    const { a, b, url } = await team();
    const clip = await clipOn(a, ['科技', 'trade'], '要点');
    await a.syncWith(url);
    await b.syncWith(url);
    const [got] = await b.store.getClips([clip.id]);
    expect(got).toMatchObject({
      quote: '促进科技成果转化',
      tags: ['科技', 'trade'],
      note: '要点',
      author: 'alice',
    });
    expect(await b.store.getArticle(clip.articleId)).toMatchObject({ title: article().title });
    expect((await b.store.getContent(clip.articleId))?.text).toBe(article().text);
    const [onA] = await a.store.getClips([clip.id]);
    expect(onA?.author).toBe('alice');
  });

  it('both edit offline while the server is down; after it is back both converge and nothing is lost', async () => {
    const { a, b, url } = await team();
    const clip = await clipOn(a, ['科技'], 'start');
    await a.syncWith(url);
    await b.syncWith(url);
    await server.stop();
    await a.store.editClip(clip.id, { addTags: ['金融'], removeTags: ['科技'] });
    await b.store.editClip(clip.id, {
      note: { base: 'start', text: 'start\nbob adds a line' },
      addTags: ['政策'],
    });
    await expect(a.syncWith(url)).rejects.toBeTruthy();
    // Offline: each library kept its own edit.
    expect((await a.store.getClips([clip.id]))[0]?.tags).toEqual(['金融']);
    await server.start();
    await a.syncWith(url);
    await b.syncWith(url);
    await a.syncWith(url);
    const [onA] = await a.store.getClips([clip.id]);
    const [onB] = await b.store.getClips([clip.id]);
    expect(new Set(onA?.tags)).toEqual(new Set(['金融', '政策']));
    expect(onA?.note).toBe('start\nbob adds a line');
    expect({ ...onB, version: 0 }).toEqual({ ...onA, version: 0 });
  });

  it('two rewrites of one note: one stays, the other is kept beside it with its author', async () => {
    const { a, b, url } = await team();
    const clip = await clipOn(a, [], 'draft');
    await a.syncWith(url);
    await b.syncWith(url);
    await a.store.editClip(clip.id, { note: { base: 'draft', text: 'alice version' } });
    await b.store.editClip(clip.id, { note: { base: 'draft', text: 'bob version' } });
    await a.syncWith(url);
    await b.syncWith(url);
    await a.syncWith(url);
    const [onA] = await a.store.getClips([clip.id]);
    const [onB] = await b.store.getClips([clip.id]);
    const texts = [onA?.note, ...(onA?.noteVariants ?? []).map((n) => n.text)];
    expect(texts.sort()).toEqual(['alice version', 'bob version']);
    expect(onB?.note).toBe(onA?.note);
    expect(onB?.noteVariants).toEqual(onA?.noteVariants);
    expect(onA?.noteVariants[0]?.author).toMatch(/alice|bob/);
  });

  it('a clip deleted on B is gone on A and does not come back from A’s older copy', async () => {
    const { a, b, url } = await team();
    const clip = await clipOn(a, ['x']);
    await a.syncWith(url);
    await b.syncWith(url);
    await b.store.deleteClips([clip.id]);
    await b.syncWith(url);
    await a.syncWith(url);
    expect(await a.store.getClips([clip.id])).toEqual([]);
    await a.syncWith(url);
    await b.syncWith(url);
    expect(await b.store.getClips([clip.id])).toEqual([]);
  });

  it('an edit newer than a deletion keeps the clip on both; a deletion newer than an edit wins', async () => {
    const { a, b, url } = await team();
    const kept = await clipOn(a, ['kept']);
    await a.syncWith(url);
    await b.syncWith(url);
    await b.store.deleteClips([kept.id]);
    await a.store.editClip(kept.id, { addTags: ['later'] }); // after the deletion, offline
    await b.syncWith(url);
    await a.syncWith(url);
    await b.syncWith(url);
    expect((await b.store.getClips([kept.id]))[0]?.tags).toEqual(['kept', 'later']);
    expect((await a.store.getClips([kept.id]))[0]?.tags).toEqual(['kept', 'later']);

    await a.store.editClip(kept.id, { addTags: ['older'] });
    await b.store.deleteClips([kept.id]); // after the edit
    await a.syncWith(url);
    await b.syncWith(url);
    await a.syncWith(url);
    expect(await a.store.getClips([kept.id])).toEqual([]);
    expect(await b.store.getClips([kept.id])).toEqual([]);
  });

  it('a document that is not a valid record never reaches the library', async () => {
    const { b, url } = await team();
    const res = await fetch(`${url}`, { method: 'PUT' });
    expect(res.ok).toBe(true);
    await fetch(`${url}/clip:evil`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ record: 'clip', id: 'other', quote: '<img src=x onerror=alert(1)>' }),
    });
    await b.syncWith(url);
    expect(await b.store.getClips(['evil', 'other'])).toEqual([]);
    expect((await b.store.stats()).clips).toBe(0);
  });
});
