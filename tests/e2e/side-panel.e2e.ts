/**
 * The side panel (Chrome) / sidebar (Firefox) and the saved copy, in both browsers. Automation cannot
 * open the real panel (`sidePanel.open` and `sidebarAction.open` need a user gesture no driver can
 * give), so the panel's own page is opened in a window of its own, told which window to follow
 * (`sidepanel.html?windowId=…`): the same page, the same tab events, the same requests. That the real
 * panel is declared and can be opened is checked through the manifest and the registered shortcut.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tab } from '@/tests/support/driver';
import type { ClipRecord } from '@/utils/store/types';
import {
  BROWSER,
  highlightedTexts,
  ROOT,
  SEED_HTML,
  SEED_PATH,
  useExtension,
  type ExtensionFixture,
} from './harness';

const OTHER_PATH = '/bm/2021/notice.html';
const OTHER = JSON.parse(
  readFileSync(join(ROOT, 'tests/fixtures/pages/zh-ministry-notice/expected.json'), 'utf8'),
) as { title: string };
const OTHER_HTML = readFileSync(join(ROOT, 'tests/fixtures/pages/zh-ministry-notice/source.html'));
const FIRST_PASSAGE = '推进技术要素市场配置改革';
/** Near the end of the seed's text: the page must scroll to show it. */
const LATE_PASSAGE = '开展科技成果转化贷款风险补偿试点';

/** The panel's page in a window of its own, following the window of the tab `tabId`. */
async function openPanelFor(ext: ExtensionFixture, tabId: number): Promise<Tab> {
  const windowId = await ext.browser.inExtension(async (api, id) => (await api.tabs.get(id)).windowId, tabId);
  return ext.browser.waitForNewTab(() =>
    ext.browser.inExtension(
      (api, w) => api.windows.create({ url: api.runtime.getURL(`/sidepanel.html?windowId=${w}` as '/') }),
      windowId,
    ),
  );
}

const panelTitle = (panel: Tab): Promise<string | null> =>
  panel
    .testId('article-title')
    .text(500)
    .catch(() => null);
const panelQuotes = (panel: Tab): Promise<string[]> =>
  panel.find('[data-testid="page-highlight"] .highlight-quote').texts();
const clipIds = async (ext: ExtensionFixture): Promise<string[]> =>
  (await ext.browser.readStore<ClipRecord>('clips')).map((c) => c.id);

describe('side panel', () => {
  const ext = useExtension({ [SEED_PATH]: { body: SEED_HTML }, [OTHER_PATH]: { body: OTHER_HTML } });

  it('is declared with its shortcut', async () => {
    const manifest = JSON.parse(
      readFileSync(
        join(
          ROOT,
          BROWSER === 'chromium' ? '.output/chrome-mv3-e2e' : '.output/firefox-mv2-e2e',
          'manifest.json',
        ),
        'utf8',
      ),
    );
    const shortcuts = await ext.browser.shortcuts();
    if (BROWSER === 'chromium') {
      expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
      expect(shortcuts['open-side-panel']).toBe('Alt+Shift+L');
    } else {
      expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
      expect(shortcuts._execute_sidebar_action).toBe('Alt+Shift+L');
    }
  });

  it('follows the active tab, and is live both ways with the page', async () => {
    const seed = await ext.browser.openPage(ext.server.url(SEED_PATH));
    await seed.setViewport(900, 320);
    const seedTab = await ext.browser.tabIdOf(seed);
    const other = await ext.browser.openPage(ext.server.url(OTHER_PATH));
    const otherTab = await ext.browser.tabIdOf(other);
    const panel = await openPanelFor(ext, otherTab);
    await expect.poll(() => panelTitle(panel), { timeout: 15_000 }).toBe(OTHER.title);

    // Switching tabs shows the other article.
    await seed.bringToFront();
    await expect.poll(() => panelTitle(panel), { timeout: 15_000 }).toContain('科技成果转化');

    // A highlight made in the page with the shortcut appears in the panel at once.
    await seed.selectText(LATE_PASSAGE);
    await ext.browser.browserEvent('command', 'highlight-selection', seedTab);
    await expect.poll(() => panelQuotes(panel), { timeout: 15_000 }).toEqual([LATE_PASSAGE]);

    // Clicking it in the panel scrolls the page to it.
    await seed.evaluate(() => window.scrollTo(0, 0));
    await panel.testId('show-in-page').click();
    await expect.poll(() => seed.evaluate(() => window.scrollY)).toBeGreaterThan(0);

    // Clicking it in the page (a trusted click) selects it in the panel.
    await seed.bringToFront();
    const point = await seed.evaluate((text) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n.nodeValue ?? '').indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at + 2);
        range.setEnd(n, at + 3);
        const r = range.getBoundingClientRect();
        return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
      }
      return null;
    }, LATE_PASSAGE);
    await seed.clickAt(point!.x, point!.y);
    const [id] = await clipIds(ext);
    await expect
      .poll(() =>
        panel
          .find('[aria-current="true"]')
          .attr('data-clip-id', 500)
          .catch(() => null),
      )
      .toBe(id);

    // Deleting it in the panel removes it from the page.
    await panel.testId('delete-highlight').click();
    await expect.poll(() => highlightedTexts(seed)).toEqual([]);
    await expect.poll(() => panelQuotes(panel)).toEqual([]);

    // A navigation in the followed tab shows the new page.
    await seed.goto(ext.server.url(OTHER_PATH));
    await expect.poll(() => panelTitle(panel), { timeout: 15_000 }).toBe(OTHER.title);
    for (const tab of [panel, seed, other]) await tab.close();
  });
});

