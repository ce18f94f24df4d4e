/**
 * The side panel's and the saved copy's figures, in real Chromium with the release build (called from
 * `bench/ui.ts`, figures under `ui`). The panel page is opened in a window of its own following the
 * pages' window (`sidepanel.html?windowId=`), as the e2e suite does: automation cannot open the real
 * side panel, and the page, its tab events and its requests are the same.
 *
 * - `panelTabSwitchMs`: the panel activates another tab (`tabs.update`, timed inside the panel) → that
 *   page's article card rendered; median over switches between the pages (each analysed once before).
 * - `panel500HighlightsRenderMs`: 500 highlights on the seed page: their data arrived in the panel →
 *   the list's first screenful in the document (median of openings); `…AllMs`: → every item rendered.
 * - `savedCopyOpenMs`: the reader's navigation start → the stored copy shown with its highlights
 *   painted, for the largest page of the corpus (the 1 MB Wikipedia page) clipped with 3 highlights.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';

/** What this bench uses of the e2e harness's session and fixture server (loaded by `bench/ui.ts`). */
interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker(): Promise<Worker>;
  profileDir: string;
  downloadsDir: string;
  close(): Promise<void>;
}
interface FixtureServer {
  url(path: string): string;
  set(path: string, route: { body: string | Buffer }): void;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

/** The pages to switch between and the one whose copy is opened: the corpus's, else the fixtures'. */
export function panelPages(root: string, corpus: string | null): { switch: string[]; large: string } {
  const dir = corpus ? join(corpus, 'pages') : join(root, 'tests/fixtures/pages');
  const files = readdirSync(dir)
    .map((slug) => join(dir, slug, 'source.html'))
    .filter((f) => {
      try {
        return statSync(f).isFile();
      } catch {
        return false;
      }
    })
    .sort((a, b) => statSync(a).size - statSync(b).size);
  return { switch: files.slice(-6, -1), large: files[files.length - 1]! };
}

/** tsx names local functions with a `__name` helper the page does not have: give it one. */
const withNameHelper = async (page: Page): Promise<Page> => {
  await page.evaluate('globalThis.__name = (f) => f');
  return page;
};

async function panelFor(session: ExtensionSession, tabId: number): Promise<Page> {
  const sw = await session.worker();
  const windowId = await sw.evaluate(async (id) => (await chrome.tabs.get(id)).windowId, tabId);
  const opened = session.context.waitForEvent('page', (p) => p.url().includes('/sidepanel.html'));
  await sw.evaluate(
    (w) => chrome.windows.create({ url: chrome.runtime.getURL(`/sidepanel.html?windowId=${w}`) }),
    windowId,
  );
  const panel = await opened;
  await panel.waitForLoadState('domcontentloaded');
  return withNameHelper(panel);
}

const tabId = async (session: ExtensionSession, page: Page): Promise<number> => {
  const { tabIdOf } = await import('../tests/e2e/harness');
  return tabIdOf(session, page);
};

async function tabSwitches(
  session: ExtensionSession,
  server: FixtureServer,
  files: string[],
): Promise<number[]> {
  const tabs: number[] = [];
  for (const [i, file] of files.entries()) {
    server.set(`/switch-${i}.html`, { body: readFileSync(file) });
    const page = await session.context.newPage();
    await page.goto(server.url(`/switch-${i}.html`), { waitUntil: 'domcontentloaded' });
    tabs.push(await tabId(session, page));
  }
  const panel = await panelFor(session, tabs[tabs.length - 1]!);
  const switchTo = (id: number): Promise<number> =>
    panel.evaluate(
      (target) =>
        new Promise<number>((resolve) => {
          const before = performance.getEntriesByName('policy-clipper:article-card').length;
          const t0 = performance.now();
          const poll = (): void => {
            const marks = performance.getEntriesByName('policy-clipper:article-card');
            if (marks.length > before) resolve(marks[marks.length - 1]!.startTime - t0);
            // A page without an article shows no card: not a switch this figure can time.
            else if (performance.now() - t0 > 5_000) resolve(NaN);
            else requestAnimationFrame(poll);
          };
          void chrome.tabs.update(target, { active: true }).then(poll);
        }),
      id,
    );
  for (const id of tabs) await switchTo(id); // each page analysed once (what a reader has open)
  const times: number[] = [];
  for (let round = 0; round < 3; round++) for (const id of tabs) times.push(await switchTo(id));
  await panel.close();
  return times;
}

/** Puts `n` copies of the article's first clip (new ids, same passage) into the store, in the worker. */
async function multiplyClips(session: ExtensionSession, n: number): Promise<void> {
  const sw = await session.worker();
  await sw.evaluate(
    (count) =>
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
async function highlightParagraphs(
  session: ExtensionSession,
  page: Page,
  id: number,
  count: number,
): Promise<void> {
  const { openPopup, selectText } = await import('../tests/e2e/harness');
  const passages = await page.evaluate((n) => {
    // Passages inside one text node of a paragraph (what `selectText` can select).
    const ps = [...document.querySelectorAll('p')]
      .flatMap((p) => [...p.childNodes])
      .filter((c) => c.nodeType === 3 && (c.nodeValue ?? '').trim().length > 60)
      .map((c) => (c.nodeValue ?? '').trim());
    return Array.from({ length: n }, (_, i) => ps[Math.floor(((i + 1) * ps.length) / (n + 1))]!.slice(0, 40));
  }, count);
  const popup = await openPopup(session, id);
  for (const [i, text] of passages.entries()) {
    await selectText(page, text);
    await popup.locator('[data-testid="highlight-selection"]').click();
    await popup.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="page-highlight"]').length >= n,
      i + 1,
      { timeout: 20_000 },
    );
  }
  await popup.close();
}

export async function panelFigures(
  session: ExtensionSession,
  server: FixtureServer,
  pages: { switch: string[]; large: string },
): Promise<Record<string, number | string>> {
  const switches = (await tabSwitches(session, server, pages.switch)).filter((t) => !Number.isNaN(t));
  const figures: Record<string, number | string> = {
    panelTabSwitchMs: +median(switches).toFixed(1),
    panelTabSwitchMaxMs: +Math.max(...switches).toFixed(1),
    panelTabSwitchPages: pages.switch.length,
  };

  // 500 highlights on the seed page.
  const seed = await session.context.newPage();
  await seed.goto(server.url('/seed.html'));
  const seedTab = await tabId(session, seed);
  await highlightParagraphs(session, seed, seedTab, 1);
  await multiplyClips(session, 500);
  const firstScreen: number[] = [];
  const all: number[] = [];
  for (let i = 0; i < 5; i++) {
    const panel = await panelFor(session, seedTab);
    const timing = await panel.waitForFunction(
      () => {
        const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime;
        const loaded = at('policy-clipper:clips-loaded');
        const first = at('policy-clipper:highlights-rendered');
        const done = at('policy-clipper:highlights-all-rendered');
        return loaded !== undefined && first !== undefined && done !== undefined
          ? { first: first - loaded, all: done - loaded }
          : null;
      },
      undefined,
      { timeout: 30_000 },
    );
    const t = (await timing.jsonValue()) as { first: number; all: number };
    firstScreen.push(t.first);
    all.push(t.all);
    await panel.close();
  }
  figures.panel500HighlightsRenderMs = +median(firstScreen).toFixed(1);
  figures.panel500HighlightsAllMs = +median(all).toFixed(1);

  // The largest page's saved copy.
  server.set('/large.html', { body: readFileSync(pages.large) });
  const large = await session.context.newPage();
  await large.goto(server.url('/large.html'), { waitUntil: 'domcontentloaded' });
  const largeTab = await tabId(session, large);
  await highlightParagraphs(session, large, largeTab, 3);
  const sw = await session.worker();
  const articleId = await sw.evaluate(
    (url) =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('policy-clipper');
        open.onsuccess = () => {
          const req = open.result.transaction('articles').objectStore('articles').getAll();
          req.onsuccess = () =>
            resolve(req.result.find((a: { originalUrl: string }) => a.originalUrl === url)?.id);
        };
      }),
    server.url('/large.html'),
  );
  const opens: number[] = [];
  for (let i = 0; i < 5; i++) {
    const reader = await session.context.newPage();
    await reader.goto(`chrome-extension://${session.extensionId}/reader.html?article=${articleId}`);
    const painted = await reader.waitForFunction(
      () => performance.getEntriesByName('policy-clipper:saved-copy-painted')[0]?.startTime ?? null,
      undefined,
      { timeout: 30_000 },
    );
    opens.push((await painted.jsonValue()) as number);
    await reader.close();
  }
  figures.savedCopyOpenMs = +median(opens).toFixed(1);
  figures.savedCopyBytes = statSync(pages.large).size;
  return figures;
}
