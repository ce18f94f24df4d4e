/**
 * `ui.popupFirstRenderMs` (Chromium) and `ui.firefox.popupFirstRenderMs` (Firefox ESR): time from the
 * popup opening (its document's navigation start) to the article card on screen, on the seed page, in
 * the real browser with the built extension. The popup is opened the way the toolbar button opens it
 * (`action.openPopup()`, `browserAction.openPopup()` in Firefox MV2) and read through
 * `extension.getViews({ type: 'popup' })` from a library tab. The first opening (first injection of
 * the extractor, database opening) is reported apart (`popupFirstRenderColdMs`) from the median of the
 * following ones (`popupFirstRenderMs`), which show the card the background kept for the tab in
 * `storage.session` and refresh it from a new analysis right after. `popupFirstRenderNewPageMs` is the
 * first opening on a page just loaded (extension warm, nothing kept for the page): the extractor is
 * injected and run before the card can show. `popupAnalyzeMs` is the popup's wait for that analysis
 * (request sent → answer) on a new page.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildArgs,
  EXTENSION_BUILDS,
  launchBrowser,
  type BrowserName,
  type BrowserSession,
  type Tab,
} from '@/tests/support/driver';
import { serve, type FixtureServer } from '@/tests/support/fixture-server';
import type { AreaBench } from './context';
import { panelFigures, panelPages } from './ui-panel';
import { median } from './stats';

const RUNS = 9;
const CARD_MARK = 'policy-clipper:article-card';
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Opening {
  card: number;
  interactive: number;
  sent: number;
  answered: number;
}

/** Opens the real popup over `page` and reads its timings from `library` (then closes it). */
async function openPopup(browser: BrowserSession, page: Tab, library: Tab): Promise<Opening> {
  await browser.tabIdOf(page); // brings the article tab to the front
  await browser.inExtension(async (api) => {
    const toolbar = api.action ?? (api as unknown as { browserAction: typeof api.action }).browserAction;
    await toolbar.openPopup();
  });
  const deadline = Date.now() + 20_000;
  for (;;) {
    const seen = await library.evaluate((mark) => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      const view = api.extension.getViews({ type: 'popup' })[0];
      const entry = view?.performance.getEntriesByName(mark)[0];
      if (!view || !entry) return null;
      const nav = view.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const at = (name: string): number => view.performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      const timing = {
        card: entry.startTime,
        interactive: nav.domInteractive,
        sent: at('policy-clipper:analyze-sent'),
        answered: at('policy-clipper:analyze-answered'),
      };
      view.close();
      return timing;
    }, CARD_MARK);
    if (seen) {
      await sleep(300); // let the popup's refresh finish before the next opening
      return seen;
    }
    if (Date.now() > deadline) throw new Error('The popup did not show the article card in 20 s');
    await sleep(20);
  }
}

async function measure(
  name: BrowserName,
  server: FixtureServer,
  pages: ReturnType<typeof panelPages> | null,
): Promise<Record<string, number>> {
  const browser = await launchBrowser(name, { build: 'release' });
  try {
    const page = await browser.openPage(server.url('/seed.html'));
    const library = await browser.openExtensionPage('/library.html');
    const card: number[] = [];
    const interactive: number[] = [];
    const newPage: number[] = [];
    const analyze: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const timing = await openPopup(browser, page, library);
      card.push(timing.card);
      interactive.push(timing.interactive);
    }
    // The everyday case: the first opening on a page just loaded (nothing kept for it yet).
    for (let i = 0; i < RUNS; i++) {
      await page.goto(server.url(`/seed.html?visit=${i}`));
      const timing = await openPopup(browser, page, library);
      newPage.push(timing.card);
      analyze.push(timing.answered - timing.sent);
    }
    const [cold, ...warm] = card;
    // The side panel and the saved copy (Chromium: see bench/ui-panel.ts).
    const panel = pages ? await panelFigures(browser, server, pages) : {};
    return {
      ...panel,
      popupFirstRenderMs: +median(warm).toFixed(1),
      popupFirstRenderColdMs: +(cold ?? NaN).toFixed(1),
      popupFirstRenderMaxMs: +Math.max(...warm).toFixed(1),
      popupDomInteractiveMs: +median(interactive.slice(1)).toFixed(1),
      popupFirstRenderNewPageMs: +median(newPage).toFixed(1),
      popupAnalyzeMs: +median(analyze).toFixed(1),
      runs: warm.length,
    };
  } finally {
    await browser.close();
  }
}

/** Builds the release for `name` unless `.output/` has it (as the e2e suite and `npm run build` leave it). */
function ensureBuild(root: string, name: BrowserName): void {
  if (!existsSync(join(EXTENSION_BUILDS[name].release, 'manifest.json')))
    execFileSync('npx', buildArgs(name, 'release'), { cwd: root, stdio: 'ignore' });
}

export const bench: AreaBench = async ({ root, corpus, chromePath, firefoxPath }) => {
  const server = await serve({
    '/seed.html': {
      body: readFileSync(join(root, 'tests/fixtures/pages/seed-policy-article-zh/source.html')),
    },
  });
  const failed = (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) });
  try {
    let chromium: Record<string, unknown> = { skipped: 'no Chromium (set CHROME_PATH or install chromium)' };
    if (chromePath) {
      ensureBuild(root, 'chromium');
      chromium = await measure('chromium', server, panelPages(root, corpus)).catch(failed);
    }
    let firefox: Record<string, unknown> = {
      skipped: 'no Firefox (set FIREFOX_PATH or install firefox-esr)',
    };
    if (firefoxPath) {
      ensureBuild(root, 'firefox');
      firefox = await measure('firefox', server, null).catch(failed);
    }
    return { ui: { ...chromium, firefox } };
  } finally {
    await server.close();
  }
};
