/**
 * The side panel's and the saved copy's figures, in a real browser with the release build (called from
 * `bench/ui.ts`, figures under `ui`). The panel page is opened in a window of its own following the
 * pages' window (`sidepanel.html?windowId=`), as the e2e suite does: automation cannot open the real
 * side panel, and the page, its tab events and its requests are the same.
 *
 * - `panelTabSwitchMs`: the panel activates another tab (`tabs.update`, timed inside the panel) → that
 *   page's article card rendered; median over 3 rounds of switches between 5 corpus pages (each
 *   analysed once before, as pages a reader has open are).
 * - `panel500HighlightsRenderMs`: 500 highlights on the seed page: their data arrived in the panel →
 *   the list's first screenful in the document (median of 5 openings); `…AllMs`: → every item rendered;
 *   `panel500ScrollLongestFrameMs`: then scrolling the list top to bottom, 120 px a frame, the longest
 *   frame (median of the 5 openings; 16.7 ms is a smooth 60 Hz).
 * - `savedCopyOpenMs`: the reader's navigation start → the stored copy shown with its highlights
 *   painted, for the largest page of the corpus (the 1 MB Wikipedia page) clipped with 3 highlights;
 *   `savedCopyTextShownMs`: → the copy's text in the document (before anchoring and painting);
 *   `savedCopyDrawnMs`: → the end of the frame that draws it (style, layout and paint included).
 *
 * Corpus pages are served with a CSP that blocks their remote resources (no network here: a page
 * waiting on them would never finish loading); their text, which is what is measured, is unchanged.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserSession, Tab } from '@/tests/support/driver';
import type { FixtureServer } from '@/tests/support/fixture-server';
import { median } from './stats';

/** The pages to switch between and the one whose copy is opened: the corpus's, else the fixtures'. */
export function panelPages(root: string, corpus: string | null): { switch: string[]; large: string } {
  const dir = corpus ? join(corpus, 'pages') : join(root, 'tests/fixtures/pages');
  const files = readdirSync(dir)
    .map((slug) => join(dir, slug, 'source.html'))
    .filter((f) => statSync(f, { throwIfNoEntry: false })?.isFile())
    .sort((a, b) => statSync(a).size - statSync(b).size);
  return { switch: files.slice(-6, -1), large: files[files.length - 1]! };
}

// No request leaves the machine, and the saved page's own scripts do not run: a corpus page's inline
// scripts can hold its load event for good (zh-163's did, timing the whole area out).
const OFFLINE = `<meta http-equiv="Content-Security-Policy" content="default-src 'self' data:; style-src 'self' 'unsafe-inline' data:; script-src 'none'">`;
const offline = (file: string): string => {
  const html = readFileSync(file, 'latin1');
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (h) => h + OFFLINE) : OFFLINE + html;
};

async function panelFor(browser: BrowserSession, tabId: number): Promise<Tab> {
  const windowId = await browser.inExtension(async (api, id) => (await api.tabs.get(id)).windowId, tabId);
  return browser.waitForNewTab(() =>
    browser.inExtension(
      (api, w) => api.windows.create({ url: api.runtime.getURL(`/sidepanel.html?windowId=${w}` as '/') }),
      windowId,
    ),
  );
}

async function tabSwitches(
  browser: BrowserSession,
  server: FixtureServer,
  files: string[],
): Promise<number[]> {
  const tabs: number[] = [];
  for (const [i, file] of files.entries()) {
    server.set(`/switch-${i}.html`, { body: Buffer.from(offline(file), 'latin1') });
    tabs.push(await browser.tabIdOf(await browser.openPage(server.url(`/switch-${i}.html`))));
  }
  const panel = await panelFor(browser, tabs[tabs.length - 1]!);
  const switchTo = (id: number): Promise<number> =>
    panel.evaluate(
      (target) =>
        new Promise<number>((resolve) => {
          const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
          const before = performance.getEntriesByName('policy-clipper:article-card').length;
          const t0 = performance.now();
          const poll = (): void => {
            const marks = performance.getEntriesByName('policy-clipper:article-card');
            if (marks.length > before) resolve(marks[marks.length - 1]!.startTime - t0);
            // A page without an article shows no card: not a switch this figure can time.
            else if (performance.now() - t0 > 5_000) resolve(NaN);
            else requestAnimationFrame(poll);
          };
          void api.tabs.update(target, { active: true }).then(poll);
        }),
      id,
    );
  for (const id of tabs) await switchTo(id);
  const times: number[] = [];
  for (let round = 0; round < 3; round++) for (const id of tabs) times.push(await switchTo(id));
  await panel.close();
  return times.filter((t) => !Number.isNaN(t));
}

