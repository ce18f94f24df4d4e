/**
 * A fresh production build of the extension (Chrome MV3 or Firefox MV2) for a bench, made in a temporary folder (wxt's JS
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
const browser = process.env.BENCH_WXT_BROWSER;
const manifestVersion = browser === 'firefox' ? 2 : 3;
await build({
  root,
  browser,
  manifestVersion,
  mode: 'production',
  outDir: process.env.BENCH_WXT_OUT_DIR,
  outDirTemplate: \`\${browser}-mv\${manifestVersion}\`,
  hooks: {
    'prepare:tsconfig': (wxt, { tsconfig }) => {
      const temporary = fromWxtDir(wxt, wxt.config.outBaseDir);
      const usual = fromWxtDir(wxt, resolve(root, '.output'));
      tsconfig.exclude = (tsconfig.exclude ?? []).map((p) => (p === temporary ? usual : p));
    },
  },
});
`;

export type WxtBrowser = 'chrome' | 'firefox';

/** The folder a build for `browser` lands in under its output base. */
const buildFolder = (browser: WxtBrowser): string => (browser === 'firefox' ? 'firefox-mv2' : 'chrome-mv3');

/** Builds the extension for `browser` into `<outBase>/chrome-mv3` (or `firefox-mv2`); returns that folder. */
function buildExtension(root: string, outBase: string, browser: WxtBrowser): string {
  try {
    execFileSync(process.execPath, ['--input-type=module', '-e', BUILD_SCRIPT], {
      cwd: root,
      env: { ...process.env, BENCH_WXT_OUT_DIR: outBase, BENCH_WXT_BROWSER: browser },
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
    throw new Error(`wxt build (${browser}) failed${shown ? `: ${shown}` : ''}`, { cause: e });
  }
  return join(outBase, buildFolder(browser));
}

/** Runs `use` on a fresh build's folder for `browser`, removed afterwards. */
export async function withFreshBuild<T>(
  root: string,
  browser: WxtBrowser,
  use: (dir: string) => Promise<T> | T,
): Promise<T> {
  const outBase = mkdtempSync(join(tmpdir(), 'policy-clipper-bench-build-'));
  try {
    return await use(buildExtension(root, outBase, browser));
  } finally {
    rmSync(outBase, { recursive: true, force: true });
  }
}

/** Runs `use` on a fresh Chrome build's `chrome-mv3` folder, removed afterwards. */
export function withFreshChromeBuild<T>(root: string, use: (dir: string) => Promise<T> | T): Promise<T> {
  return withFreshBuild(root, 'chrome', use);
}
