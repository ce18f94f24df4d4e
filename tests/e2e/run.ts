/**
 * `npm run test:e2e [-- --browser chromium|firefox] [files…]`: builds the extension for each browser,
 * then runs the real-browser suites in each (one vitest project per browser). A browser that is not
 * installed cannot be tested: say so loudly; under CI=true that is a failure, never a pass.
 */
import { spawnSync } from 'node:child_process';
import {
  BROWSERS,
  browserBinary,
  EXTENSION_BUILDS,
  INSTALL_HINT,
  type BrowserName,
} from '@/tests/support/driver';

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

for (const name of present) run('npx', ['wxt', 'build', '-b', EXTENSION_BUILDS[name].wxtBrowser]);
run('npx', [
  'vitest',
  'run',
  '-c',
  'vitest.e2e.config.ts',
  ...present.flatMap((name) => ['--project', name]),
  ...args,
]);
