/**
 * Real-browser harness: Chromium with the freshly built extension loaded unpacked, fixture pages served
 * from a local HTTP server, and helpers to open the popup on a given tab and read the background's
 * IndexedDB. No network: every page comes from 127.0.0.1.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_FLAGS, chromePath } from '@/tests/support/browser-path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The build the suite loads (`--mode e2e`: the release's manifest plus the background's test hooks). */
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3-e2e');
/** The build `npm run build` makes, as released. */
export const RELEASE_DIR = join(ROOT, '.output/chrome-mv3');

export interface Route {
  body: string | Buffer;
  type?: string;
  status?: number;
}

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Serve `body` at `path` (replacing what was there): lets a test change a page between visits. */
  set(path: string, route: Route): void;
  close(): Promise<void>;
}

export async function serve(routes: Record<string, Route> = {}): Promise<FixtureServer> {
  const table = new Map(Object.entries(routes));
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const route = table.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res
      .writeHead(route.status ?? 200, {
        'content-type': route.type ?? 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      })
      .end(route.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + path,
    set: (path, route) => void table.set(path, route),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The background service worker (re-read after it was stopped: it comes back as a new Worker). */
  worker(): Promise<Worker>;
  profileDir: string;
  downloadsDir: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** UI language (`en`, `zh-CN`). */
  lang?: string;
  /** Keep using an existing profile (e.g. to check data survives a restart). */
  profileDir?: string;
  colorScheme?: 'light' | 'dark';
  /** The unpacked extension to load: the suite's build unless said (the bench loads the release). */
  extensionDir?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const executablePath = chromePath();
  if (!executablePath) throw new Error('No Chromium: set CHROME_PATH or install Debian chromium.');
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const profileDir = options.profileDir ?? mkdtempSync(join(ROOT, '.tmp/profile-'));
  const downloadsDir = mkdtempSync(join(ROOT, '.tmp/downloads-'));
  const lang = options.lang ?? 'en';
  mkdirSync(join(profileDir, 'Default'), { recursive: true });
  const prefsFile = join(profileDir, 'Default/Preferences');
  if (!existsSync(prefsFile)) {
    const prefs = {
      download: { default_directory: downloadsDir, prompt_for_download: false, directory_upgrade: true },
    };
    writeFileSync(prefsFile, JSON.stringify(prefs));
  }
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    locale: lang,
    colorScheme: options.colorScheme ?? 'light',
    args: [
      `--disable-extensions-except=${options.extensionDir ?? EXTENSION_DIR}`,
      `--load-extension=${options.extensionDir ?? EXTENSION_DIR}`,
      `--lang=${lang}`,
      ...CHROMIUM_FLAGS,
    ],
    env: { ...process.env, LANGUAGE: lang.replace('-', '_') },
  });
  // Downloads started by the extension must keep the file name it chose: give the browser its normal
  // download behaviour back (Playwright renames files to GUIDs), into a folder of the profile's prefs.
  const cdp = await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(first.url()).host;
  // After the worker was stopped Playwright may still list the old one: use the first that answers,
  // and wake the worker (a message from an extension page does) when none does.
  const answers = (w: Worker): Promise<boolean> => w.evaluate(() => true).catch(() => false);
  const worker = async (): Promise<Worker> => {
    for (const w of context
      .serviceWorkers()
      .filter((x) => x.url().includes(extensionId))
      .reverse()) {
      if (await answers(w)) return w;
    }
    const waking = context.waitForEvent('serviceworker');
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=999999`).catch(() => undefined);
    const woken = await waking;
    await page.close();
    return woken;
  };
  return {
    context,
    extensionId,
    worker,
    profileDir,
    downloadsDir,
    close: async () => {
      await context.close();
      if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
      rmSync(downloadsDir, { recursive: true, force: true });
    },
  };
}

/** The tab id Chromium gave to `page`: brought to the front, it is the active tab (URLs can repeat). */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  await page.bringToFront();
  const sw = await session.worker();
  const url = page.url();
  const id = await sw.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab && tab.url === u ? (tab.id as number) : null;
  }, url);
  if (id === null) throw new Error(`The active tab is not ${url}`);
  return id;
}

/** Open the popup UI in its own tab, bound to the tab `target` (as if opened over it). */
export async function openPopup(session: ExtensionSession, target: Page | number): Promise<Page> {
  const tabId = typeof target === 'number' ? target : await tabIdOf(session, target);
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** Every record of one object store of the background's database, read inside the service worker. */
export async function readStore<T = unknown>(session: ExtensionSession, storeName: string): Promise<T[]> {
  const sw = await session.worker();
  return sw.evaluate(
    (name) =>
      new Promise<unknown[]>((res, rej) => {
        const open = indexedDB.open('policy-clipper');
        open.onerror = () => rej(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => {
            res(req.result);
            db.close();
          };
          req.onerror = () => rej(req.error);
        };
      }),
    storeName,
  ) as Promise<T[]>;
}

export interface DownloadedFile {
  /** The file name the extension asked for (as saved on disk). */
  name: string;
  path: string;
  text: string;
}

/** The newest completed download whose name matches, read from disk (waits for it to complete). */
export async function downloadedFile(
  session: ExtensionSession,
  pattern: RegExp,
  timeoutMs = 15_000,
): Promise<DownloadedFile> {
  const sw = await session.worker();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const items: { filename: string; state: string }[] = await sw.evaluate(() =>
      chrome.downloads.search({ orderBy: ['-startTime'] }),
    );
    const done = items.find((d) => d.state === 'complete' && pattern.test(d.filename));
    if (done) {
      const name = done.filename.split(/[\\/]/).pop() ?? '';
      return { name, path: done.filename, text: readFileSync(done.filename, 'utf8') };
    }
    if (Date.now() > deadline)
      throw new Error(`No completed download matching ${pattern}: ${JSON.stringify(items)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Selects the `occurrence`-th (0-based) occurrence of `text` in the page, as a user would with the mouse. */
export async function selectText(page: Page, text: string, occurrence = 0): Promise<void> {
  const ok = await page.evaluate(
    ([needle, nth]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        let from = 0;
        for (;;) {
          const at = (n.nodeValue ?? '').indexOf(needle, from);
          if (at < 0) break;
          if (seen++ === nth) {
            const range = document.createRange();
            range.setStart(n, at);
            range.setEnd(n, at + needle.length);
            const sel = getSelection()!;
            sel.removeAllRanges();
            sel.addRange(range);
            return true;
          }
          from = at + 1;
        }
      }
      return false;
    },
    [text, occurrence] as const,
  );
  if (!ok) throw new Error(`Text not found in page: ${text}`);
}

/** The texts the page currently shows as Policy Clipper highlights (read from `CSS.highlights`). */
export async function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('pc-')) return;
      highlight.forEach((range) => out.push((range as Range).toString()));
    });
    return out.sort();
  });
}