/** Puts `n - 1` copies of the first clip (new ids, same passage) into the store. */
function multiplyClips(browser: BrowserSession, n: number): Promise<void> {
  return browser.inExtension(
    (_api, count) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('policy-clipper');
        open.onsuccess = () => {
          const tx = open.result.transaction('clips', 'readwrite');
          const clips = tx.objectStore('clips');
          const first = clips.getAll();
          first.onsuccess = () => {
            const base = first.result[0];
            for (let i = 1; i < count; i++)
              clips.put({ ...base, id: `bench-${i}`, createdAt: base.createdAt + i, note: `note ${i}` });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    n,
  );
}

/** Highlights `count` passages of `page` the way a user does from the popup (select, click). */
async function highlightParagraphs(browser: BrowserSession, page: Tab, count: number): Promise<void> {
  const passages = await page.evaluate((n) => {
    // Passages inside one text node of a paragraph (what `selectText` can select).
    const ps = [...document.querySelectorAll('p')]
      .flatMap((p) => [...p.childNodes])
      .filter((c) => c.nodeType === 3 && (c.nodeValue ?? '').trim().length > 60)
      .map((c) => (c.nodeValue ?? '').trim());
    return Array.from({ length: n }, (_, i) => ps[Math.floor(((i + 1) * ps.length) / (n + 1))]!.slice(0, 40));
  }, count);
  const popup = await browser.openPopup(page);
  for (const [i, text] of passages.entries()) {
    await page.selectText(text);
    await popup.testId('highlight-selection').click();
    const deadline = Date.now() + 20_000;
    while ((await popup.testId('page-highlight').count()) < i + 1) {
      if (Date.now() > deadline) throw new Error(`Highlight ${i + 1} was not saved`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  await popup.close();
}

/**
 * Scrolls the panel's list of highlights from top to bottom, 120 px a frame (a brisk wheel), and gives
 * the longest frame seen (ms between animation frames; 16.7 is smooth at 60 Hz).
 */
function scrollThroughList(panel: Tab): Promise<number> {
  return panel.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const item = document.querySelector('[data-testid="page-highlight"]');
        let box: Element | null = item?.parentElement ?? null;
        const scrolls = (e: Element): boolean =>
          e.scrollHeight > e.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(e).overflowY);
        while (box && !scrolls(box)) box = box.parentElement;
        const scroller = box ?? document.scrollingElement ?? document.documentElement;
        scroller.scrollTop = 0;
        let last = performance.now();
        let longest = 0;
        const frame = (t: number): void => {
          longest = Math.max(longest, t - last);
          last = t;
          const end = scroller.scrollHeight - scroller.clientHeight;
          if (scroller.scrollTop >= end - 1) return resolve(longest);
          scroller.scrollTop = Math.min(end, scroller.scrollTop + 120);
          requestAnimationFrame(frame);
        };
        requestAnimationFrame((t) => {
          last = t;
          requestAnimationFrame(frame);
        });
      }),
  );
}

async function waitForValue<T>(read: () => Promise<T | null>, what: string): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await read();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not seen in 30 s`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function panelFigures(
  browser: BrowserSession,
  server: FixtureServer,
  pages: { switch: string[]; large: string },
): Promise<Record<string, number>> {
  const switches = await tabSwitches(browser, server, pages.switch);
  const figures: Record<string, number> = {
    panelTabSwitchMs: +median(switches).toFixed(1),
    panelTabSwitchMaxMs: +Math.max(...switches).toFixed(1),
    panelTabSwitches: switches.length,
  };

  // 500 highlights on the seed page.
  const seed = await browser.openPage(server.url('/seed.html'));
  const seedTab = await browser.tabIdOf(seed);
  await highlightParagraphs(browser, seed, 1);
  await multiplyClips(browser, 500);
  const firstScreen: number[] = [];
  const all: number[] = [];
  const longestFrames: number[] = [];
  for (let i = 0; i < 5; i++) {
    const panel = await panelFor(browser, seedTab);
    const t = await waitForValue(
      () =>
        panel.evaluate(() => {
          const at = (name: string): number | undefined => performance.getEntriesByName(name)[0]?.startTime;
          const loaded = at('policy-clipper:clips-loaded');
          const first = at('policy-clipper:highlights-rendered');
          const done = at('policy-clipper:highlights-all-rendered');
          return loaded !== undefined && first !== undefined && done !== undefined
            ? { first: first - loaded, all: done - loaded }
            : null;
        }),
      '500 highlights in the panel',
    );
    firstScreen.push(t.first);
    all.push(t.all);
    longestFrames.push(await scrollThroughList(panel));
    await panel.close();
  }
  figures.panel500HighlightsRenderMs = +median(firstScreen).toFixed(1);
  figures.panel500HighlightsAllMs = +median(all).toFixed(1);
  figures.panel500ScrollLongestFrameMs = +median(longestFrames).toFixed(1);

  // The largest page's saved copy.
  server.set('/large.html', { body: Buffer.from(offline(pages.large), 'latin1') });
  const large = await browser.openPage(server.url('/large.html'));
  await browser.tabIdOf(large);
  await highlightParagraphs(browser, large, 3);
  const articles = await browser.readStore<{ id: string; originalUrl: string }>('articles');
  const articleId = articles.find((a) => a.originalUrl === server.url('/large.html'))!.id;
  const opens: number[] = [];
  const shown: number[] = [];
  const drawn: number[] = [];
  for (let i = 0; i < 5; i++) {
    const reader = await browser.openExtensionPage(`/reader.html?article=${encodeURIComponent(articleId)}`);
    opens.push(
      await waitForValue(
        () =>
          reader.evaluate(
            () => performance.getEntriesByName('policy-clipper:saved-copy-painted')[0]?.startTime ?? null,
          ),
        'the saved copy painted',
      ),
    );
    drawn.push(
      await waitForValue(
        () =>
          reader.evaluate(
            () => performance.getEntriesByName('policy-clipper:saved-copy-drawn')[0]?.startTime ?? null,
          ),
        'the saved copy drawn',
      ),
    );
    shown.push(
      await reader.evaluate(
        () => performance.getEntriesByName('policy-clipper:saved-copy-shown')[0]?.startTime ?? NaN,
      ),
    );
    await reader.close();
  }
  figures.savedCopyOpenMs = +median(opens).toFixed(1);
  figures.savedCopyTextShownMs = +median(shown).toFixed(1);
  figures.savedCopyDrawnMs = +median(drawn).toFixed(1);
  figures.savedCopyPageBytes = statSync(pages.large).size;
  return figures;
}
