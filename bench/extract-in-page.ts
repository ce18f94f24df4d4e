/**
 * The in-page half of the Chromium extraction bench, bundled into each page (see
 * extract-browser-entry.ts): runs our `extract` or raw Readability on the page's own document.
 */
import { Readability } from '@mozilla/readability';
import { extract } from '../utils/extract';

export type Side = 'ours' | 'raw';

function runOnce(side: Side): boolean {
  if (side === 'ours') return extract(document, location.href).ok;
  return new Readability(document.cloneNode(true) as Document).parse() !== null;
}

/** Runs `side` `times` times; returns whether the last run found an article. */
export function runBatch(side: Side, times: number): boolean {
  let ok = false;
  for (let i = 0; i < times; i++) ok = runOnce(side);
  return ok;
}

/** Wall milliseconds of one run of each side, to size the batches. */
export function probe(): Record<Side, number> {
  const time = (side: Side): number => {
    const started = performance.now();
    runOnce(side);
    return performance.now() - started;
  };
  return { ours: time('ours'), raw: time('raw') };
}
