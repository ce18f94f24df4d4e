/**
 * Bundle sizes (gzip) of what the extension injects into pages: the always-on content script (every
 * page the user visits; budget 8 KB) and the on-demand extractor. Builds the Chrome extension when
 * there is no build to measure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AreaBench } from './context';

const gzipBytes = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

export const bench: AreaBench = async ({ root }) => {
  const out = join(root, '.output/chrome-mv3/content-scripts');
  if (!existsSync(join(out, 'page.js'))) {
    execFileSync('npx', ['wxt', 'build', '-b', 'chrome'], { cwd: root, stdio: 'ignore' });
  }
  return {
    bundle: {
      contentAlwaysGzipBytes: gzipBytes(join(out, 'page.js')),
      extractorGzipBytes: gzipBytes(join(out, 'extractor.js')),
      highlighterGzipBytes: existsSync(join(out, 'highlighter.js')) ? gzipBytes(join(out, 'highlighter.js')) : null,
      contentAlwaysBudgetBytes: 8 * 1024,
    },
  };
};
