/**
 * `pdf.readerFirstPageMs`: the reader page in real Chromium with a fresh production build loaded,
 * from the reader's navigation start to its first text layer drawn (a page the user can read and
 * select), and `pdf.readerSuggestionsMs` to the whole document's suggestions. The first opening after
 * the browser starts is reported apart (`readerFirstPageColdMs`); the figure is the median of the
 * openings after it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '@/tests/support/browser-path';
import { READER_MARKS } from '@/entrypoints/pdf/marks';
import { serveFiles } from './browser';
import { median } from './stats';

const RUNS = 8;

export interface ReaderFigures {
  readerFirstPageMs: number;
  readerFirstPageColdMs: number;
  readerSuggestionsMs: number;
}

export async function readerFigures(
  extensionDir: string,
  chromePath: string,
  pdf: Uint8Array,
): Promise<ReaderFigures> {
  const server = await serveFiles({ '/report.pdf': { body: pdf, type: 'application/pdf' } });
  const profile = mkdtempSync(join(tmpdir(), 'policy-clipper-bench-pdf-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...CHROMIUM_FLAGS,
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const reader = `chrome-extension://${new URL(worker.url()).host}/pdf.html?url=${encodeURIComponent(`${server.origin}/report.pdf`)}`;
    const firstPage: number[] = [];
    const suggestions: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(reader);
      const marks = await page.waitForFunction(
        // No named helper inside: tsx would wrap it in a `__name` call the page does not have.
        (names) => {
          const first = performance.getEntriesByName(names.firstTextLayer)[0]?.startTime;
          const done = performance.getEntriesByName(names.suggestions)[0]?.startTime;
          return first !== undefined && done !== undefined ? { first, done } : null;
        },
        READER_MARKS,
        { timeout: 60_000 },
      );
      const { first, done } = (await marks.jsonValue()) as { first: number; done: number };
      firstPage.push(first);
      suggestions.push(done);
      await page.close();
    }
    return {
      readerFirstPageColdMs: firstPage[0] ?? NaN,
      readerFirstPageMs: median(firstPage.slice(1)),
      readerSuggestionsMs: median(suggestions.slice(1)),
    };
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
