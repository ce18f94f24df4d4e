/**
 * `ui.popupFirstRenderMs`: time from the popup opening (its navigation start) to the article card on
 * screen, on the seed page, in real Chromium with the built extension. The popup is opened in a tab
 * bound to the article tab, as the e2e tests do; the first opening (cold worker and database) is
 * reported apart from the median of the following ones.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AreaBench } from './context';

const RUNS = 9;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

export const bench: AreaBench = async ({ root, chromePath }) => {
  if (!chromePath) return { ui: { skipped: 'no Chromium (set CHROME_PATH or install chromium)' } };
  if (!existsSync(join(root, '.output/chrome-mv3/manifest.json'))) {
    execFileSync('npx', ['wxt', 'build', '-b', 'chrome'], { cwd: root, stdio: 'ignore' });
  }
  const { launch, serve, tabIdOf } = await import('../tests/e2e/harness');
  const server = await serve({ '/seed.html': { body: readFileSync(join(root, 'tests/fixtures/seed/policy-article-zh.html')) } });
  const session = await launch();
  try {
    const page = await session.context.newPage();
    await page.goto(server.url('/seed.html'));
    const tabId = await tabIdOf(session, page);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const popup = await session.context.newPage();
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
      await popup.getByTestId('article-title').waitFor();
      times.push(await popup.evaluate(() => performance.getEntriesByName('policy-clipper:article-card')[0]?.startTime ?? NaN));
      await popup.close();
    }
    const [cold, ...warm] = times;
    return { ui: { popupFirstRenderMs: median(warm), popupFirstRenderColdMs: cold, popupFirstRenderMaxMs: Math.max(...warm), runs: warm.length } };
  } finally {
    await session.close();
    await server.close();
  }
};
