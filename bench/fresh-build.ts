/**
 * A fresh production build of the Chrome extension for a bench, made in a temporary folder (wxt's JS
 * API takes an `outDir`; its CLI and environment do not), so a bench never measures a stale
 * `.output/` and never writes to it while `npm run build`, the e2e suite or a developer uses it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Run in a child process: a wxt build sets process-wide state (NODE_ENV, its global instance) that
// the other areas, run after this one in the same process, must not see. Its log stays off stdout,
// whose last line `npm run bench -- --json` keeps for the JSON figures.
// Every wxt build rewrites the shared `.wxt/` (types, tsconfig; only files whose text changed). The
// hook keeps `.wxt/tsconfig.json` as any other build writes it, excluding `.output`, not this folder.
const BUILD_SCRIPT = `
import { relative, resolve } from 'node:path';
import { build } from 'wxt';
const root = process.cwd();
const fromWxtDir = (wxt, dir) => relative(wxt.config.wxtDir, dir).replaceAll('\\\\', '/');
await build({
  root,
  browser: 'chrome',
  manifestVersion: 3,
  mode: 'production',
  outDir: process.env.BENCH_WXT_OUT_DIR,
  outDirTemplate: 'chrome-mv3',
  hooks: {
    'prepare:tsconfig': (wxt, { tsconfig }) => {
      const temporary = fromWxtDir(wxt, wxt.config.outBaseDir);
      const usual = fromWxtDir(wxt, resolve(root, '.output'));
      tsconfig.exclude = (tsconfig.exclude ?? []).map((p) => (p === temporary ? usual : p));
    },
  },
});
`;

/** Builds the Chrome extension into `<outBase>/chrome-mv3`; returns that folder. */
function buildChrome(root: string, outBase: string): string {
  try {
    execFileSync(process.execPath, ['--input-type=module', '-e', BUILD_SCRIPT], {
      cwd: root,
      env: { ...process.env, BENCH_WXT_OUT_DIR: outBase },
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    const lines = ((e as { stderr?: Buffer }).stderr?.toString() ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const errors = lines.filter((l) => /error/i.test(l));
    const shown = (errors.length ? errors : lines.slice(-5)).slice(0, 5).join(' | ');
    throw new Error(`wxt build (chrome) failed${shown ? `: ${shown}` : ''}`, { cause: e });
  }
  return join(outBase, 'chrome-mv3');
}

/** Runs `use` on a fresh build's `chrome-mv3` folder, removed afterwards. */
export async function withFreshChromeBuild<T>(
  root: string,
  use: (dir: string) => Promise<T> | T,
): Promise<T> {
  const outBase = mkdtempSync(join(tmpdir(), 'policy-clipper-bench-build-'));
  try {
    return await use(buildChrome(root, outBase));
  } finally {
    rmSync(outBase, { recursive: true, force: true });
  }
}
