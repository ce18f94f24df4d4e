/**
 * `npm run test:e2e [-- --browser chromium|firefox] [files…]`: builds the extension for each browser
 * twice, as released (`.output/chrome-mv3`, `.output/firefox-mv2`: what `npm run build` makes) and for
 * the suites (`--mode e2e`, `…-e2e`: the same manifest plus the background's test hooks), then runs the
 * real-browser suites in each browser on the second (one vitest project per browser);
 * `production-build.e2e.ts` checks the two manifests are the same and the release has no test hook.
 * A browser that is not installed cannot be tested: say so loudly; under CI=true that is a failure.
 */
import { spawnSync } from 'node:child_process';
import { BROWSERS, browserBinary, buildArgs, INSTALL_HINT, type BrowserName } from '@/tests/support/driver';

function requestedBrowsers(args: string[]): BrowserName[] {
  const i = args.indexOf('--browser');
  if (i < 0) return [...BROWSERS];
  const name = args[i + 1];
  if (!BROWSERS.includes(name as BrowserName)) {
    console.error(`--browser must be one of: ${BROWSERS.join(', ')}`);
    process.exit(2);
  }
  args.splice(i, 2);
  return [name as BrowserName];
}

const args = process.argv.slice(2);
const wanted = requestedBrowsers(args);
const present = wanted.filter((name) => {
  if (browserBinary(name)) return true;
  console.error(
    `\n!!! E2E TESTS DID NOT RUN IN ${name.toUpperCase()}: it is not installed (${INSTALL_HINT[name]}).\n`,
  );
  return false;
});
if (present.length < wanted.length && process.env.CI === 'true') process.exit(1);
if (present.length === 0) process.exit(0);

function run(cmd: string, cmdArgs: string[]): void {
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

for (const name of present) {
  run('npx', buildArgs(name, 'release'));
  run('npx', buildArgs(name, 'e2e'));
}
run('npx', [
  'vitest',
  'run',
  '-c',
  'vitest.e2e.config.ts',
  ...present.flatMap((name) => ['--project', name]),
  ...args,
]);
