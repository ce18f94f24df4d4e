/**
 * What the background tells the UI when it cannot do something: a code and a detail the UI words in
 * the user's language, with English kept in `message` for logs (never a sentence the UI must parse).
 */
import { offlineTeam } from '@/tests/support/offline-team';
import { createBackupUploads } from '@/entrypoints/background/backup-uploads';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BackgroundDeps } from '@/entrypoints/background/deps';
import { createUiSessions } from '@/utils/ui-sessions';
import { backgroundError } from '@/entrypoints/background/errors';
import { createHandlers } from '@/entrypoints/background/handlers';
import { createRouter } from '@/entrypoints/background/router';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import type { PageAnalysis } from '@/utils/pipeline';
import { analyzeDocument } from '@/utils/pipeline';
import { openStore, StoreError } from '@/utils/store';
import { toStoreError } from '@/utils/store/errors';

const self = { id: 'ext', origin: 'chrome-extension://ext/' };
const popup = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const MENU_PAGE = `<html><body><ul>${'<li><a href="/x">关于促进制造业高质量发展的若干措施的通知</a></li>'.repeat(40)}</ul></body></html>`;

let tab: { url: string; analyze: (url: string) => Promise<PageAnalysis> };
let route: ReturnType<typeof createRouter>;

beforeEach(async () => {
  const store = await openStore(new IDBFactory());
  tab = {
    url: 'https://www.gov.cn/zhengce/1.htm',
    analyze: async (url) => analyzeDocument(new JSDOM(MENU_PAGE, { url }).window.document, url),
  };
  const deps: BackgroundDeps = {
    store: async () => store,
    tabs: {
      info: async () => ({ url: tab.url, title: 'tab' }),
      analyze: async () => tab.analyze(tab.url),
      command: async () => ({ ok: false }) as never,
      notify: async () => ({ ok: false }) as never,
    },
    pages: { track: () => undefined },
    download: async () => 1,
    settings: { get: async () => DEFAULT_SETTINGS, update: async (f) => f(DEFAULT_SETTINGS) },
    storage: { persisted: async () => false, estimate: async () => ({ usage: null, quota: null }) },
    now: () => 0,
    timeZone: 'UTC',
    ownOrigin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
    analyses: new Map(),
    cards: { put: async () => undefined, drop: async () => undefined },
    team: offlineTeam(),
    renderBrief: async () => '',
    ui: createUiSessions(() => 0),
    panel: { setToolbar: async () => undefined, clipClicked: () => undefined },
    pdfRules: { offered: false, sync: async () => undefined },
    uploads: createBackupUploads(() => 0),
  };
  route = createRouter(createHandlers(deps), self, backgroundError);
});

describe('page/analyze: why a page has no article, as data', () => {
  it('names the kind of restricted page', async () => {
    for (const [url, detail] of [
      ['chrome://settings/', 'browser-page'],
      ['https://chromewebstore.google.com/detail/x', 'store'],
      ['https://www.gov.cn/1.pdf', 'pdf'],
      ['file:///home/a.html', 'not-web'],
    ] as const) {
      tab.url = url;
      const r = await route({ type: 'page/analyze', tabId: 1 }, popup);
      expect(r, url).toMatchObject({
        ok: true,
        result: { status: 'unavailable', reason: 'restricted', detail, message: expect.any(String) },
      });
    }
  });

  it('says the browser refused the script when injection fails', async () => {
    tab.analyze = async () => {
      throw new Error('Cannot access contents of the page');
    };
    const r = await route({ type: 'page/analyze', tabId: 1 }, popup);
    expect(r).toMatchObject({
      ok: true,
      result: { status: 'unavailable', reason: 'restricted', detail: 'scripting-refused' },
    });
  });

  it('names why a page of links is not an article', async () => {
    const r = await route({ type: 'page/analyze', tabId: 1 }, popup);
    expect(r).toMatchObject({
      ok: true,
      result: { status: 'unavailable', reason: 'no-article', detail: 'mostly-links' },
    });
  });

  it('refuses to save a restricted page with the same detail, and an article-less page with its reason', async () => {
    tab.url = 'https://addons.mozilla.org/en-US/firefox/';
    expect(await route({ type: 'article/save', tabId: 1 }, popup)).toMatchObject({
      ok: false,
      error: { code: 'restricted-page', detail: 'store' },
    });
    tab.url = 'https://www.gov.cn/zhengce/2.htm';
    expect(await route({ type: 'article/save', tabId: 2 }, popup)).toMatchObject({
      ok: false,
      error: { code: 'no-article', detail: 'mostly-links' },
    });
  });
});

describe('errors carry a code and detail for the UI', () => {
  it('no selection, clips gone', async () => {
    expect(await route({ type: 'highlight/selection', tabId: 1 }, popup)).toMatchObject({
      ok: false,
      error: { code: 'no-selection' },
    });
    const r = await route({ type: 'brief/clips', clipIds: ['gone'], deliver: 'text' }, popup);
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found', detail: 'clips-gone' } });
  });

  it('a backup that is not JSON, and one that is not a backup', async () => {
    const notJson = await route({ type: 'backup/import', json: '{"format": "policy' }, popup);
    expect(notJson).toMatchObject({ ok: false, error: { code: 'invalid-backup', detail: 'not-json' } });
    const notBackup = await route({ type: 'backup/import', json: '{"format": "something-else"}' }, popup);
    expect(notBackup).toMatchObject({
      ok: false,
      error: { code: 'invalid-backup', message: 'This is not a Policy Clipper backup file.' },
    });
  });

  it('a refused backup carries its problem and the field it names', async () => {
    const file = {
      format: 'policy-clipper-backup',
      version: 3,
      exportedAt: '2025-01-01T00:00:00.000Z',
      articles: [],
      contents: [],
      clips: [],
      checksum: '0'.repeat(64),
    };
    const newer = await route(
      { type: 'backup/import', json: JSON.stringify({ ...file, version: 99 }) },
      popup,
    );
    expect(newer).toMatchObject({
      ok: false,
      error: { code: 'invalid-backup', detail: 'newer-version', subs: [99] },
    });
    const checksum = await route({ type: 'backup/import', json: JSON.stringify(file) }, popup);
    expect(checksum).toMatchObject({ ok: false, error: { code: 'invalid-backup', detail: 'checksum' } });
    const polluted = JSON.stringify(file).replace('"clips":[]', '"clips":[{"__proto__":{"x":1}}]');
    expect(await route({ type: 'backup/import', json: polluted }, popup)).toMatchObject({
      ok: false,
      error: { code: 'invalid-backup', detail: 'forbidden-key', subs: ['clips[0].__proto__'] },
    });
    const partial = JSON.stringify({ ...file, articles: [{ url: 'javascript:alert(1)' }] });
    expect(await route({ type: 'backup/import', json: partial }, popup)).toMatchObject({
      ok: false,
      error: { code: 'invalid-backup', detail: 'field', subs: ['articles[0].id'] },
    });
  });

  it('store errors keep their code, and a newer library says so', () => {
    expect(backgroundError(toStoreError({ name: 'QuotaExceededError' }))).toMatchObject({ code: 'quota' });
    expect(backgroundError(toStoreError({ name: 'VersionError' }))).toMatchObject({
      code: 'conflict',
      detail: 'newer-library',
    });
    expect(backgroundError(new StoreError('unknown', 'disk on fire'))).toEqual({
      code: 'internal',
      message: 'disk on fire',
    });
  });
});
