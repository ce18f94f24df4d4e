/**
 * A team library between two browser profiles through a CouchDB-protocol server on 127.0.0.1 (PouchDB
 * Server's express-pouchdb over memory, in this process; docs/sync.md): both join from the library's
 * team panel; A clips two passages with a tag → B has them, A the author; B edits the note while the
 * server is down and A edits tags → server back → both converge, nothing lost; B deletes a clip → gone
 * on A; a wrong password → its own words, nothing local changed. The popup shows the same status, live
 * (pushed over the change feed), with a link to the team settings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserSession, type Tab } from '@/tests/support/driver';
import { startCouchServer, type CouchServer } from '@/tests/support/couch-server';
import type { ClipRecord } from '@/utils/store/types';
import { BROWSER, localeMessages, useExtension, SEED_HTML, SEED_PATH } from './harness';

const PASSAGES = ['推进技术要素市场配置改革', '28251.51亿元'];
const PASSWORDS = { alice: 'pw-alice', bob: 'pw-鲍勃' };
const en = localeMessages('en');

const a = useExtension({ [SEED_PATH]: { body: SEED_HTML } });
let b: BrowserSession;
let couch: CouchServer;

beforeAll(async () => {
  couch = await startCouchServer();
  await couch.createTeam('desk', PASSWORDS);
  b = await launchBrowser(BROWSER);
});
afterAll(async () => {
  await b?.close();
  await couch?.stop();
});

const clipsOf = (session: BrowserSession) => session.readStore<ClipRecord>('clips');

/** Sends a page-channel message from an extension page, as the library itself would. */
function send<R>(page: Tab, message: Record<string, unknown>): Promise<R> {
  return page.evaluate(async (m) => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    const reply = (await api.runtime.sendMessage(m)) as { ok: boolean; result?: unknown; error?: unknown };
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    return reply.result;
  }, message) as Promise<R>;
}

async function join(session: BrowserSession, user: 'alice' | 'bob', password: string): Promise<Tab> {
  const lib = await session.openExtensionPage('/library.html');
  await lib.testId('team-server').fill(couch.origin);
  await lib.testId('team-db').fill('desk');
  await lib.testId('team-user').fill(user);
  await lib.testId('team-password').fill(password);
  await lib.testId('team-join').click();
  return lib;
}

const state = (lib: Tab) =>
  lib
    .testId('team-status')
    .attr('data-state', 500)
    .catch(() => null);

describe('team library', () => {
  let libA: Tab;
  let libB: Tab;
  let popupB: Tab;

  it('two profiles join the same team database', async () => {
    libA = await join(a.browser, 'alice', PASSWORDS.alice);
    libB = await join(b, 'bob', PASSWORDS.bob);
    await expect.poll(() => state(libA)).toBe('synced');
    await expect.poll(() => state(libB)).toBe('synced');
    // The password is kept only in storage.local under its own key, never in the settings or status.
    const stored = await a.browser.inExtension((api) => api.storage.local.get(null));
    expect(JSON.stringify(stored['settings'] ?? {})).not.toContain(PASSWORDS.alice);
    expect(JSON.stringify(stored['teamStatus'])).not.toContain(PASSWORDS.alice);
  });

  it('A clips two passages with a tag → B’s library shows them, A as their author', async () => {
    const page = await a.browser.openPage(a.server.url(SEED_PATH));
    const tabId = await a.browser.tabIdOf(page);
    for (const passage of PASSAGES) {
      await page.selectText(passage);
      await a.browser.browserEvent('menuClick', 'pc-highlight', tabId);
      await expect.poll(async () => (await clipsOf(a.browser)).map((c) => c.quote)).toContain(passage);
    }
    const ids = (await clipsOf(a.browser)).map((c) => c.id);
    await send(libA, { type: 'tags/add', ids, tags: ['要素市场'] });
    await expect.poll(async () => (await clipsOf(b)).length, { timeout: 20_000 }).toBe(2);
    await expect
      .poll(async () => (await clipsOf(b)).map((c) => [c.quote, c.tags, c.author]).sort(), {
        timeout: 20_000,
      })
      .toEqual(PASSAGES.map((p) => [p, ['要素市场'], 'alice']).sort());
    const fresh = await b.openExtensionPage('/library.html');
    await expect.poll(() => fresh.testId('clip-row').count()).toBe(2);
  });

  it('the popup shows the team status in words, with a link to the team settings', async () => {
    const page = await b.openPage(a.server.url(SEED_PATH));
    popupB = await b.openPopup(page);
    await expect.poll(() => state(popupB)).toBe('synced');
    expect(await popupB.testId('team-status').text()).toContain(en['libTeamStateSynced']!.message);
    expect(await popupB.testId('team-settings').text()).toBe(en['teamSettingsLink']!.message);
  });

  it('B edits a note while the server is down, A edits tags; once it is back both converge', async () => {
    const target = (await clipsOf(b)).find((c) => c.quote === PASSAGES[0])!;
    await couch.stop();
    const row = libB.testId('clip-row').has(libB.find('blockquote').withText(PASSAGES[0]!));
    await row.find('textarea').fill('bob: 核心措施');
    await row.find('textarea').press('Tab');
    await expect
      .poll(async () => (await clipsOf(b)).find((c) => c.id === target.id)?.note)
      .toBe('bob: 核心措施');
    await send(libA, { type: 'tags/add', ids: [target.id], tags: ['alice-tag'] });
    // Kept locally and counted as waiting to be sent, in the library and, pushed live, in the open popup.
    await expect.poll(() => libB.testId('team-pending').count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => popupB.testId('team-pending').count(), { timeout: 20_000 }).toBe(1);
    await couch.start();
    await libA.testId('team-sync-now').click();
    await libB.testId('team-sync-now').click();
    const merged = (c: ClipRecord | undefined) => c && { note: c.note, tags: [...c.tags].sort() };
    const want = { note: 'bob: 核心措施', tags: ['alice-tag', '要素市场'] };
    await expect
      .poll(async () => merged((await clipsOf(a.browser)).find((c) => c.id === target.id)), {
        timeout: 30_000,
      })
      .toEqual(want);
    await expect
      .poll(async () => merged((await clipsOf(b)).find((c) => c.id === target.id)), { timeout: 30_000 })
      .toEqual(want);
  });

  it('B deletes a clip → it is gone on A', async () => {
    const gone = (await clipsOf(b)).find((c) => c.quote === PASSAGES[1])!;
    await send(libB, { type: 'clips/delete', ids: [gone.id] });
    await expect
      .poll(async () => (await clipsOf(a.browser)).map((c) => c.id), { timeout: 30_000 })
      .not.toContain(gone.id);
  });

  it('a wrong password: its own words, and nothing local changes', async () => {
    const before = await clipsOf(a.browser);
    await libA.testId('team-leave').click();
    await expect.poll(() => libA.testId('team-join').count()).toBe(1);
    await libA.testId('team-server').fill(couch.origin);
    await libA.testId('team-db').fill('desk');
    await libA.testId('team-user').fill('alice');
    await libA.testId('team-password').fill('not-her-password');
    await libA.testId('team-join').click();
    await expect.poll(() => libA.testId('team-error').text()).toBe(en['errSyncUnauthorized']!.message);
    expect(await clipsOf(a.browser)).toEqual(before);
    const stored = await a.browser.inExtension((api) => api.storage.local.get('teamSpace'));
    expect(stored['teamSpace']).toBeUndefined();
  });
});
