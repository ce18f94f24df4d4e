/**
 * Extraction speed in a real browser: the shipped extractor script of a fresh production build
 * against a script of raw Readability (extract-browser-setup.ts), pages served from 127.0.0.1, and
 * each side run inside the page in headless Chromium (see extract-in-page.ts).
 *
 * Times are the renderer main thread's CPU time (DevTools `Performance.getMetrics` ThreadTime), read
 * around batches of runs sized to ~BATCH_TARGET_MS, minus the CPU cost of an empty batch (the DevTools
 * call itself); like the Node half, this keeps other processes' load on a shared machine out of the
 * figures. Sides alternate, after warm-up runs (each page is a fresh JS context). Page scripts are disabled and other hosts
 * unreachable, so a page is timed as its saved DOM.
 */
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, serveFiles } from './browser';
import type { BenchContext } from './context';
import { GLOBAL_NAME, pageFiles, pageScripts } from './extract-browser-setup';
import type { Side } from './extract-in-page';
import type { BenchPage } from './extract-pages';
import { type ExtractFigures, type PageTiming, runsFor, summarise } from './extract-timing';
import { median } from './stats';
const BATCH_TARGET_MS = 50;
const WARM_UP_RUNS = 3;
const OVERHEAD_SAMPLES = 5;

interface BenchGlobal {
  check(): Record<Side, boolean>;
  probe(): Record<Side, number>;
  runBatch(side: Side, times: number): boolean;
}

async function threadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = metrics.find((m) => m.name === 'ThreadTime')?.value;
  if (value === undefined) throw new Error('Chromium reports no ThreadTime metric');
  return value * 1000;
}

// Anonymous arrows only inside `page.evaluate`: tsx gives named functions a `__name` helper the page lacks.
const lib = (page: Page) => ({
  check: () =>
    page.evaluate((name) => (window as unknown as Record<string, BenchGlobal>)[name]?.check(), GLOBAL_NAME),
  probe: () =>
    page.evaluate((name) => (window as unknown as Record<string, BenchGlobal>)[name]?.probe(), GLOBAL_NAME),
  batch: (side: Side, times: number) =>
    page.evaluate(
      ([name, s, n]) => (window as unknown as Record<string, BenchGlobal>)[name]?.runBatch(s, n),
      [GLOBAL_NAME, side, times] as const,
    ),
});

/** CPU milliseconds of one batch of `side`, DevTools call included. */
async function batchCpu(cdp: CDPSession, page: Page, side: Side, times: number): Promise<number> {
  const before = await threadMs(cdp);
  const ok = await lib(page).batch(side, times);
  if (ok === undefined) throw new Error('the bench bundle is not loaded in the page');
  return (await threadMs(cdp)) - before;
}

async function timePage(cdp: CDPSession, page: Page, slug: string): Promise<PageTiming> {
  const found = await lib(page).check();
  if (!found) throw new Error(`the bench bundle did not load in ${slug}`);
  if (found.raw && !found.ours)
    throw new Error(`the shipped extractor finds no article in ${slug}, Readability does`);
  if (!(await lib(page).batch('ours', WARM_UP_RUNS)))
    throw new Error(`the side scripts did not load in ${slug}`);
  await lib(page).batch('raw', WARM_UP_RUNS);
  const probed = await lib(page).probe();
  const slowest = Math.max(probed?.ours ?? 1, probed?.raw ?? 1, 0.05);
  const batch = Math.max(1, Math.round(BATCH_TARGET_MS / slowest));
  const empty: number[] = [];
  for (let i = 0; i < OVERHEAD_SAMPLES; i++) empty.push(await batchCpu(cdp, page, 'raw', 0));
  const overhead = median(empty);
  const runs = runsFor(slowest * batch);
  const ours: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < runs; i++) {
    const order: Side[] = i % 2 ? ['raw', 'ours'] : ['ours', 'raw'];
    for (const side of order) {
      const perRun = Math.max(0, (await batchCpu(cdp, page, side, batch)) - overhead) / batch;
      (side === 'ours' ? ours : raw).push(perRun);
    }
  }
  return { slug, oursMs: median(ours), rawMs: median(raw), runs: runs * batch };
}

export async function benchChromium(
  ctx: BenchContext,
  pages: readonly BenchPage[],
): Promise<ExtractFigures | { skipped: string }> {
  if (!ctx.chromePath) return { skipped: 'no Chromium binary (chromePath is null)' };
  const { bench: code, sides } = await pageScripts(ctx, 'chrome');
  const server = await serveFiles(pageFiles(pages));
  const { origin } = server;
  const browser = await launchChromium(ctx.chromePath);
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route('**/*', (route) =>
      route.request().url().startsWith(origin) ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const timings: PageTiming[] = [];
    for (const p of pages) {
      await page.goto(`${origin}/p/${p.slug}.html`, { waitUntil: 'load' });
      await page.evaluate(code);
      await page.evaluate(sides);
      timings.push(await timePage(cdp, page, p.slug));
      if (process.env['BENCH_DEBUG']) console.error(JSON.stringify(timings.at(-1)));
    }
    return summarise(timings);
  } finally {
    await browser.close();
    await server.close();
  }
}
