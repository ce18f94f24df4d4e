/**
 * The background's handlers as plain functions: a real store (fake-indexeddb), a fake tab (the seed
 * page analysed by the real pipeline in jsdom, a highlighter that answers from a jsdom document).
 */
import { createBackupUploads } from '@/entrypoints/background/backup-uploads';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { renderBriefJob } from '@/utils/brief';
import type { BackgroundDeps } from '@/entrypoints/background/deps';
import { backgroundError } from '@/entrypoints/background/errors';
import { createHandlers } from '@/entrypoints/background/handlers';
import { createRouter } from '@/entrypoints/background/router';
import type { TabPort } from '@/entrypoints/background/tab-port';
import { anchorInModel, buildTextModel } from '@/utils/anchor';
import { toMessageError } from '@/utils/messages/error-model';
import { highlighterChannel, type HighlighterCommand } from '@/utils/messages/highlighter-channel';
import { answer, createClient, type HandlerMap } from '@/utils/messages/protocol';
import { analyzeDocument } from '@/utils/pipeline';
import { openStore, type ClipStore } from '@/utils/store';
import { article } from '../store/helpers';
import { createUiSessions } from '@/utils/ui-sessions';

const ROOT = join(import.meta.dirname, '../../..');
const SEED = readFileSync(join(ROOT, 'tests/fixtures/pages/seed-policy-article-zh/source.html'), 'utf8');
const URL_A = 'https://www.example-research.cn/news/policy/2021/0510.html';
const self = { id: 'ext', origin: 'chrome-extension://ext/' };
const popup = { id: 'ext', url: 'chrome-extension://ext/popup.html' };

interface Harness {
  route: ReturnType<typeof createRouter>;
  store: ClipStore;
  commands: HighlighterCommand[];
  downloads: { filename: string; text: string }[];
  tabUrl: { value: string };
}

async function harness(): Promise<Harness> {
  const store = await openStore(new IDBFactory());
  const commands: HighlighterCommand[] = [];
  const downloads: { filename: string; text: string }[] = [];
  const tabUrl = { value: URL_A };
  const dom = new JSDOM(SEED, { url: URL_A });
  // A highlighter that answers from a jsdom document, over the real channel (parsed and checked).
  const painted = { anchored: [], orphans: [] };
  const fakeHighlighter: HandlerMap<typeof highlighterChannel.spec, null> = {
    'hl/ping': () => ({ ready: true }),
    'hl/show': () => ({ shown: true }),
    'hl/describeSelection': () => ({ ok: false }),
    'hl/locate': ({ items }) => {
      const model = buildTextModel(dom.window.document.body);
      return {
        found: items.flatMap(({ key, selector }) => {
          const r = anchorInModel(model, [selector]);
          const span = {
            quote: model.text.slice(r.ok ? r.start : 0, r.ok ? r.end : 0),
            selectors: [selector],
          };
          return r.ok ? [{ key, span: { ...span, context: '', fragment: 'text=x' } }] : [];
        }),
      };
    },
    'hl/render': () => painted,
    'hl/remove': ({ ids }) => ({ removed: ids.length }),
    'hl/sync': () => painted,
    'hl/highlightAtSelection': () => ({ id: null }),
    'hl/showUi': () => ({ shown: true }),
    'hl/resizeUi': () => ({ resized: true }),
    'hl/closeUi': () => ({ closed: true }),
  };
  const highlighter = createClient(highlighterChannel, async (message) => {
    const parsed = highlighterChannel.parseRequest(message);
    if (parsed.ok) commands.push(parsed.request);
    return answer(highlighterChannel, fakeHighlighter, message, null, toMessageError);
  });
  const tabs: TabPort = {
    info: async () => ({ url: tabUrl.value, title: 'seed' }),
    analyze: async () =>
      analyzeDocument(new JSDOM(SEED, { url: tabUrl.value }).window.document, tabUrl.value),
    command: (_tabId, command) => highlighter.call(command),
  };
  let settings: Settings = DEFAULT_SETTINGS;
  const deps: BackgroundDeps = {
    store: async () => store,
    tabs,
    download: async (filename, text) => downloads.push({ filename, text }),
    settings: { get: async () => settings, update: async (f) => (settings = f(settings)) },
    storage: { persisted: async () => true, estimate: async () => ({ usage: 1, quota: 2 }) },
    now: () => Date.UTC(2026, 10, 30),
    timeZone: 'UTC',
    analyses: new Map(),
    cards: { put: async () => undefined, drop: async () => undefined },
    renderBrief: async (job) => renderBriefJob(job),
    ui: createUiSessions(() => 0),
    paintedTabs: new Map(),
    panel: { setToolbar: async () => undefined, clipClicked: () => undefined },
    uploads: createBackupUploads(() => 0),
  };
  return {
    route: createRouter(createHandlers(deps), self, backgroundError),
    store,
    commands,
    downloads,
    tabUrl,
  };
}

