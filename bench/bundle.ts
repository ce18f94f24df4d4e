/**
 * Bundle sizes (gzip) of what the extension injects into pages: the always-on content script (every
 * page the user visits; budget 8 KB) and the on-demand extractor, measured on a fresh production build
 * (`fresh-build.ts`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AreaBench } from './context';
import { withFreshChromeBuild } from './fresh-build';

const gzipBytes = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

export const bench: AreaBench = ({ root }) =>
  withFreshChromeBuild(root, (dir) => {
    const out = join(dir, 'content-scripts');
    const highlighter = join(out, 'highlighter.js');
    return {
      bundle: {
        contentAlwaysGzipBytes: gzipBytes(join(out, 'page.js')),
        extractorGzipBytes: gzipBytes(join(dir, 'extractor.js')),
        highlighterGzipBytes: existsSync(highlighter) ? gzipBytes(highlighter) : null,
        contentAlwaysBudgetBytes: 8 * 1024,
      },
    };
  });
