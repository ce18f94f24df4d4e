/**
 * The background's handlers as plain functions: a real store (fake-indexeddb), a fake tab (the seed
 * page analysed by the real pipeline in jsdom, a highlighter that answers from a jsdom document).
 */
import type { AnalyzeResult } from '@/utils/messages/reply-schemas';
import { offlineTeam } from '@/tests/support/offline-team';
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
  /** The PDF rule's setting each time the background synced it. */
  pdfSyncs: boolean[];
}

async function harness(pdfRulesOffered = true, pdfRuleRefused = false): Promise<Harness> {
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
    'hl/refresh': ({ clips, removedIds }) => ({ changed: clips.length + removedIds.length }),
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
    notify: (_tabId, command) => highlighter.call(command),
  };
  let settings: Settings = DEFAULT_SETTINGS;
  const pdfSyncs: boolean[] = [];
  const deps: BackgroundDeps = {
    store: async () => store,
    tabs,
    pages: { track: () => undefined },
    download: async (filename, text) => downloads.push({ filename, text }),
    settings: { get: async () => settings, update: async (f) => (settings = f(settings)) },
    storage: { persisted: async () => true, estimate: async () => ({ usage: 1, quota: 2 }) },
    now: () => Date.UTC(2026, 10, 30),
    timeZone: 'UTC',
    ownOrigin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
    analyses: new Map(),
    cards: { put: async () => undefined, drop: async () => undefined },
    team: offlineTeam(),
    renderBrief: async (job) => renderBriefJob(job),
    ui: createUiSessions(() => 0),
    panel: { setToolbar: async () => undefined, clipClicked: () => undefined },
    pdfRules: {
      offered: pdfRulesOffered,
      sync: async () => {
        pdfSyncs.push(settings.pdfAutoOpen);
        if (pdfRuleRefused) throw new Error('Dynamic rules could not be updated.');
      },
    },
    uploads: createBackupUploads(() => 0),
  };
  return {
    route: createRouter(createHandlers(deps), self, backgroundError),
    store,
    commands,
    downloads,
    tabUrl,
    pdfSyncs,
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

  it('saves a figure with its statement as the quote, the figure as its value, no tags; never twice', async () => {
    const analysis = await h.route({ type: 'page/analyze', tabId: 1 }, popup);
    const result = analysis.ok ? (analysis.result as AnalyzeResult) : null;
    if (result?.status !== 'article') throw new Error('no analysis');
    const { findings, article } = result;
    const money = findings.find((f) => f.text === '28251.51亿元');
    if (money?.kind !== 'figure') throw new Error('no figure');
    const statement = article.text.slice(money.statement.start, money.statement.end);
    expect(statement.length).toBeGreaterThan(money.text.length);
    // A pick, as the popup sends it: the finding's identity and value, not its detection details.
    const { text, start, end, context, value, unit, number, unitText } = money;
    const pick = {
      kind: money.kind,
      type: money.type,
      text,
      start,
      end,
      context,
      value,
      unit,
      number,
      unitText,
    };
    const request = {
      type: 'highlight/findings' as const,
      tabId: 1,
      findings: [{ ...pick, statement: money.statement }],
    };
    const r = await h.route(request, popup);
    expect(r).toMatchObject({ ok: true, result: { notFound: 0 } });
    const { clips } = await h.store.listClips({});
    expect(clips).toHaveLength(1);
    expect(clips[0]).toMatchObject({
      quote: statement,
      kind: 'figure',
      type: 'money',
      tags: [],
      value: 2825151000000,
      unit: 'CNY',
      figure: {
        text: '28251.51亿元',
        at: statement.indexOf('28251.51亿元'),
        number: 28251.51,
        unitText: '亿元',
      },
    });
    expect(h.commands.map((c) => c.type)).toEqual(['hl/locate', 'hl/render']);

    // The same suggestion again (a second "Highlight all", a double click) saves nothing.
    const again = await h.route(request, popup);
    expect(again).toMatchObject({ ok: true, result: { saved: [], notFound: 0 } });
    expect((await h.store.listClips({})).total).toBe(1);
  });

  it('saves a figure by itself when its pick carries no statement', async () => {
    const analysis = await h.route({ type: 'page/analyze', tabId: 1 }, popup);
    const result = analysis.ok ? (analysis.result as AnalyzeResult) : null;
    if (result?.status !== 'article') throw new Error('no analysis');
    const money = result.findings.find((f) => f.text === '28251.51亿元')!;
    const { kind, type, text, start, end, context } = money;
    await h.route(
      {
        type: 'highlight/findings',
        tabId: 1,
        findings: [{ kind, type, text, start, end, context } as never],
      },
      popup,
    );
    const { clips } = await h.store.listClips({});
    expect(clips[0]).toMatchObject({ quote: '28251.51亿元', figure: { text: '28251.51亿元', at: 0 } });
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
      brief: {
        groupBy: 'kind',
        fullText: false,
        highlightStyle: 'mark',
        citationStyle: 'gbt7714',
        frontMatterTag: null,
        linkSavedCopy: false,
      },
      // Where notes go in Obsidian is this machine's: a backup does not carry it.
      obsidian: { vault: '', folder: '' },
      tagColours: { 科技金融: 'blue', loans: 'pink' },
      toolbar: 'popup',
      pdfAutoOpen: false,
    });

    // A library with its own choices keeps them and only gains colours for tags that have none.
    const used = await harness();
    await used.route({ type: 'tags/colour', tag: 'loans', colour: 'green' }, popup);
    await used.route({ type: 'settings/set', brief: { fullText: true } }, popup);
    await used.route({ type: 'settings/set', obsidian: { vault: 'Research' } }, popup);
    // What the toolbar button opens is this browser's choice: a backup never changes it.
    await used.route({ type: 'settings/set', toolbar: 'panel' }, popup);
    await used.route({ type: 'settings/set', pdfAutoOpen: true }, popup);
    await used.route({ type: 'backup/import', json }, popup);
    const merged = await used.route({ type: 'settings/get' }, popup);
    expect(merged.ok && merged.result).toEqual({
      brief: {
        groupBy: 'tag',
        fullText: true,
        highlightStyle: 'mark',
        citationStyle: 'auto',
        frontMatterTag: null,
        linkSavedCopy: false,
      },
      obsidian: { vault: 'Research', folder: '' },
      tagColours: { 科技金融: 'blue', loans: 'green' },
      toolbar: 'panel',
      pdfAutoOpen: true,
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

describe('official documents and citations', () => {
  const policy = {
    issuer: '国务院办公厅',
    docNumber: '国办发〔2017〕47号',
    indexNumber: null,
    written: '2017-05-15',
    published: '2017-06-08',
    docType: '通知',
    topic: null,
  };

  async function library() {
    const doc = await h.store.saveArticle(
      article({
        url: 'https://www.gov.cn/zhengce/content/2017-06/08/content_5200760.htm',
        title: '国务院办公厅关于印发政府网站发展指引的通知',
        policy,
      }),
    );
    const news = await h.store.saveArticle(
      article({ url: 'https://news.example.cn/n.html', title: '新闻', genre: 'news' }),
    );
    const c1 = await h.store.addClip({ articleId: doc.id, quote: '政府网站', selectors: [], tags: ['网站'] });
    const c2 = await h.store.addClip({ articleId: news.id, quote: '报道', selectors: [], tags: ['网站'] });
    return { doc, news, clipIds: [c1.id, c2.id] };
  }

  it('filters clips by issuer and type, and lists the facets', async () => {
    const { doc } = await library();
    const r = await h.route(
      { type: 'clips/list', query: { issuer: '国务院办公厅', docType: '通知' } },
      popup,
    );
    expect(r.ok && (r.result as { clips: { articleId: string }[] }).clips.map((c) => c.articleId)).toEqual([
      doc.id,
    ]);
    const byNumber = await h.route({ type: 'clips/list', query: { text: '国办发2017 47号' } }, popup);
    expect(byNumber.ok && (byNumber.result as { total: number }).total).toBe(1);
    expect(await h.route({ type: 'documents/facets' }, popup)).toEqual({
      ok: true,
      result: { issuers: [{ value: '国务院办公厅', count: 1 }], docTypes: [{ value: '通知', count: 1 }] },
    });
  });

  it("downloads one article's citation file, named by its title", async () => {
    const { doc } = await library();
    const r = await h.route(
      { type: 'citations/article', articleId: doc.id, format: 'ris', deliver: 'download' },
      popup,
    );
    expect(r).toMatchObject({
      ok: true,
      result: { filename: '国务院办公厅关于印发政府网站发展指引的通知-2026-11-30.ris' },
    });
    expect(h.downloads.at(-1)?.text).toContain('SN  - 国办发〔2017〕47号');
  });

  it('exports the citations of the articles of selected clips, named by their shared tag', async () => {
    const { clipIds } = await library();
    const r = await h.route({ type: 'citations/clips', clipIds, format: 'csl', deliver: 'text' }, popup);
    if (!r.ok) throw new Error(r.error.message);
    const { filename, text } = r.result as { filename: string; text: string };
    expect(filename).toBe('网站-引文-2026-11-30.json');
    const items = JSON.parse(text) as { type: string; number?: string }[];
    expect(items.map((i) => i.type)).toEqual(['legislation', 'article-newspaper']);
    expect(items[0]?.number).toBe('国办发〔2017〕47号');
  });

  it('refuses an unknown format and a deleted article in words', async () => {
    const bad = await h.route(
      { type: 'citations/clips', clipIds: ['x'], format: 'endnote', deliver: 'text' },
      popup,
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    const gone = await h.route(
      { type: 'citations/article', articleId: 'gone', format: 'csl', deliver: 'text' },
      popup,
    );
    expect(gone).toMatchObject({ ok: false, error: { code: 'not-found', detail: 'article-gone' } });
  });

  it('turns "Open PDFs in the reader" on and off, syncing the browser rule after each change only', async () => {
    const on = await h.route({ type: 'settings/set', pdfAutoOpen: true }, popup);
    expect(on.ok && (on.result as Settings).pdfAutoOpen).toBe(true);
    await h.route({ type: 'settings/set', brief: { fullText: true } }, popup);
    const off = await h.route({ type: 'settings/set', pdfAutoOpen: false }, popup);
    expect(off.ok && (off.result as Settings).pdfAutoOpen).toBe(false);
    // The sync ran after each write, seeing the stored value; the other setting synced nothing.
    expect(h.pdfSyncs).toEqual([true, false]);
    const bad = await h.route({ type: 'settings/set', pdfAutoOpen: 'yes' }, popup);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });

  it('leaves "Open PDFs in the reader" as it was when the browser refuses the rule', async () => {
    const refused = await harness(true, true);
    const r = await refused.route({ type: 'settings/set', pdfAutoOpen: true }, popup);
    expect(r.ok).toBe(false);
    const now = await refused.route({ type: 'settings/get' }, popup);
    expect(now.ok && (now.result as Settings).pdfAutoOpen).toBe(false);
    expect(refused.pdfSyncs).toEqual([true]);
  });

  it('keeps "Open PDFs in the reader" off where the browser does not offer it (Firefox)', async () => {
    const firefox = await harness(false);
    const r = await firefox.route({ type: 'settings/set', pdfAutoOpen: true }, popup);
    expect(r.ok && (r.result as Settings).pdfAutoOpen).toBe(false);
    expect(firefox.pdfSyncs).toEqual([false]);
  });

  it('keeps the Obsidian vault and folder, one field at a time, and refuses an absurd one', async () => {
    await h.route({ type: 'settings/set', obsidian: { vault: 'Research' } }, popup);
    const r = await h.route({ type: 'settings/set', obsidian: { folder: '政策/简报' } }, popup);
    expect(r.ok && (r.result as Settings).obsidian).toEqual({ vault: 'Research', folder: '政策/简报' });
    const long = await h.route({ type: 'settings/set', obsidian: { vault: 'x'.repeat(501) } }, popup);
    expect(long).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });
});