let h: Harness;
beforeEach(async () => {
  h = await harness();
});

describe('router', () => {
  it('refuses a message from a web page and stores nothing', async () => {
    const r = await h.route({ type: 'article/save', tabId: 1 }, { url: 'https://evil.example/' });
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await h.store.listArticles()).toEqual([]);
  });

  it('refuses a malformed message with a readable reason', async () => {
    const r = await h.route({ type: 'article/save', tabId: 'one' }, popup);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    if (!r.ok) expect(r.error.message).toContain('tabId');
  });
});

describe('page handlers', () => {
  it('analyses the tab: article, findings, not saved yet', async () => {
    const r = await h.route({ type: 'page/analyze', tabId: 1 }, popup);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const result = r.result as {
      status: string;
      article: { title: string; source: string };
      findings: unknown[];
      saved: unknown;
    };
    expect(result.status).toBe('article');
    expect(result.article.source).toBe('思瀚产业研究院');
    expect(result.findings.length).toBeGreaterThan(10);
    expect(result.saved).toBeNull();
  });

  it('says plainly when the tab is a browser page', async () => {
    h.tabUrl.value = 'chrome://settings/';
    const r = await h.route({ type: 'page/analyze', tabId: 1 }, popup);
    expect(r).toMatchObject({ ok: true, result: { status: 'unavailable', reason: 'restricted' } });
  });

  it('saves the article once: a second save updates it', async () => {
    const first = await h.route({ type: 'article/save', tabId: 1 }, popup);
    const second = await h.route({ type: 'article/save', tabId: 1 }, popup);
    expect(first).toMatchObject({ ok: true, result: { created: true } });
    expect(second).toMatchObject({ ok: true, result: { created: false } });
    expect(await h.store.listArticles()).toHaveLength(1);
  });

  it('turns suggested findings into tagged clips, located in the page', async () => {
    const analysis = await h.route({ type: 'page/analyze', tabId: 1 }, popup);
    if (!analysis.ok) throw new Error('no analysis');
    const findings = (
      analysis.result as {
        findings: {
          kind: string;
          type: string;
          text: string;
          start: number;
          end: number;
          context: string;
          value?: number;
          unit?: string;
        }[];
      }
    ).findings;
    const money = findings.find((f) => f.text === '28251.51亿元')!;
    const r = await h.route(
      {
        type: 'highlight/findings',
        tabId: 1,
        findings: [{ ...money, value: money.value ?? null, unit: money.unit ?? null }],
      },
      popup,
    );
    expect(r).toMatchObject({ ok: true, result: { notFound: 0 } });
    const { clips } = await h.store.listClips({});
    expect(clips).toHaveLength(1);
    expect(clips[0]).toMatchObject({
      quote: '28251.51亿元',
      kind: 'figure',
      type: 'money',
      tags: ['figure', 'figure/money'],
      value: 2825151000000,
    });
    expect(h.commands.map((c) => c.type)).toEqual(['hl/locate', 'hl/render']);
  });

  it('asks the user to select text when there is no selection', async () => {
    const r = await h.route({ type: 'highlight/selection', tabId: 1 }, popup);
    expect(r).toMatchObject({ ok: false, error: { code: 'no-selection' } });
    expect((await h.store.listClips({})).total).toBe(0);
  });
});

