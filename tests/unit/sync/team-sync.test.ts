import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { remoteDb, startCouchServer, type CouchServer } from '@/tests/support/couch-server';
import { createTestReplica, type TestReplica } from '@/tests/support/sync-replica';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { probeTeamSpace } from '@/utils/sync/probe';
import { syncErrorOf, type TeamSpace } from '@/utils/sync/team-space';
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

const PASSWORDS = { alice: 'pw-alice', bob: 'pw-鲍勃' };

interface Member extends TestReplica {
  sync(): Promise<void>;
}

/** Two members of one fresh team database (its `_security` members), each syncing as themselves. */
async function team(): Promise<{ a: Member; b: Member; url: string }> {
  const url = await server.createTeam(`team-${++dbSerial}`, PASSWORDS);
  const member = async (name: 'alice' | 'bob'): Promise<Member> => {
    const r = await createTestReplica(`${name}${dbSerial}`, { clock, author: name });
    open.push(r);
    return { ...r, sync: () => r.syncWith(remoteDb(url, { username: name, password: PASSWORDS[name] })) };
  };
  return { a: await member('alice'), b: await member('bob'), url };
}

async function clipOn(r: TestReplica, tags: string[], note = '') {
  const art = await r.store.saveArticle(article());
  return r.store.addClip(draft(art.id, '促进科技成果转化', { tags, note }));
}

describe('team library through a CouchDB-protocol server', () => {
  it('a clip made on A appears on B with its article, stored copy, tags, note and A as author', async () => {
    const { a, b } = await team();
    const clip = await clipOn(a, ['科技', 'trade'], '要点');
    await a.sync();
    await b.sync();
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
    const { a, b } = await team();
    const clip = await clipOn(a, ['科技'], 'start');
    await a.sync();
    await b.sync();
    await server.stop();
    await a.store.editClip(clip.id, { addTags: ['金融'], removeTags: ['科技'] });
    await b.store.editClip(clip.id, {
      note: { base: 'start', text: 'start\nbob adds a line' },
      addTags: ['政策'],
    });
    await expect(a.sync()).rejects.toBeTruthy();
    // Offline: each library kept its own edit.
    expect((await a.store.getClips([clip.id]))[0]?.tags).toEqual(['金融']);
    await server.start();
    // Each side syncs until the other's merge has reached it (a loaded server may answer a pull
    // before the other side's push is visible: one more round, as live replication would do).
    await a.sync();
    await b.sync();
    await a.sync();
    await b.sync();
    const [onA] = await a.store.getClips([clip.id]);
    const [onB] = await b.store.getClips([clip.id]);
    expect(new Set(onA?.tags)).toEqual(new Set(['金融', '政策']));
    expect(onA?.note).toBe('start\nbob adds a line');
    expect({ ...onB, version: 0 }).toEqual({ ...onA, version: 0 });
  });

  it('two rewrites of one note: one stays, the other is kept beside it with its author', async () => {
    const { a, b } = await team();
    const clip = await clipOn(a, [], 'draft');
    await a.sync();
    await b.sync();
    await a.store.editClip(clip.id, { note: { base: 'draft', text: 'alice version' } });
    await b.store.editClip(clip.id, { note: { base: 'draft', text: 'bob version' } });
    await a.sync();
    await b.sync();
    await a.sync();
    const [onA] = await a.store.getClips([clip.id]);
    const [onB] = await b.store.getClips([clip.id]);
    const texts = [onA?.note, ...(onA?.noteVariants ?? []).map((n) => n.text)];
    expect(texts.sort()).toEqual(['alice version', 'bob version']);
    expect(onB?.note).toBe(onA?.note);
    expect(onB?.noteVariants).toEqual(onA?.noteVariants);
    expect(onA?.noteVariants[0]?.author).toMatch(/alice|bob/);
  });

  it('a clip deleted on B is gone on A and does not come back from A’s older copy', async () => {
    const { a, b } = await team();
    const clip = await clipOn(a, ['x']);
    await a.sync();
    await b.sync();
    await b.store.deleteClips([clip.id]);
    await b.sync();
    await a.sync();
    expect(await a.store.getClips([clip.id])).toEqual([]);
    await a.sync();
    await b.sync();
    expect(await b.store.getClips([clip.id])).toEqual([]);
  });

  it('an edit newer than a deletion keeps the clip on both; a deletion newer than an edit wins', async () => {
    const { a, b } = await team();
    const kept = await clipOn(a, ['kept']);
    await a.sync();
    await b.sync();
    await b.store.deleteClips([kept.id]);
    await a.store.editClip(kept.id, { addTags: ['later'] }); // after the deletion, offline
    await b.sync();
    await a.sync();
    await b.sync();
    expect((await b.store.getClips([kept.id]))[0]?.tags).toEqual(['kept', 'later']);
    expect((await a.store.getClips([kept.id]))[0]?.tags).toEqual(['kept', 'later']);

    await a.store.editClip(kept.id, { addTags: ['older'] });
    await b.store.deleteClips([kept.id]); // after the edit
    await a.sync();
    await b.sync();
    await a.sync();
    expect(await a.store.getClips([kept.id])).toEqual([]);
    expect(await b.store.getClips([kept.id])).toEqual([]);
  });

  it('a document that is not a valid record never reaches the library', async () => {
    const { b, url } = await team();
    await fetch(`${url}/clip:evil`, {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        authorization: `Basic ${Buffer.from('alice:pw-alice').toString('base64')}`,
      },
      body: JSON.stringify({ record: 'clip', id: 'other', quote: '<img src=x onerror=alert(1)>' }),
    });
    await b.sync();
    expect(await b.store.getClips(['evil', 'other'])).toEqual([]);
    expect((await b.store.stats()).clips).toBe(0);
  });
});

