/**
 * `npm run test:e2e`: build the Chrome extension twice, as released (`.output/chrome-mv3`, what
 * `npm run build` makes) and for the suite (`--mode e2e`, `.output/chrome-mv3-e2e`: the same manifest,
 * plus the background's test hooks), then run the real-browser suite in Chromium on the second.
 * `production-build.e2e.ts` checks the two manifests are the same and the release has no test hook.
 * Without Chromium the suite cannot run: say so loudly; under CI=true that is a failure, never a pass.
 */
import { spawnSync } from 'node:child_process';
import { chromePath } from '@/tests/support/browser-path';

const found = chromePath();
if (!found) {
  const line =
    '!!! E2E TESTS DID NOT RUN: no Chromium found (set CHROME_PATH, or on Debian: apt-get install -y chromium).';
  console.error(`\n${line}\n`);
  process.exit(process.env.CI === 'true' ? 1 : 0);
}
const chrome: string = found;

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run('npx', ['wxt', 'build', '-b', 'chrome']);
run('npx', ['wxt', 'build', '-b', 'chrome', '--mode', 'e2e']);
run('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...process.argv.slice(2)]);
