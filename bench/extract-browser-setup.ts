/**
 * What both browser halves of the extraction bench put in each page: the bench bundle (global
 * `PcExtractBench`, see extract-in-page.ts) and the two sides as functions — the shipped extractor of a
 * fresh production build for that browser, and a script of raw Readability (bundled by vite under .tmp/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sniffEncoding } from '../utils/extract/decode';
import { bundleIife } from './browser';
import type { BenchContext } from './context';
import { SIDE_SCRIPTS } from './extract-in-page';
import type { BenchPage } from './extract-pages';
import { withFreshBuild, type WxtBrowser } from './fresh-build';

export const GLOBAL_NAME = 'PcExtractBench';
const RAW_GLOBAL = 'PcRawReadability';

export interface PageScripts {
  /** Declares `window.PcExtractBench`. */
  bench: string;
  /** Declares each side's function (SIDE_SCRIPTS). */
  sides: string;
}

export async function pageScripts(ctx: BenchContext, browser: WxtBrowser): Promise<PageScripts> {
  const bench = await bundleIife(ctx.root, join(ctx.root, 'bench/extract-browser-entry.ts'), GLOBAL_NAME);
  const extractor = await withFreshBuild(ctx.root, browser, (dir) =>
    readFileSync(join(dir, 'extractor.js'), 'utf8'),
  );
  const raw = await bundleIife(ctx.root, join(ctx.root, 'bench/extract-raw-entry.ts'), RAW_GLOBAL);
  // Each script wrapped in a function: each call evaluates and runs it once. The built extractor is one
  // expression (an IIFE) whose value is its answer; the raw script declares its global, then runs.
  const sides = [
    `window.${SIDE_SCRIPTS.ours} = () => ${extractor.trim().replace(/;$/, '')};`,
    `window.${SIDE_SCRIPTS.raw} = function () {\n${raw}\nreturn ${RAW_GLOBAL}.run();\n};`,
  ].join('\n');
  return { bench, sides };
}

/**
 * Each page's saved bytes at /p/<slug>.html with the charset a web server would send (as the CLI
 * decodes it): a page that declares none would otherwise be read as windows-1252 and timed as mojibake.
 */
export function pageFiles(pages: readonly BenchPage[]): Record<string, { body: Uint8Array; type: string }> {
  return Object.fromEntries(
    pages.map((p) => [
      `/p/${p.slug}.html`,
      { body: p.bytes, type: `text/html; charset=${sniffEncoding(p.bytes)}` },
    ]),
  );
}
