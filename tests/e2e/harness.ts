/**
 * What every end-to-end suite shares: the browser it runs in (one vitest project per browser, see
 * vitest.e2e.config.ts), a fixture server and a browser with the extension per suite (`useExtension`),
 * the seed page and the UI strings. Scenarios drive the browser only through the driver interface
 * (tests/support/driver, docs/testing.md), so each one runs unchanged in Chromium and Firefox.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import {
  launchBrowser,
  ROOT,
  type BrowserName,
  type BrowserSession,
  type LaunchOptions,
  type Surface,
  type Tab,
} from '@/tests/support/driver';
import { serve, type FixtureServer, type Route } from '@/tests/support/fixture-server';

export { ROOT };

declare module 'vitest' {
  export interface ProvidedContext {
    /** The browser this vitest project drives. */
    browser: BrowserName;
  }
}

/** The browser the running suite drives. */
export const BROWSER: BrowserName = inject('browser');

export interface ExtensionFixture {
  readonly browser: BrowserSession;
  readonly server: FixtureServer;
}

/**
 * For the enclosing suite: a fixture server with `routes` and the browser with the extension, started
 * before its tests and closed after them.
 */
export function useExtension(routes: Record<string, Route>, options: LaunchOptions = {}): ExtensionFixture {
  let browser: BrowserSession | undefined;
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await serve(routes);
    browser = await launchBrowser(BROWSER, options);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useExtension: used outside a test');
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get server() {
      return started(server);
    },
  };
}

/**
 * The texts the page shows as Policy Clipper highlights, sorted: ranges in `CSS.highlights` named
 * `pc-…`, or (where the Custom Highlight API is missing) the `<pc-mark>` elements of each clip.
 */
export function highlightedTexts(tab: Tab): Promise<string[]> {
  return tab.evaluate(() => {
    const out: string[] = [];
    const registry = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
    registry?.forEach((highlight, name) => {
      if (name.startsWith('pc-')) highlight.forEach((range) => void out.push((range as Range).toString()));
    });
    const marks = new Map<string, string>();
    document.querySelectorAll<HTMLElement>('pc-mark[data-clip-id]').forEach((m) => {
      const id = m.dataset.clipId ?? '';
      marks.set(id, (marks.get(id) ?? '') + (m.textContent ?? ''));
    });
    return [...out, ...marks.values()].sort();
  });
}

/** How the page paints highlights: the Custom Highlight API, or `<pc-mark>` elements where it is missing. */
export function highlightPainting(tab: Tab): Promise<'css-highlights' | 'marks' | 'none'> {
  return tab.evaluate(() => {
    let named = false;
    (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights?.forEach((_h, name) => {
      if (name.startsWith('pc-')) named = true;
    });
    if (named) return 'css-highlights' as const;
    return document.querySelector('pc-mark') ? ('marks' as const) : ('none' as const);
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

/** The browser's time zone, as the background sees it (briefs print dates in it). */
export function backgroundTimeZone(browser: BrowserSession): Promise<string> {
  return browser.inExtension(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/**
 * The in-page UI frame (an extension page inside the page) showing `testId` (`inpage-menu`,
 * `inpage-notice`), or null.
 */
export async function inPageFrame(
  tab: Tab,
  testId: 'inpage-menu' | 'inpage-notice',
): Promise<Surface | null> {
  for (const frame of await tab.frames()) {
    // A frame being replaced may not answer: it is not the one.
    if (!(await frame.url().catch(() => '')).includes('/inpage.html')) continue;
    if (
      (await frame
        .testId(testId)
        .count()
        .catch(() => 0)) > 0
    )
      return frame;
  }
  return null;
}

/**
 * The open in-page menu's frame, waited for: a menu shown again (a second show replaces the first
 * frame) is only usable once its new frame has loaded. Fails when no menu shows within `timeoutMs`.
 */
export async function openMenuFrame(tab: Tab, timeoutMs = 10_000): Promise<Surface> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = await inPageFrame(tab, 'inpage-menu');
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error('no in-page menu frame showed');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
