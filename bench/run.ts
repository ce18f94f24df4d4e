/**
 * `npm run bench [-- --json] [-- --corpus DIR] [-- --only a,b]`: every area's figures, printed as a
 * readable list; with `--json` the last line is one JSON object holding all of them (names are stable:
 * issues and CI read them). The corpus defaults to ../shared/corpus when present, else project fixtures.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromePath, firefoxPath } from '@/tests/support/browser-path';
import type { AreaBench, BenchContext } from './context';

const AREAS: Record<string, () => Promise<{ bench: AreaBench }>> = {
  bundle: () => import('./bundle'),
  extract: () => import('./extract'),
  detect: () => import('./detect'),
  anchor: () => import('./anchor'),
  store: () => import('./store'),
  brief: () => import('./brief'),
  ui: () => import('./ui'),
  pdf: () => import('./pdf'),
  reliability: () => import('./reliability'),
};

function argValue(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

function printFigures(prefix: string, value: unknown): void {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) printFigures(prefix ? `${prefix}.${k}` : k, v);
  } else {
    console.log(
      `${prefix.padEnd(44)} ${typeof value === 'number' ? +value.toFixed(3) : JSON.stringify(value)}`,
    );
  }
}

async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '..');
  const corpusArg = argValue('--corpus');
  const defaultCorpus = resolve(root, '../shared/corpus');
  const corpus = corpusArg ? resolve(corpusArg) : existsSync(defaultCorpus) ? defaultCorpus : null;
  const ctx: BenchContext = { root, corpus, chromePath: chromePath(), firefoxPath: firefoxPath() };
  const only = argValue('--only')?.split(',') ?? Object.keys(AREAS);
  const figures: Record<string, unknown> = {
    corpus: corpus ?? 'project fixtures',
    chromium: ctx.chromePath !== null,
    firefox: ctx.firefoxPath !== null,
  };
  for (const area of only) {
    const load = AREAS[area];
    if (!load) throw new Error(`Unknown bench area "${area}" (known: ${Object.keys(AREAS).join(', ')})`);
    const started = performance.now();
    try {
      Object.assign(figures, await (await load()).bench(ctx));
    } catch (e) {
      figures[area] = { error: e instanceof Error ? e.message : String(e) };
    }
    console.error(`[bench] ${area} done in ${Math.round(performance.now() - started)} ms`);
  }
  printFigures('', figures);
  if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
}

void main();
