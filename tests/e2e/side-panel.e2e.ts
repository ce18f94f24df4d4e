/**
 * The side panel and the saved copy, in real Chromium. Automation cannot open Chrome's real side panel
 * (`sidePanel.open` needs a user gesture that no test can give), so the panel's own page is opened in a
 * window of its own, told which window to follow (`sidepanel.html?windowId=…`): the same page, the same
 * tab events. That the real API is declared and wired is checked through the manifest and the commands.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ClipRecord } from '@/utils/store/types';
import {
  EXTENSION_DIR,
  highlightedTexts,
  openPopup,
  readStore,
  ROOT,
  SEED_HTML,
  SEED_PATH,
  selectText,
  tabIdOf,
  useExtension,
  type ExtensionFixture,
} from './harness';

const OTHER_PATH = '/bm/2021/notice.html';
const OTHER = JSON.parse(
  readFileSync(join(ROOT, 'tests/fixtures/pages/zh-ministry-notice/expected.json'), 'utf8'),
) as { title: string };
const OTHER_HTML = readFileSync(join(ROOT, 'tests/fixtures/pages/zh-ministry-notice/source.html'));
/** Near the end of the seed's text: the page must scroll to show it. */
const LATE_PASSAGE = '开展科技成果转化贷款风险补偿试点';

async function browserCommand(ext: ExtensionFixture, name: string, tabId: number): Promise<void> {
  const sw = await ext.session.worker();
  await sw.evaluate(
    ([n, id]) => {
      const events = (
        globalThis as unknown as Record<string, Record<string, (x: unknown, t: unknown) => void>>
      ).policyClipperBrowserEvents!;
      events.command!(n, { id });
    },
    [name, tabId] as const,
  );
}

/** The panel's page in a window of its own, following the active tab of `page`'s window. */
async function openPanelFor(ext: ExtensionFixture, page: Page): Promise<Page> {
  const tabId = await tabIdOf(ext.session, page);
  const sw = await ext.session.worker();
  const windowId = await sw.evaluate(async (id) => (await chrome.tabs.get(id)).windowId, tabId);
  const opened = ext.session.context.waitForEvent('page', (p) => p.url().includes('/sidepanel.html'));
  await sw.evaluate(
    (w) => chrome.windows.create({ url: chrome.runtime.getURL(`/sidepanel.html?windowId=${w}`) }),
    windowId,
  );
  return opened;
}

const panelTitle = (panel: Page): Promise<string | null> =>
  panel
    .locator('[data-testid="article-title"]')
    .textContent({ timeout: 500 })
    .catch(() => null);
const panelQuotes = (panel: Page): Promise<string[]> =>
  panel.locator('[data-testid="page-highlight"] .highlight-quote').allTextContents();

describe('side panel', () => {
  const ext = useExtension({ [SEED_PATH]: { body: SEED_HTML }, [OTHER_PATH]: { body: OTHER_HTML } });

  it('is declared for Chrome with its permission and shortcut', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(manifest.permissions).toContain('sidePanel');
    expect(manifest.commands['open-side-panel'].suggested_key.default).toBe('Alt+Shift+P');
  });

  it('follows the active tab, and is live both ways with the page', async () => {
    const { context } = ext.session;
    const seed = await context.newPage();
    await seed.setViewportSize({ width: 900, height: 320 });
    await seed.goto(ext.server.url(SEED_PATH));
    const seedTab = await tabIdOf(ext.session, seed);
    const other = await context.newPage();
    await other.goto(ext.server.url(OTHER_PATH));
    const panel = await openPanelFor(ext, other);
    await expect.poll(() => panelTitle(panel), { timeout: 10_000 }).toBe(OTHER.title);

    // Switching tabs shows the other article.
    await seed.bringToFront();
    await expect.poll(() => panelTitle(panel), { timeout: 10_000 }).toContain('科技成果转化');

    // A highlight made in the page with the shortcut appears in the panel at once.
    await selectText(seed, LATE_PASSAGE);
    await browserCommand(ext, 'highlight-selection', seedTab);
    await expect.poll(() => panelQuotes(panel), { timeout: 10_000 }).toEqual([LATE_PASSAGE]);

    // Clicking it in the panel scrolls the page to it.
    await seed.evaluate(() => window.scrollTo(0, 0));
    await panel.locator('[data-testid="show-in-page"]').click();
    await expect.poll(() => seed.evaluate(() => window.scrollY)).toBeGreaterThan(0);

    // Clicking it in the page (a trusted click) selects it in the panel.
    const box = await seed.evaluate((text) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n.nodeValue ?? '').indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at + 2);
        range.setEnd(n, at + 3);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    }, LATE_PASSAGE);
    await seed.mouse.click(box!.x, box!.y);
    await expect
      .poll(() =>
        panel
          .locator('[aria-current="true"]')
          .getAttribute('data-clip-id', { timeout: 500 })
          .catch(() => null),
      )
      .toBe((await readStore<ClipRecord>(ext.session, 'clips'))[0]!.id);

    // Deleting it in the panel removes it from the page.
    await panel.locator('[data-testid="delete-highlight"]').click();
    await expect.poll(() => highlightedTexts(seed)).toEqual([]);
    await expect.poll(() => panelQuotes(panel)).toEqual([]);

    // A navigation in the followed tab shows the new page.
    await seed.goto(ext.server.url(OTHER_PATH));
    await expect.poll(() => panelTitle(panel), { timeout: 10_000 }).toBe(OTHER.title);
    await Promise.all([seed.close(), other.close(), panel.close()]);
  });
});

