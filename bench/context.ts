/** What every area benchmark receives from `bench/run.ts`. */
export interface BenchContext {
  /** Project root (absolute). */
  root: string;
  /** A corpus folder laid out like `../shared/corpus` (with `pages/<slug>/source.html`), or null: use project fixtures. */
  corpus: string | null;
  /** Path of a Chromium binary that exists, or null when none is installed (Chromium parts then report `skipped`). */
  chromePath: string | null;
  /** Path of a Firefox binary that exists, or null (the Firefox parts then report `skipped`). */
  firefoxPath: string | null;
}

/** An area's figures, merged under their top-level key names into the one JSON line. */
export type BenchFigures = Record<string, unknown>;

export type AreaBench = (ctx: BenchContext) => Promise<BenchFigures>;