/** The seed page (Chinese policy news in real site chrome), served at its gold URL's path. */
export const SEED_PATH = '/news/policy/2021/0510.html';
export const SEED_HTML = readFileSync(
  join(ROOT, 'tests/fixtures/pages/seed-policy-article-zh/source.html'),
  'utf8',
);
export const SEED_GOLD = JSON.parse(
  readFileSync(join(ROOT, 'tests/fixtures/pages/seed-policy-article-zh/gold.json'), 'utf8'),
);

export interface ExtensionFixture {
  readonly session: ExtensionSession;
  readonly server: FixtureServer;
}

/**
 * For the enclosing suite: a fixture server with `routes` and Chromium with the extension, started
 * before its tests and closed after them.
 */
export function useExtension(routes: Record<string, Route>, options: LaunchOptions = {}): ExtensionFixture {
  let session: ExtensionSession | undefined;
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await serve(routes);
    session = await launch(options);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useExtension: used outside a test');
    return value;
  };
  return {
    get session() {
      return started(session);
    },
    get server() {
      return started(server);
    },
  };
}

/** The UI strings of a locale (`en`, `zh_CN`), to check what the user reads in either language. */
export function localeMessages(locale: string): Record<string, { message: string }> {
  return JSON.parse(readFileSync(join(ROOT, `public/_locales/${locale}/messages.json`), 'utf8')) as Record<
    string,
    { message: string }
  >;
}

/** The browser languages the e2e suites run the UI in, with the `_locales` folder each one reads. */
export const UI_LANGUAGES = [
  { lang: 'en', locale: 'en' },
  { lang: 'zh-CN', locale: 'zh_CN' },
] as const;

/**
 * The in-page UI frames (an extension page inside the page): the one showing `testId`
 * (`inpage-menu`, `inpage-notice`), or null.
 */
export async function inPageFrame(
  page: Page,
  testId: 'inpage-menu' | 'inpage-notice',
): Promise<Frame | null> {
  for (const frame of page.frames()) {
    if (!frame.url().includes('/inpage.html')) continue;
    if (
      (await frame
        .locator(`[data-testid="${testId}"]`)
        .count()
        .catch(() => 0)) > 0
    )
      return frame;
  }
  return null;
}