describe('saved copy', () => {
  const ext = useExtension({ [SEED_PATH]: { body: SEED_HTML } });

  /** Clips the seed with two highlights, then makes its address answer 404. */
  async function clipSeedThenLoseIt(): Promise<void> {
    const page = await ext.session.context.newPage();
    await page.goto(ext.server.url(SEED_PATH));
    const tabId = await tabIdOf(ext.session, page);
    const popup = await openPopup(ext.session, tabId);
    await popup.locator('[data-testid="save-clip"]').click();
    await expect.poll(async () => (await readStore(ext.session, 'articles')).length).toBe(1);
    for (const [i, text] of ['推进技术要素市场配置改革', LATE_PASSAGE].entries()) {
      await selectText(page, text);
      await browserCommand(ext, 'highlight-selection', tabId);
      await expect.poll(async () => (await readStore(ext.session, 'clips')).length).toBe(i + 1);
    }
    await Promise.all([popup.close(), page.close()]);
    ext.server.set(SEED_PATH, { body: 'gone', status: 404, type: 'text/plain' });
  }

  /** Opens the copy from the library; every request the reader makes is recorded. */
  async function openCopyFromLibrary(): Promise<{ reader: Page; requests: string[] }> {
    const { context, extensionId } = ext.session;
    const library = await context.newPage();
    await library.goto(`chrome-extension://${extensionId}/library.html`);
    const opened = context.waitForEvent('page', (p) => p.url().includes('/reader.html'));
    await library.locator('[data-testid="read-saved-copy"]').first().click();
    const reader = await opened;
    const requests: string[] = [];
    reader.on('request', (r) => requests.push(r.url()));
    await reader.waitForLoadState();
    await library.close();
    return { reader, requests };
  }

  const painted = (reader: Page): Promise<string[]> =>
    reader.evaluate(() => {
      const out: string[] = [];
      for (const [name, h] of CSS.highlights as unknown as Map<string, Highlight>)
        if (name.startsWith('pc-')) for (const r of h) out.push((r as Range).toString());
      return out.sort();
    });

  it('shows the stored article with its highlights once the page is gone, and loads nothing', async () => {
    await clipSeedThenLoseIt();
    const { reader, requests } = await openCopyFromLibrary();
    await expect
      .poll(() => reader.locator('[data-testid="copy-title"]').textContent())
      .toContain('科技成果转化');
    expect(await reader.locator('[data-testid="copy-original"]').textContent()).toBe(
      ext.server.url(SEED_PATH),
    );
    expect(await reader.locator('[data-testid="copy-text"]').textContent()).toContain(LATE_PASSAGE);
    await expect.poll(() => painted(reader)).toEqual([LATE_PASSAGE, '推进技术要素市场配置改革'].sort());
    // The same editors as the popup: tag a highlight from the copy.
    await reader.locator('[data-testid="page-highlight"] input').first().fill('存档');
    await reader.locator('[data-testid="page-highlight"] input').first().press('Enter');
    await expect
      .poll(async () => (await readStore<ClipRecord>(ext.session, 'clips')).flatMap((c) => c.tags))
      .toContain('存档');
    expect(requests.filter((u) => /^https?:/.test(u))).toEqual([]);
    await reader.close();
  });

  it('a hostile stored copy is inert: no script, no handler, no remote load, no script link', async () => {
    const origin = ext.server.origin;
    const hostile =
      `<p>前言</p><script>window.__pwned = 'script'</script>` +
      `<img src="${origin}/beacon.png" onerror="window.__pwned = 'onerror'">` +
      `<p style="background:url(${origin}/bg.png)" onmouseover="window.__pwned = 'hover'">正文</p>` +
      `<iframe src="${origin}/frame.html"></iframe><style>@import url(${origin}/s.css);</style>` +
      `<a href="javascript:window.__pwned='link'">链接</a><form action="${origin}/f"><button>go</button></form>`;
    const sw = await ext.session.worker();
    await sw.evaluate(
      (html) =>
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
    const { reader, requests } = await openCopyFromLibrary();
    const text = reader.locator('[data-testid="copy-text"]');
    await expect.poll(() => text.textContent()).toContain(LATE_PASSAGE);
    await text.locator('p').first().hover();
    expect(await text.locator('script, img, iframe, style, form, button').count()).toBe(0);
    expect(await text.locator('[style], [onmouseover], [onerror]').count()).toBe(0);
    expect(await text.locator('a[href]').count()).toBe(0);
    expect(
      await reader.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null),
    ).toBeNull();
    await expect.poll(() => painted(reader)).toEqual([LATE_PASSAGE, '推进技术要素市场配置改革'].sort());
    expect(requests.filter((u) => u.startsWith(origin))).toEqual([]);
    await reader.close();
  });
});
