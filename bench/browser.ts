/**
 * Browser plumbing for the Chromium halves of the benches and the text-fragment check: bundles a module with vite into an
 * IIFE (under .tmp/), serves pages from a local HTTP server and launches headless Chromium.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '@/tests/support/browser-path';

export { CHROMIUM_FLAGS };

/** Bundles `entry` (absolute path) as an IIFE assigning its exports to `globalName`; returns the code. */
export async function bundleIife(root: string, entry: string, globalName: string): Promise<string> {
  const { build } = await import('vite');
  const outDir = join(root, '.tmp', `bundle-${globalName}`);
  mkdirSync(outDir, { recursive: true });
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    resolve: { alias: { '@': root } },
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: { entry, formats: ['iife'], name: globalName, fileName: () => 'bundle.js' },
    },
  });
  return readFileSync(join(outDir, 'bundle.js'), 'utf8');
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `files` (path → body) on 127.0.0.1 at a free port. */
export async function serveFiles(
  files: Record<string, { body: string | Uint8Array; type: string }>,
): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const file = files[path];
    if (file === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    // Browsers keep connections alive: drop them, or closing waits for their timeout.
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_FLAGS] });
}
