import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BROWSERS } from './tests/support/driver/browsers.ts';

// Real-browser tests: every suite runs once per browser (one project each: `--project firefox`), with
// the browser's build of the extension installed. One file at a time, since each launches a browser and
// CI machines have two cores. Started through tests/e2e/run.ts, which builds the extension first and
// decides what to do when a browser is not installed.
export default defineConfig({
  // WXT's `@/` alias (the unit config gets it from the WxtVitest plugin).
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 90_000,
    // The browsers answer in their own time: a poll waits up to 10 s (assertions never time the product).
    expect: { poll: { timeout: 10_000, interval: 100 } },
    projects: BROWSERS.map((name) => ({
      extends: true,
      test: { name, include: ['tests/e2e/**/*.e2e.ts'], provide: { browser: name } },
    })),
  },
});
