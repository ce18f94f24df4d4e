/**
 * `extract.firefox`: the Chromium bench's comparison (extract-chromium.ts) in headless Firefox ESR —
 * the shipped extractor of a fresh Firefox build against raw Readability, same pages, same run, each
 * side run inside the page, sides alternating after warm-up runs, each page's figure the median of its
 * batches. Firefox gives automation no CPU-time metric, so on Linux a batch is timed as the CPU time of
 * the page's content-process main thread (/proc schedstat; the process found by a busy loop run in the
 * page), minus that of an empty batch — like the Chromium half, this keeps other processes' load on a
 * shared machine out. Elsewhere it falls back to the page's `performance.now()` (wall time, `clock`).
 */
import { launchBrowser, type BrowserSession, type Tab } from '@/tests/support/driver';
import { serveFiles } from './browser';
import type { BenchContext } from './context';
import { GLOBAL_NAME, pageFiles, pageScripts } from './extract-browser-setup';
import type { Side } from './extract-in-page';
import type { BenchPage } from './extract-pages';
import { type ExtractFigures, type PageTiming, runsFor, summarise } from './extract-timing';
import { median } from './stats';
import { descendantProcesses, mainThreadCpuMs } from './thread-cpu';

const BATCH_TARGET_MS = 100;
const WARM_UP_RUNS = 3;
const OVERHEAD_SAMPLES = 5;
/** How long the busy loop that finds the page's process runs (it must show there as CPU time). */
const BUSY_MS = 300;

interface BenchGlobal {
  check(): Record<Side, boolean>;
  probe(): Record<Side, number>;
  runBatch(side: Side, times: number): boolean;
  timeBatch(side: Side, times: number): number;
}

type Call = { fn: 'check' } | { fn: 'probe' } | { fn: 'runBatch' | 'timeBatch'; side: Side; times: number };

/** Milliseconds of one batch: CPU of the page's thread (minus an empty batch's), or wall time. */
type BatchClock = (side: Side, times: number) => Promise<number>;

/** Calls the bench bundle in the page. */
function inPage<R>(tab: Tab, call: Call): Promise<R> {
  return tab.evaluate(
    ({ name, call: c }) => {
      const lib = (window as unknown as Record<string, BenchGlobal | undefined>)[name];
      if (!lib) return undefined;
      if (c.fn === 'runBatch') return lib.runBatch(c.side, c.times);
      return c.fn === 'timeBatch' ? lib.timeBatch(c.side, c.times) : lib[c.fn]();
    },
    { name: GLOBAL_NAME, call },
  ) as Promise<R>;
}

/**
 * The content process whose main thread runs `tab`'s page: of the browser's content processes, the
 * one that spent the CPU of a busy loop run in the page. Null when /proc cannot tell.
 */
async function pageThread(browser: BrowserSession, tab: Tab): Promise<number | null> {
  if (browser.processId === null) return null;
  const candidates = descendantProcesses(browser.processId, '-contentproc');
  const before = new Map(candidates.map((pid) => [pid, mainThreadCpuMs(pid)]));
  await tab.evaluate((ms) => {
    const start = performance.now();
    while (performance.now() - start < ms);
  }, BUSY_MS);
  let best: { pid: number; ms: number } | null = null;
  for (const pid of candidates) {
    const was = before.get(pid);
    const now = mainThreadCpuMs(pid);
    if (was == null || now === null) continue;
    if (!best || now - was > best.ms) best = { pid, ms: now - was };
  }
  return best && best.ms > BUSY_MS / 2 ? best.pid : null;
}

async function cpuClock(tab: Tab, pid: number): Promise<BatchClock> {
  const batchCpu = async (side: Side, times: number): Promise<number> => {
    const before = mainThreadCpuMs(pid) ?? NaN;
    await inPage<boolean>(tab, { fn: 'runBatch', side, times });
    return (mainThreadCpuMs(pid) ?? NaN) - before;
  };
  const empty: number[] = [];
  for (let i = 0; i < OVERHEAD_SAMPLES; i++) empty.push(await batchCpu('raw', 0));
  const overhead = median(empty);
  return async (side, times) => Math.max(0, (await batchCpu(side, times)) - overhead);
}

const wallClock =
  (tab: Tab): BatchClock =>
  (side, times) =>
    inPage<number>(tab, { fn: 'timeBatch', side, times });

async function timePage(tab: Tab, slug: string, clock: BatchClock): Promise<PageTiming> {
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
      const ms = await clock(side, batch);
      (side === 'ours' ? ours : raw).push(ms / batch);
    }
  }
  return { slug, oursMs: median(ours), rawMs: median(raw), runs: runs * batch };
}

export async function benchFirefox(
  ctx: BenchContext,
  pages: readonly BenchPage[],
): Promise<(ExtractFigures & { clock: 'cpu' | 'wall' }) | { skipped: string }> {
  if (!ctx.firefoxPath) return { skipped: 'no Firefox binary (firefoxPath is null)' };
  const { bench, sides } = await pageScripts(ctx, 'firefox');
  const server = await serveFiles(pageFiles(pages));
  // Page scripts off (as in the Chromium half): a page is timed as its saved DOM, and none navigates away.
  const browser = await launchBrowser('firefox', { extension: false, pageScripts: false });
  try {
    const tab = await browser.newTab();
    const timings: PageTiming[] = [];
    let thread: number | null | undefined;
    for (const p of pages) {
      await tab.goto(`${server.origin}/p/${p.slug}.html`);
      await tab.runScript(bench);
      await tab.runScript(sides);
      // Found on the first page: every page of the site 127.0.0.1 loads in the same content process.
      if (thread === undefined) thread = await pageThread(browser, tab);
      const clock = thread === null ? wallClock(tab) : await cpuClock(tab, thread);
      timings.push(await timePage(tab, p.slug, clock));
      if (process.env['BENCH_DEBUG']) console.error(JSON.stringify(timings.at(-1)));
    }
    return { ...summarise(timings), clock: thread === null ? 'wall' : 'cpu' };
  } finally {
    await browser.close();
    await server.close();
  }
}
