/**
 * The suite tests what users get: the build it loads (`--mode e2e`) has the release's manifest exactly
 * (permissions, host access, CSP, content scripts), and the release (`npm run build`'s
 * `.output/chrome-mv3`, built by run.ts) holds no test hook. No browser needed: files only.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, RELEASE_DIR } from './harness';

/** What only builds for the suite may hold: the background's stand-in for menu clicks and shortcuts. */
const TEST_HOOK = 'policyClipperBrowserEvents';

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  content_security_policy?: { extension_pages?: string };
  content_scripts?: { matches: string[] }[];
}

const manifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const holding = (dir: string, text: string): string[] =>
  filesUnder(dir).filter((f) => /\.(?:m?js|html|json)$/.test(f) && readFileSync(f, 'utf8').includes(text));

describe('the release build and the suite’s build', () => {
  it('both exist (run.ts builds them)', () => {
    expect(existsSync(join(RELEASE_DIR, 'manifest.json'))).toBe(true);
    expect(existsSync(join(EXTENSION_DIR, 'manifest.json'))).toBe(true);
  });

  it('have the same manifest: the suite runs with the release’s permissions', () => {
    expect(manifest(EXTENSION_DIR)).toEqual(manifest(RELEASE_DIR));
  });

  it('ask for the minimum: web pages (and local files, for the PDF reader), no activeTab, no clipboardWrite', () => {
    const m = manifest(RELEASE_DIR);
    expect(m.host_permissions).toEqual(['http://*/*', 'https://*/*', 'file:///*']);
    expect([...(m.permissions ?? [])].sort()).toEqual(
      [
        'contextMenus',
        'downloads',
        'offscreen',
        'sidePanel',
        'scripting',
        'storage',
        'unlimitedStorage',
      ].sort(),
    );
    for (const script of m.content_scripts ?? [])
      expect(script.matches).toEqual(['http://*/*', 'https://*/*']);
  });

  it('run only their own scripts on extension pages: no unsafe-eval, no remote script', () => {
    const csp = manifest(RELEASE_DIR).content_security_policy?.extension_pages ?? '';
    const scriptSrc = /(?:^|;)\s*script-src\s+([^;]*)/.exec(csp)?.[1]?.trim().split(/\s+/) ?? [];
    expect(scriptSrc).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp).not.toMatch(/'unsafe-eval'|'unsafe-inline'|https?:|\*/);
    expect(csp).toMatch(/object-src 'self'/);
  });

  it('the test hook is in the suite’s build only, never in the release', () => {
    expect(holding(EXTENSION_DIR, TEST_HOOK)).not.toEqual([]);
    expect(holding(RELEASE_DIR, TEST_HOOK)).toEqual([]);
  });
});