describe('content handlers and the in-page frame', () => {
  const own = 'https://a.example/article';
  const frame = (tabId: number) => ({
    id: 'ext',
    url: 'chrome-extension://ext/inpage.html',
    frameId: 3,
    tab: { id: tabId, url: own },
  });
  const pageScript = (url: string, tabId = 1) => ({ id: 'ext', url, frameId: 0, tab: { id: tabId, url } });

  async function clipOn(url: string) {
    const saved = await h.store.saveArticle(article({ url }));
    return h.store.addClip({
      articleId: saved.id,
      quote: 'kept',
      selectors: [],
      note: 'secret note',
      tags: ['t'],
    });
  }

  it('content scripts cannot change clips, and never receive tags or notes', async () => {
    const clip = await clipOn(own);
    for (const type of ['content/updateClip', 'content/deleteClip', 'content/restoreClip', 'clips/edit']) {
      const r = await h.route(
        { type, url: own, id: clip.id, token: 'x', edit: { note: { base: '', text: '' } } },
        pageScript(own),
      );
      expect(r).toMatchObject({ ok: false });
    }
    const painted = await h.route({ type: 'content/clips', url: own }, pageScript(own));
    expect(painted).toMatchObject({ ok: true, result: [{ id: clip.id, colour: 'yellow', selectors: [] }] });
    expect(JSON.stringify(painted)).not.toContain('secret note');
    expect(await h.store.getClips([clip.id])).toMatchObject([{ note: 'secret note', tags: ['t'] }]);
  });

  it("a page asks for the menu of its own highlights only; the token opens it once, in that tab's frame", async () => {
    const clip = await clipOn(own);
    const other = 'https://evil.example/page';
    await h.store.saveArticle(article({ url: other }));
    expect(
      await h.route({ type: 'content/openMenu', url: other, id: clip.id }, pageScript(other)),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const opened = await h.route({ type: 'content/openMenu', url: own, id: clip.id }, pageScript(own, 5));
    if (!opened.ok) throw new Error('menu refused');
    const { token } = opened.result as { token: string };
    // Another tab's frame, and a content script, cannot claim it.
    expect(await h.route({ type: 'inpage/open', token }, frame(6))).toMatchObject({ ok: false });
    expect(await h.route({ type: 'inpage/open', token }, pageScript(own, 5))).toMatchObject({ ok: false });
    expect(await h.route({ type: 'inpage/open', token }, frame(5))).toMatchObject({
      ok: true,
      result: { kind: 'menu', tabId: 5, clip: { id: clip.id, note: 'secret note' } },
    });
    expect(await h.route({ type: 'inpage/open', token }, frame(5))).toMatchObject({ ok: false });
  });

  it('the frame deletes with Undo through the ordinary page requests', async () => {
    const clip = await clipOn(own);
    const deleted = await h.route({ type: 'clips/delete', ids: [clip.id], tabId: 5 }, frame(5));
    if (!deleted.ok) throw new Error('delete failed');
    expect(await h.store.getClips([clip.id])).toEqual([]);
    const { token } = deleted.result as { token: string };
    expect(await h.route({ type: 'clips/restore', token, tabId: 5 }, frame(5))).toMatchObject({
      ok: true,
      result: { count: 1 },
    });
    expect((await h.store.getClips([clip.id])).map((c) => c.quote)).toEqual(['kept']);
  });
});

describe('export handlers', () => {
  it('downloads the article brief under a safe name that keeps Chinese', async () => {
    const saved = await h.route({ type: 'article/save', tabId: 1 }, popup);
    if (!saved.ok) throw new Error('not saved');
    const id = (saved.result as { article: { id: string } }).article.id;
    const r = await h.route({ type: 'brief/article', articleId: id, deliver: 'download' }, popup);
    expect(r).toMatchObject({
      ok: true,
      result: { filename: '央地齐打“组合拳” 促科技成果转化再迎政策利好-简报-2026-11-30.md' },
    });
    expect(h.downloads[0]?.text).toContain('# 央地齐打“组合拳” 促科技成果转化再迎政策利好');
  });

  it('refuses a backup that is not JSON, naming the problem, and changes nothing', async () => {
    await h.route({ type: 'article/save', tabId: 1 }, popup);
    const before = await h.store.exportBackup();
    const r = await h.route(
      { type: 'backup/import', json: '{"format": "policy-clipper-backup", "ver' },
      popup,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-backup' } });
    if (!r.ok) expect(r.error.message).toMatch(/not valid JSON/);
    const after = await h.store.exportBackup();
    expect([after.articles, after.contents, after.clips]).toEqual([
      before.articles,
      before.contents,
      before.clips,
    ]);
  });

  it('imports a backup sent in parts only once every part is in; a missing part imports nothing', async () => {
    const { id: articleId } = await h.store.saveArticle(
      article({ url: 'https://news.example.cn/parts.html' }),
    );
    await h.store.addClip({ articleId, quote: '分片导入', selectors: [], tags: ['科技'] });
    const exported = await h.route({ type: 'backup/export', deliver: 'text' }, popup);
    if (!exported.ok) throw new Error('no backup');
    const json = (exported.result as { text: string }).text;
    const parts = [json.slice(0, 100), json.slice(100, 200), json.slice(200)];
    const fresh = await harness();
    for (const [index, text] of parts.entries())
      if (index !== 1) await fresh.route({ type: 'backup/upload', upload: 'u1', index, text }, popup);
    expect(await fresh.route({ type: 'backup/import', upload: { id: 'u1', parts: 3 } }, popup)).toMatchObject(
      {
        ok: false,
        error: { code: 'invalid-backup', detail: 'incomplete' },
      },
    );
    expect((await fresh.store.stats()).clips).toBe(0);
    // Sent again, in any order, whole: imported.
    for (const index of [2, 0, 1])
      await fresh.route({ type: 'backup/upload', upload: 'u2', index, text: parts[index]! }, popup);
    expect(await fresh.route({ type: 'backup/import', upload: { id: 'u2', parts: 3 } }, popup)).toMatchObject(
      {
        ok: true,
        result: { imported: { clips: 1, articles: 1 } },
      },
    );
  });

  it("a backup carries tag colours and export options; importing merges them, the user's own choices first", async () => {
    const { id: articleId } = await h.store.saveArticle(
      article({ url: 'https://news.example.cn/backup.html' }),
    );
    await h.store.addClip({ articleId, quote: 'a', selectors: [], tags: ['科技金融', 'loans'] });
    await h.route({ type: 'tags/colour', tag: '科技金融', colour: 'blue' }, popup);
    await h.route({ type: 'tags/colour', tag: 'loans', colour: 'pink' }, popup);
    await h.route({ type: 'settings/set', brief: { groupBy: 'kind', citationStyle: 'gbt7714' } }, popup);
    const exported = await h.route({ type: 'backup/export', deliver: 'text' }, popup);
    if (!exported.ok) throw new Error('no backup');
    const json = (exported.result as { text: string }).text;

    // A fresh install takes everything.
    const fresh = await harness();
    expect(await fresh.route({ type: 'backup/import', json }, popup)).toMatchObject({
      ok: true,
      result: { imported: { clips: 1 } },
    });
    const restored = await fresh.route({ type: 'settings/get' }, popup);
    expect(restored.ok && restored.result).toEqual({
      brief: { groupBy: 'kind', fullText: false, highlightStyle: 'mark', citationStyle: 'gbt7714' },
      tagColours: { 科技金融: 'blue', loans: 'pink' },
      toolbar: 'popup',
    });

    // A library with its own choices keeps them and only gains colours for tags that have none.
    const used = await harness();
    await used.route({ type: 'tags/colour', tag: 'loans', colour: 'green' }, popup);
    await used.route({ type: 'settings/set', brief: { fullText: true } }, popup);
    // What the toolbar button opens is this browser's choice: a backup never changes it.
    await used.route({ type: 'settings/set', toolbar: 'panel' }, popup);
    await used.route({ type: 'backup/import', json }, popup);
    const merged = await used.route({ type: 'settings/get' }, popup);
    expect(merged.ok && merged.result).toEqual({
      brief: { groupBy: 'tag', fullText: true, highlightStyle: 'mark', citationStyle: 'auto' },
      tagColours: { 科技金融: 'blue', loans: 'green' },
      toolbar: 'panel',
    });
  });

  it('a coloured tag named constructor, prototype or __proto__ survives a backup (colours travel as pairs)', async () => {
    const { id: articleId } = await h.store.saveArticle(
      article({ url: 'https://news.example.cn/keys.html' }),
    );
    const tags = ['constructor', 'prototype', '__proto__'];
    await h.store.addClip({ articleId, quote: 'a', selectors: [], tags });
    for (const tag of tags) await h.route({ type: 'tags/colour', tag, colour: 'purple' }, popup);
    const exported = await h.route({ type: 'backup/export', deliver: 'text' }, popup);
    if (!exported.ok) throw new Error('no backup');
    const json = (exported.result as { text: string }).text;
    expect(json).not.toMatch(/"(?:constructor|prototype|__proto__)":/);
    const fresh = await harness();
    expect(await fresh.route({ type: 'backup/import', json }, popup)).toMatchObject({ ok: true });
    const restored = await fresh.route({ type: 'settings/get' }, popup);
    const colours = restored.ok ? (restored.result as Settings).tagColours : {};
    expect(Object.entries(colours).sort()).toEqual(tags.map((t) => [t, 'purple']).sort());
    expect(({} as Record<string, unknown>).purple).toBeUndefined();
  });

  it("keeps a tag's colour when the tag is renamed or merged into another", async () => {
    const { id: articleId } = await h.store.saveArticle(
      article({ url: 'https://news.example.cn/colours.html' }),
    );
    await h.store.addClip({ articleId, quote: 'a', selectors: [], tags: ['科技金融'] });
    await h.store.addClip({ articleId, quote: 'b', selectors: [], tags: ['loans'] });
    await h.route({ type: 'tags/colour', tag: '科技金融', colour: 'blue' }, popup);
    await h.route({ type: 'tags/colour', tag: 'loans', colour: 'pink' }, popup);
    await h.route({ type: 'tags/rename', from: '科技金融', to: 'fintech' }, popup);
    let r = await h.route({ type: 'settings/get' }, popup);
    expect(r.ok && (r.result as Settings).tagColours).toEqual({ loans: 'pink', fintech: 'blue' });
    await h.route({ type: 'tags/merge', sources: ['loans'], target: 'fintech' }, popup);
    r = await h.route({ type: 'settings/get' }, popup);
    expect(r.ok && (r.result as Settings).tagColours).toEqual({ fintech: 'blue' });
  });

  it('remembers export options', async () => {
    await h.route({ type: 'settings/set', brief: { groupBy: 'article', fullText: true } }, popup);
    const r = await h.route({ type: 'settings/get' }, popup);
    expect(r).toMatchObject({
      ok: true,
      result: { brief: { groupBy: 'article', fullText: true, highlightStyle: 'mark' } },
    });
  });
});