describe('joining a team space', () => {
  const space = (over: Partial<TeamSpace> = {}): TeamSpace => ({
    server: server.origin,
    db: 'probe-team',
    username: 'alice',
    password: 'pw-alice',
    ...over,
  });
  beforeAll(async () => {
    await server.createTeam('probe-team', { alice: 'pw-alice' });
    await server.createTeam('other-team', { bob: 'pw-bob' });
  });

  it('accepts a member with the right password', async () => {
    expect(await probeTeamSpace(space(), fetch)).toEqual({ ok: true, dbUrl: `${server.origin}/probe-team` });
  });

  it.each([
    ['a wrong password', { password: 'nope' }, 'sync-unauthorized'],
    ['an unknown user', { username: 'mallory' }, 'sync-unauthorized'],
    ['a database the user is not a member of', { db: 'other-team' }, 'sync-forbidden'],
    ['a database that does not exist', { db: 'no-such-team' }, 'sync-no-database'],
    ['plain HTTP to another machine', { server: 'http://couch.example.org' }, 'sync-https-required'],
    ['an address with credentials in it', { server: 'https://alice:pw@couch.example.org' }, 'sync-bad-url'],
    ['a server that does not answer', { server: 'http://127.0.0.1:9' }, 'sync-unreachable'],
  ] as const)('refuses %s with its own code', async (_what, over, code) => {
    expect(await probeTeamSpace(space(over), fetch)).toEqual({ ok: false, code });
  });

  it('refuses a server that is not CouchDB', async () => {
    const other = createServer((_req, res) => res.end('<html>hello</html>'));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    expect(await probeTeamSpace(space({ server: origin }), fetch)).toEqual({
      ok: false,
      code: 'sync-not-couchdb',
    });
    other.close();
  });

  it('a sync with a wrong password fails with 401 and changes nothing local', async () => {
    const r = await createTestReplica('carol', { clock, author: 'carol' });
    open.push(r);
    const art = await r.store.saveArticle(article());
    await r.store.addClip(draft(art.id, '促进科技成果转化', { tags: ['a'] }));
    await r.settled(); // recorded in the replica (which names carol as the author) before the attempt
    const before = await r.store.exportBackup();
    const error: unknown = await r
      .syncWith(remoteDb(`${server.origin}/probe-team`, { username: 'alice', password: 'wrong' }))
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(syncErrorOf(error, false)).toBe('sync-unauthorized');
    const after = await r.store.exportBackup();
    const records = (b: typeof before) => ({ articles: b.articles, contents: b.contents, clips: b.clips });
    expect(records(after)).toEqual(records(before));
  });
});
