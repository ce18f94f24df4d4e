/**
 * `anchor` bench: on the largest corpus page (big-en-wikipedia-new-zealand; a generated ~1 MB page
 * without the corpus), 500 highlights are described, the page edited (paragraphs inserted, 5% of the
 * quotes altered, 5% deleted) and all re-anchored with `anchorAll`, in Node (jsdom) and in Chromium
 * (the module bundled into the page). Targets: totalMs < 300, maxChunkMs ≤ 50, wrong = 0, orphans =
 * deleted. Each is run RUNS times on a fresh copy of the page; the times are medians (the machine is
 * shared), the counts must agree between runs (same seed) and are those of the first run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { bundleIife, launchChromium, serveFiles } from './browser';
import { generatedPage } from './anchor-page';
import { type AnchorFigures, runAnchorScenario } from './anchor-scenario';
import type { AreaBench } from './context';
import { median } from './stats';

const PAGE = 'big-en-wikipedia-new-zealand';
const HIGHLIGHTS = 500;
const SEED = 7;
const RUNS = 3;

/** Medians of the times; the counts of the first run, unless runs disagree (then flagged). */
function summarise(runs: AnchorFigures[]): AnchorFigures & { runs: number; countsAgree: boolean } {
  const first = runs[0] as AnchorFigures;
  const countsAgree = runs.every(
    (r) => r.orphans === first.orphans && r.wrong === first.wrong && r.highlights === first.highlights,
  );
  return {
    ...first,
    totalMs: median(runs.map((r) => r.totalMs)),
    maxChunkMs: median(runs.map((r) => r.maxChunkMs)),
    cpuMs: first.cpuMs === null ? null : median(runs.map((r) => r.cpuMs ?? Number.NaN)),
    wrong: Math.max(...runs.map((r) => r.wrong)),
    runs: runs.length,
    countsAgree,
  };
}

function loadPage(corpus: string | null): { name: string; html: string } {
  const file = corpus === null ? null : join(corpus, 'pages', PAGE, 'source.html');
  if (file !== null && existsSync(file)) return { name: PAGE, html: readFileSync(file, 'utf8') };
  return { name: 'generated-1mb', html: generatedPage() };
}

async function inNode(html: string): Promise<AnchorFigures[]> {
  const runs: AnchorFigures[] = [];
  for (let i = 0; i < RUNS; i++) {
    const doc = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
    const cpuClock = (): number => {
      const usage = process.cpuUsage();
      return (usage.user + usage.system) / 1000;
    };
    runs.push(
      await runAnchorScenario(doc, { highlights: HIGHLIGHTS, seed: SEED, buildRanges: false }, cpuClock),
    );
  }
  return runs;
}

export async function inChromium(root: string, html: string, chromePath: string): Promise<AnchorFigures[]> {
  const bundle = await bundleIife(root, join(root, 'bench/anchor-browser-entry.ts'), 'PcAnchorBench');
  const server = await serveFiles({ '/page.html': { body: html, type: 'text/html; charset=utf-8' } });
  const browser = await launchChromium(chromePath);
  try {
    const context = await browser.newContext();
    // Only the page itself: the corpus page's scripts and images would otherwise try the network.
    await context.route('**/*', (route) =>
      route.request().url().startsWith(server.origin) ? route.continue() : route.abort(),
    );
    const runs: AnchorFigures[] = [];
    // The bundle's exports (`bench/anchor-browser-entry.ts`) are the page's global `PcAnchorBench`.
    const options = JSON.stringify({ highlights: HIGHLIGHTS, seed: SEED, buildRanges: true });
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      // The main thread's CPU time (ThreadTime, in seconds): the machine may be shared.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      const threadMs = async (): Promise<number> => {
        const { metrics } = await cdp.send('Performance.getMetrics');
        return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000;
      };
      await page.goto(`${server.origin}/page.html`, { waitUntil: 'load' });
      await page.addScriptTag({ content: bundle });
      await page.evaluate(`PcAnchorBench.prepare(${options})`);
      const before = await threadMs();
      await page.evaluate('PcAnchorBench.anchor()');
      const cpuMs = (await threadMs()) - before;
      const figures: AnchorFigures = await page.evaluate(`PcAnchorBench.figures(${cpuMs})`);
      runs.push(figures);
      await page.close();
    }
    return runs;
  } finally {
    await browser.close();
    await server.close();
  }
}

export const bench: AreaBench = async ({ root, corpus, chromePath }) => {
  const page = loadPage(corpus);
  const node = summarise(await inNode(page.html));
  const chromium =
    chromePath === null
      ? { skipped: 'no Chromium found' }
      : await inChromium(root, page.html, chromePath).then(summarise, (e: unknown) => ({
          skipped: `Chromium run failed: ${e instanceof Error ? e.message : String(e)}`,
        }));
  // Wall times on a shared machine stretch with its load; cpuMs does not.
  return { anchor: { page: page.name, loadAverage1m: loadavg()[0] ?? null, node, chromium } };
};
