/**
 * `extract.firefox`: the Chromium bench's comparison (extract-chromium.ts) in headless Firefox ESR —
 * the shipped extractor of a fresh Firefox build against raw Readability, same pages, same run, each
 * side run inside the page. Firefox offers no CPU-time metric to automation, so a batch is timed with
 * the page's `performance.now()` (wall time, its 1 ms grain spread over batches of ~BATCH_TARGET_MS);
 * sides alternate after warm-up runs, and each page's figure is the median of its batches, which keeps
 * most of the noise of a shared machine out.
 */
import { launchBrowser, type Tab } from '@/tests/support/driver';
import { serveFiles } from './browser';
import type { BenchContext } from './context';
import { GLOBAL_NAME, pageFiles, pageScripts } from './extract-browser-setup';
import type { Side } from './extract-in-page';
import type { BenchPage } from './extract-pages';
import { type ExtractFigures, type PageTiming, median, runsFor, summarise } from './extract-timing';

const BATCH_TARGET_MS = 100;
const WARM_UP_RUNS = 3;

interface BenchGlobal {
  check(): Record<Side, boolean>;
  probe(): Record<Side, number>;
  timeBatch(side: Side, times: number): number;
}

type Call = { fn: 'check' } | { fn: 'probe' } | { fn: 'timeBatch'; side: Side; times: number };

/** Calls the bench bundle in the page. */
function inPage<R>(tab: Tab, call: Call): Promise<R> {
  return tab.evaluate(
    ({ name, call: c }) => {
      const lib = (window as unknown as Record<string, BenchGlobal | undefined>)[name];
      if (!lib) return undefined;
      return c.fn === 'timeBatch' ? lib.timeBatch(c.side, c.times) : lib[c.fn]();
    },
    { name: GLOBAL_NAME, call },
  ) as Promise<R>;
}

async function timePage(tab: Tab, slug: string): Promise<PageTiming> {
  const found = await inPage<Record<Side, boolean> | undefined>(tab, { fn: 'check' });
  if (!found) throw new Error(`the bench bundle did not load in ${slug}`);
  if (found.raw && !found.ours)
    throw new Error(`the shipped extractor finds no article in ${slug}, Readability does`);
  for (const side of ['ours', 'raw'] as const) {
    if ((await inPage<number>(tab, { fn: 'timeBatch', side, times: WARM_UP_RUNS })) < 0)
      throw new Error(`the side scripts did not load in ${slug}`);
  }
  const probed = await inPage<Record<Side, number>>(tab, { fn: 'probe' });
  const slowest = Math.max(probed.ours, probed.raw, 0.05);
  const batch = Math.max(1, Math.round(BATCH_TARGET_MS / slowest));
  const runs = runsFor(slowest * batch);
  const ours: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < runs; i++) {
    const order: Side[] = i % 2 ? ['raw', 'ours'] : ['ours', 'raw'];
    for (const side of order) {
      const ms = await inPage<number>(tab, { fn: 'timeBatch', side, times: batch });
      (side === 'ours' ? ours : raw).push(ms / batch);
    }
  }
  return { slug, oursMs: median(ours), rawMs: median(raw), runs: runs * batch };
}

export async function benchFirefox(
  ctx: BenchContext,
  pages: readonly BenchPage[],
): Promise<ExtractFigures | { skipped: string }> {
  if (!ctx.firefoxPath) return { skipped: 'no Firefox binary (firefoxPath is null)' };
  const { bench, sides } = await pageScripts(ctx, 'firefox');
  const server = await serveFiles(pageFiles(pages));
  // Page scripts off (as in the Chromium half): a page is timed as its saved DOM, and none navigates away.
  const browser = await launchBrowser('firefox', { extension: false, pageScripts: false });
  try {
    const tab = await browser.newTab();
    const timings: PageTiming[] = [];
    for (const p of pages) {
      await tab.goto(`${server.origin}/p/${p.slug}.html`);
      await tab.runScript(bench);
      await tab.runScript(sides);
      timings.push(await timePage(tab, p.slug));
      if (process.env['BENCH_DEBUG']) console.error(JSON.stringify(timings.at(-1)));
    }
    return summarise(timings);
  } finally {
    await browser.close();
    await server.close();
  }
}
