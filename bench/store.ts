/**
 * Store bench (`store`): 10,000 clips across 1,000 articles, then a restart, the first library page,
 * 20 searches (Chinese and English) and tag filters. `chromium` runs the scenario on the real
 * IndexedDB in headless Chromium; `node` runs it on fake-indexeddb (in memory: only a regression
 * signal, not comparable with a browser).
 */
import { join } from 'node:path';
import { bundleIife, launchChromium, serveFiles } from './browser';
import type { AreaBench, BenchContext } from './context';
import { fakeFactory } from './fake-indexeddb';
import { runStoreScenario, type StoreFigures } from './store-scenario';

const ARTICLES = 1000;
const CLIPS_PER_ARTICLE = 10;

export interface StoreBenchSize {
  articles: number;
  clipsPerArticle: number;
}

const FULL_SIZE: StoreBenchSize = { articles: ARTICLES, clipsPerArticle: CLIPS_PER_ARTICLE };

export async function nodeFigures(size = FULL_SIZE): Promise<StoreFigures & { label: string }> {
  const figures = await runStoreScenario({ factory: await fakeFactory(), name: 'store-bench', ...size });
  return { label: 'Node + fake-indexeddb (in memory)', ...figures };
}

export async function chromiumFigures(
  ctx: BenchContext,
  chromePath: string,
  size = FULL_SIZE,
): Promise<StoreFigures & { label: string }> {
  const code = await bundleIife(ctx.root, join(ctx.root, 'bench/store-page.ts'), 'StoreBench');
  const server = await serveFiles({
    '/': {
      body: '<!doctype html><meta charset="utf-8"><script src="/store-bench.js"></script>',
      type: 'text/html',
    },
    '/store-bench.js': { body: code, type: 'text/javascript' },
  });
  const browser = await launchChromium(chromePath);
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/`);
    const figures = await page.evaluate(
      ([articles, perArticle]) =>
        (
          globalThis as unknown as { StoreBench: { run(a: number, p: number): Promise<StoreFigures> } }
        ).StoreBench.run(articles, perArticle),
      [size.articles, size.clipsPerArticle] as const,
    );
    return { label: 'Chromium, real IndexedDB', ...figures };
  } finally {
    await browser.close();
    await server.close();
  }
}

export const bench: AreaBench = async (ctx) => {
  const chromium = ctx.chromePath
    ? await chromiumFigures(ctx, ctx.chromePath)
    : { skipped: 'no Chromium binary available' };
  const node = await nodeFigures();
  return { store: { chromium, node } };
};
