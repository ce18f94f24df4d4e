/**
 * The library at 10,000 clips, in real Chromium with the release build (area `library`, figures under
 * `ui`): the backup of a generated library (1,000 articles × 10 clips, `fillLibrary`, half Chinese) is
 * imported through the library's file field, the library is reopened, and Chinese and English queries
 * are typed one character at a time as a user types them; then a backup is exported.
 *
 * - `ui.librarySearchKeystrokeMs` {median, max}: from a keystroke's `input` event to the results of
 *   exactly that text on screen (the library's `policy-clipper:library-results` mark, set after paint),
 *   in the page's own clock, once the background's search index is built. The first keystroke after
 *   opening, which may wait for that build, is `librarySearchFirstKeystrokeMs`.
 * - `ui.libraryLongestTaskMs`: the longest main-thread task of the library page (Long Tasks API)
 *   during the import, the searches and the export; per phase in `libraryLongestTask`.
 * Chromium only: Firefox has no Long Tasks API.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, type Tab } from '@/tests/support/driver';
import { openStore } from '@/utils/store';
import type { AreaBench } from './context';
import { fakeFactory } from './fake-indexeddb';
import { fillLibrary, SEARCH_QUERIES } from './store-scenario';
import { median } from './stats';

const RESULTS_MARK = 'policy-clipper:library-results';
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function writeBackup(root: string): Promise<{ path: string; clips: number }> {
  const store = await openStore(await fakeFactory(), { name: 'library-scale' });
  await fillLibrary(store, 1000, 10);
  const backup = await store.exportBackup();
  store.close();
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const path = join(root, '.tmp/bench-library-10000.json');
  writeFileSync(path, JSON.stringify(backup));
  return { path, clips: backup.clips.length };
}

/** Starts collecting the page's long tasks (and the search field's input times). */
function observe(library: Tab): Promise<void> {
  return library.evaluate(() => {
    const w = globalThis as unknown as { pcLong: number[]; pcInputs: { t: number; v: string }[] };
    w.pcLong = [];
    w.pcInputs = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.pcLong.push(e.duration);
    }).observe({ type: 'longtask' });
    document.addEventListener(
      'input',
      (e) => {
        const t = e.target as HTMLInputElement;
        if (t.id === 'library-search') w.pcInputs.push({ t: e.timeStamp, v: t.value });
      },
      true,
    );
  });
}

/** The longest task since the last call (0 when none passed 50 ms). */
function longestTask(library: Tab): Promise<number> {
  return library.evaluate(() => {
    const w = globalThis as unknown as { pcLong: number[] };
    const longest = Math.max(0, ...w.pcLong);
    w.pcLong = [];
    return longest;
  });
}

/** Types `char` and waits for the results of the field's new text: the latency in the page's clock. */
async function keystroke(library: Tab, char: string): Promise<number> {
  await library.keyboard.type(char);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const latency = await library.evaluate((mark) => {
      const w = globalThis as unknown as { pcInputs: { t: number; v: string }[] };
      const input = w.pcInputs.at(-1);
      if (!input) return null;
      const shown = performance
        .getEntriesByName(mark)
        .find((m) => m.startTime >= input.t && (m as PerformanceMark).detail === input.v.trim());
      return shown ? shown.startTime - input.t : null;
    }, RESULTS_MARK);
    if (latency !== null) return latency;
    if (Date.now() > deadline) throw new Error(`No results shown after typing "${char}"`);
    await sleep(10);
  }
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

export const bench: AreaBench = async ({ root, chromePath }) => {
  if (!chromePath)
    return { ui: { libraryScale: { skipped: 'no Chromium (set CHROME_PATH or install chromium)' } } };
  const backup = await writeBackup(root);
  const browser = await launchBrowser('chromium', { build: 'release' });
  try {
    let library = await browser.openExtensionPage('/library.html');
    await library.testId('backup-import').waitFor();
    await observe(library);
    await library.testId('backup-import').setFiles(backup.path);
    await library.testId('import-report').waitFor(120_000);
    await sleep(1000); // what the import's re-read renders
    const importLongest = await longestTask(library);
    await library.close();

    library = await browser.openExtensionPage('/library.html');
    await library.testId('clip-row').waitFor(60_000);
    await observe(library);
    await library.testId('search').click();
    const first = await keystroke(library, '科');
    await library.keyboard.press('Escape');
    const times: number[] = [];
    for (const query of SEARCH_QUERIES) {
      for (const char of query) {
        // A space changes no query (the search trims it): nothing new to show.
        if (char === ' ') await library.keyboard.type(char);
        else times.push(await keystroke(library, char));
      }
      await library.keyboard.press('Escape'); // clears the field (and searches everything again)
      await sleep(200);
    }
    const searchLongest = await longestTask(library);

    await library.testId('backup-export').click();
    await browser.waitForDownload(/policy-clipper-backup-.*\.json$/, 120_000);
    await sleep(500);
    const exportLongest = await longestTask(library);
    return {
      ui: {
        librarySearchKeystrokeMs: { median: round(median(times)), max: round(Math.max(...times)) },
        librarySearchFirstKeystrokeMs: round(first),
        librarySearchKeystrokes: times.length,
        libraryLongestTaskMs: round(Math.max(importLongest, searchLongest, exportLongest)),
        libraryLongestTask: {
          importMs: round(importLongest),
          searchMs: round(searchLongest),
          exportMs: round(exportLongest),
        },
        libraryClips: backup.clips,
      },
    };
  } finally {
    await browser.close();
  }
};
