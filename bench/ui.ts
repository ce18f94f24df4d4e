/**
 * `ui.popupFirstRenderMs`: time from the popup opening (its document's navigation start) to the
 * article card on screen, on the seed page, in real Chromium with the built extension. The popup is
 * opened the way the toolbar button opens it (`action.openPopup()` from the worker) and read through
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
import type { AreaBench } from './context';
import { panelFigures, panelPages } from './ui-panel';

const RUNS = 9;
const CARD_MARK = 'policy-clipper:article-card';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

export const bench: AreaBench = async ({ root, corpus, chromePath }) => {
  if (!chromePath) return { ui: { skipped: 'no Chromium (set CHROME_PATH or install chromium)' } };
  if (!existsSync(join(root, '.output/chrome-mv3/manifest.json'))) {
    execFileSync('npx', ['wxt', 'build', '-b', 'chrome'], { cwd: root, stdio: 'ignore' });
  }
  const { launch, RELEASE_DIR, serve, tabIdOf } = await import('../tests/e2e/harness');
  const server = await serve({
    '/seed.html': {
      body: readFileSync(join(root, 'tests/fixtures/pages/seed-policy-article-zh/source.html')),
    },
  });
  const session = await launch({ extensionDir: RELEASE_DIR });
  try {
    const page = await session.context.newPage();
    await page.goto(server.url('/seed.html'));
    const library = await session.context.newPage();
    await library.goto(`chrome-extension://${session.extensionId}/library.html`);
    const card: number[] = [];
    const interactive: number[] = [];
    const newPage: number[] = [];
    const analyze: number[] = [];
    const open = async (): Promise<{ card: number; interactive: number; sent: number; answered: number }> => {
      await tabIdOf(session, page); // brings the article tab to the front
      await (await session.worker()).evaluate(() => chrome.action.openPopup());
      const seen = await library.waitForFunction(
        (mark) => {
          const view = (
            chrome as unknown as { extension: { getViews(o: object): Window[] } }
          ).extension.getViews({ type: 'popup' })[0];
          const entry = view?.performance.getEntriesByName(mark)[0];
          if (!view || !entry) return null;
          const nav = view.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          const sent = view.performance.getEntriesByName('policy-clipper:analyze-sent')[0]?.startTime ?? NaN;
          const answered =
            view.performance.getEntriesByName('policy-clipper:analyze-answered')[0]?.startTime ?? NaN;
          view.close();
          return { card: entry.startTime, interactive: nav.domInteractive, sent, answered };
        },
        CARD_MARK,
        { timeout: 20_000 },
      );
      const timing = (await seen.jsonValue()) as {
        card: number;
        interactive: number;
        sent: number;
        answered: number;
      };
      await library.waitForTimeout(300); // let the popup's refresh finish before the next opening
      return timing;
    };
    for (let i = 0; i < RUNS; i++) {
      const { card: c, interactive: d } = await open();
      card.push(c);
      interactive.push(d);
    }
    // The everyday case: the first opening on a page just loaded (nothing kept for it yet).
    for (let i = 0; i < RUNS; i++) {
      await page.goto(server.url(`/seed.html?visit=${i}`));
      const timing = await open();
      newPage.push(timing.card);
      analyze.push(timing.answered - timing.sent);
    }
    const [cold, ...warm] = card;
    const panel = await panelFigures(session, server, panelPages(root, corpus));
    return {
      ui: {
        ...panel,
        popupFirstRenderMs: +median(warm).toFixed(1),
        popupFirstRenderColdMs: +(cold ?? NaN).toFixed(1),
        popupFirstRenderMaxMs: +Math.max(...warm).toFixed(1),
        popupDomInteractiveMs: +median(interactive.slice(1)).toFixed(1),
        popupFirstRenderNewPageMs: +median(newPage).toFixed(1),
        popupAnalyzeMs: +median(analyze).toFixed(1),
        runs: warm.length,
      },
    };
  } finally {
    await session.close();
    await server.close();
  }
};
