/**
 * The in-page half of the browser extraction benches (Chromium, Firefox), bundled into each page (see
 * extract-browser-entry.ts). Both sides are scripts the Node half sets on the page as functions, and
 * each call evaluates and runs its script once, as an injection does:
 * - "ours" is the shipped extractor itself (`extractor.js` of a fresh production build): what the
 *   browser runs when the popup asks for an analysis (the background detects findings on its answer);
 * - "raw" is a script holding only Readability, running `new Readability(clone).parse()`.
 * So both pay for setting up their code on every run, and the ratio is what our extraction costs the
 * page over Readability alone.
 */
export type Side = 'ours' | 'raw';

/** Where the Node half puts each side's script. */
export const SIDE_SCRIPTS: Record<Side, string> = {
  ours: '__policyClipperShippedExtractor',
  raw: '__policyClipperRawReadability',
};

/** Each side's answer: whether it found an article. */
const found: Record<Side, (answer: unknown) => boolean> = {
  ours: (answer) => (answer as { ok?: unknown } | undefined)?.ok === true,
  raw: (answer) => answer === true,
};

const script = (side: Side): (() => unknown) | undefined =>
  (window as unknown as Record<string, (() => unknown) | undefined>)[SIDE_SCRIPTS[side]];

/** Runs `side` `times` times; false when a side's script is not on the page. */
export function runBatch(side: Side, times: number): boolean {
  const run = script(side);
  if (!run || !script(side === 'ours' ? 'raw' : 'ours')) return false;
  for (let i = 0; i < times; i++) run();
  return true;
}

/** Wall milliseconds of `times` runs of `side` (browsers without a CPU-time metric), or -1 when it is missing. */
export function timeBatch(side: Side, times: number): number {
  const started = performance.now();
  return runBatch(side, times) ? performance.now() - started : -1;
}

/** Whether each side finds an article on this page: a bench of a failing extraction would mean nothing. */
export function check(): Record<Side, boolean> {
  const answer = (side: Side): boolean => {
    const run = script(side);
    return run ? found[side](run()) : false;
  };
  return { ours: answer('ours'), raw: answer('raw') };
}

/** Wall milliseconds of one run of each side, to size the batches. */
export function probe(): Record<Side, number> {
  const time = (side: Side): number => {
    const started = performance.now();
    script(side)?.();
    return performance.now() - started;
  };
  return { ours: time('ours'), raw: time('raw') };
}
