import { defineConfig } from 'vitest/config';

// Real-browser tests: Chromium with the built extension loaded unpacked. One file at a time, since each
// launches a browser and CI machines have two cores. Started through tests/e2e/run.ts, which builds
// the extension first and decides what to do when no Chromium is installed.
export default defineConfig({
  // WXT's `@/` alias (the unit config gets it from the WxtVitest plugin).
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
