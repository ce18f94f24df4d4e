/**
 * Bundle sizes (gzip) of what the extension injects into pages: the always-on content script (every
 * page the user visits; budget 8 KB) and the on-demand extractor, measured on a fresh production build
 * (`fresh-build.ts`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AreaBench } from './context';
import { withFreshChromeBuild } from './fresh-build';

const gzipBytes = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * What the PDF reader page loads: the scripts and styles `pdf.html` names, the viewer chunk it imports
 * when it starts, and pdf.js's worker (pdf.js itself is in the page's own chunk). The CMaps, fonts and
 * wasm under `pdfjs/` are fetched only as a PDF needs them: `pdfDataBytes` is their size on disk.
 */
function pdfReaderFiles(dir: string): string[] {
  const html = readFileSync(join(dir, 'pdf.html'), 'utf8');
  const named = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  const chunk = (folder: string, pattern: RegExp): string[] =>
    readdirSync(join(dir, folder))
      .filter((f) => pattern.test(f))
      .map((f) => `${folder}/${f}`);
  return [...named, ...chunk('chunks', /^pdf_viewer-.*\.js$/), ...chunk('assets', /^pdf\.worker.*\.mjs$/)];
}

function dataBytes(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + readFileSync(join(entry.parentPath, entry.name)).length, 0);
}

export const bench: AreaBench = ({ root }) =>
  withFreshChromeBuild(root, (dir) => {
    const out = join(dir, 'content-scripts');
    const highlighter = join(out, 'highlighter.js');
    const reader = pdfReaderFiles(dir);
    return {
      bundle: {
        contentAlwaysGzipBytes: gzipBytes(join(out, 'page.js')),
        extractorGzipBytes: gzipBytes(join(dir, 'extractor.js')),
        highlighterGzipBytes: existsSync(highlighter) ? gzipBytes(highlighter) : null,
        contentAlwaysBudgetBytes: 8 * 1024,
        pdfReaderGzipBytes: reader.reduce((sum, file) => sum + gzipBytes(join(dir, file)), 0),
        pdfWorkerGzipBytes: gzipBytes(join(dir, reader.find((f) => f.includes('pdf.worker')) ?? '')),
        pdfDataBytes: dataBytes(join(dir, 'pdfjs')),
      },
    };
  });
