/**
 * `anchor` bench: on the largest corpus page (big-en-wikipedia-new-zealand; a generated ~1 MB page
 * without the corpus), 500 highlights are described, the page edited (paragraphs inserted, 5% of the
 * quotes altered, 5% deleted) and all re-anchored with `anchorAll`, in Node (jsdom) and in Chromium
 * (the module bundled into the page). Targets: totalMs < 300, maxChunkMs ≤ 50, wrong = 0, orphans =
 * deleted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { bundleIife, launchChromium, serveFiles } from './anchor-browser';
import { generatedPage } from './anchor-page';
import { type AnchorFigures, runAnchorScenario } from './anchor-scenario';
import type { AreaBench } from './context';

const PAGE = 'big-en-wikipedia-new-zealand';
const HIGHLIGHTS = 500;
const SEED = 7;

function loadPage(corpus: string | null): { name: string; html: string } {
  const file = corpus === null ? null : join(corpus, 'pages', PAGE, 'source.html');
  if (file !== null && existsSync(file)) return { name: PAGE, html: readFileSync(file, 'utf8') };
  return { name: 'generated-1mb', html: generatedPage() };
}

async function inNode(html: string): Promise<AnchorFigures> {
  const doc = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
  return runAnchorScenario(doc, { highlights: HIGHLIGHTS, seed: SEED, buildRanges: false });
}

async function inChromium(root: string, html: string, chromePath: string): Promise<AnchorFigures> {
  const bundle = await bundleIife(root, join(root, 'bench/anchor-browser-entry.ts'), 'PcAnchorBench');
  const server = await serveFiles({ '/page.html': { body: html, type: 'text/html; charset=utf-8' } });
  const browser = await launchChromium(chromePath);
  try {
    const context = await browser.newContext();
    // Only the page itself: the corpus page's scripts and images would otherwise try the network.
    await context.route('**/*', (route) =>
      route.request().url().startsWith(server.origin) ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    await page.goto(`${server.origin}/page.html`, { waitUntil: 'load' });
    await page.addScriptTag({ content: bundle });
    return await page.evaluate(
      (options) => {
        const api = (window as unknown as { PcAnchorBench: { runAnchorScenario: typeof runAnchorScenario } }).PcAnchorBench;
        return api.runAnchorScenario(document, options);
      },
      { highlights: HIGHLIGHTS, seed: SEED, buildRanges: true },
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

export const bench: AreaBench = async ({ root, corpus, chromePath }) => {
  const page = loadPage(corpus);
  const node = await inNode(page.html);
  const chromium =
    chromePath === null
      ? { skipped: 'no Chromium found' }
      : await inChromium(root, page.html, chromePath).catch((e: unknown) => ({
          skipped: `Chromium run failed: ${e instanceof Error ? e.message : String(e)}`,
        }));
  return { anchor: { page: page.name, node, chromium } };
};