describe('saved copy', () => {
  const ext = useExtension({ [SEED_PATH]: { body: SEED_HTML } });
  // A server that counts every request: what a hostile copy would load comes here.
  let hits: string[] = [];
  let beacon = '';
  let closeBeacon: () => void = () => undefined;
  beforeAll(async () => {
    const server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'text/plain' }).end('x');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    beacon = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    closeBeacon = () => {
      server.closeAllConnections();
      server.close();
    };
  });
  afterAll(() => closeBeacon());

  /** Clips the seed with two highlights, then makes its address answer 404. */
  async function clipSeedThenLoseIt(): Promise<void> {
    const page = await ext.browser.openPage(ext.server.url(SEED_PATH));
    const tabId = await ext.browser.tabIdOf(page);
    const popup = await ext.browser.openPopup(tabId);
    await popup.testId('save-clip').click();
    await expect.poll(async () => (await ext.browser.readStore('articles')).length).toBe(1);
    for (const [i, text] of [FIRST_PASSAGE, LATE_PASSAGE].entries()) {
      await page.selectText(text);
      await ext.browser.browserEvent('command', 'highlight-selection', tabId);
      await expect.poll(async () => (await clipIds(ext)).length).toBe(i + 1);
    }
    await popup.close();
    await page.close();
    ext.server.set(SEED_PATH, { body: 'gone', status: 404, type: 'text/plain' });
  }

  async function openCopyFromLibrary(): Promise<Tab> {
    const library = await ext.browser.openExtensionPage('/library.html');
    // The library's link (a relative address, target _blank). Neither driver sees a tab a link opens
    // from an extension page, so the test follows the link's own address.
    const href = await library.testId('read-saved-copy').first().attr('href');
    expect(href).toMatch(/^reader\.html\?article=/);
    const reader = await ext.browser.openExtensionPage(`/${href}`);
    await library.close();
    return reader;
  }

  const painted = (reader: Tab): Promise<string[]> => highlightedTexts(reader);

  it('shows the stored article with its highlights once the page is gone', async () => {
    await clipSeedThenLoseIt();
    const reader = await openCopyFromLibrary();
    await expect.poll(() => reader.testId('copy-title').text()).toContain('科技成果转化');
    expect(await reader.testId('copy-original').text()).toBe(ext.server.url(SEED_PATH));
    expect(await reader.testId('copy-text').text()).toContain(LATE_PASSAGE);
    await expect.poll(() => painted(reader)).toEqual([LATE_PASSAGE, FIRST_PASSAGE].sort());
    // Nothing in the copy can load anything.
    expect(
      await reader.find('[data-testid="copy-text"] :is(img, script, iframe, video, link, style)').count(),
    ).toBe(0);
    // The same editors as the popup: tag a highlight from the copy.
    const tagField = reader.find('[data-testid="page-highlight"] input').first();
    await tagField.fill('存档');
    await tagField.press('Enter');
    await expect
      .poll(async () => (await ext.browser.readStore<ClipRecord>('clips')).flatMap((c) => c.tags))
      .toContain('存档');
    await reader.close();
  });

  it('a hostile stored copy is inert: no script, no handler, no remote load, no script link', async () => {
    const hostile =
      `<p>前言</p><script>window.__pwned = 'script'</script>` +
      `<img src="${beacon}/img.png" onerror="window.__pwned = 'onerror'">` +
      `<p style="background:url(${beacon}/bg.png)" onmouseover="window.__pwned = 'hover'">正文</p>` +
      `<iframe src="${beacon}/frame.html"></iframe><style>@import url(${beacon}/s.css);</style>` +
      `<link rel="stylesheet" href="${beacon}/l.css"><video poster="${beacon}/p.jpg"></video>` +
      `<a href="javascript:window.__pwned='link'">链接</a><form action="${beacon}/f"><button>go</button></form>`;
    await ext.browser.inExtension(
      (_api, html) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('policy-clipper');
          open.onsuccess = () => {
            const tx = open.result.transaction('contents', 'readwrite');
            const contents = tx.objectStore('contents');
            const all = contents.getAll();
            all.onsuccess = () => {
              for (const record of all.result)
                contents.put({ ...record, contentHtml: html + record.contentHtml });
            };
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
      hostile,
    );
    hits = [];
    const reader = await openCopyFromLibrary();
    await expect.poll(() => reader.testId('copy-text').text()).toContain(LATE_PASSAGE);
    await expect.poll(() => painted(reader)).toEqual([LATE_PASSAGE, FIRST_PASSAGE].sort());
    const inside = (css: string): Promise<number> =>
      reader.find(`[data-testid="copy-text"] :is(${css})`).count();
    expect(await inside('script, img, iframe, style, link, video, form, button')).toBe(0);
    expect(await inside('[style], [onmouseover], [onerror]')).toBe(0);
    expect(await inside('a[href]')).toBe(0);
    expect(
      await reader.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null),
    ).toBeNull();
    expect(hits).toEqual([]);
    await reader.close();
  });

  it('a brief links the saved copy when the option is on, and the link opens it', async () => {
    const library = await ext.browser.openExtensionPage('/library.html');
    await library.testId('option-linkSavedCopy').check();
    await expect
      .poll(async () => {
        const stored = await ext.browser.inExtension((api) => api.storage.local.get('settings'));
        return (stored.settings as { brief?: { linkSavedCopy?: boolean } } | undefined)?.brief?.linkSavedCopy;
      })
      .toBe(true);
    await expect.poll(() => library.testId('clip-row').count()).toBeGreaterThan(0);
    await library.testId('select-all').click();
    await library.testId('export-brief').click();
    const brief = await ext.browser.waitForDownload(/\.md$/);
    const [id] = (await ext.browser.readStore<{ id: string }>('articles')).map((a) => a.id);
    const origin = await ext.browser.inExtension((api) => api.runtime.getURL('/').replace(/\/$/, ''));
    const link = `${origin}/reader.html?article=${encodeURIComponent(id!)}`;
    // After the original URL, in the brief's language (the seed is Chinese).
    expect(brief.text).toContain(`[存档副本](${link})`);
    expect(brief.text.indexOf(ext.server.url(SEED_PATH))).toBeLessThan(brief.text.indexOf('存档副本'));
    // The link is the reader's own address: followed, it shows the copy with its highlights.
    const reader = await ext.browser.openExtensionPage(link.slice(origin.length));
    await expect.poll(() => reader.testId('copy-text').text()).toContain(LATE_PASSAGE);
    await reader.close();
    await library.close();
  });
});
