/**
 * The suite tests what users get: the build it loads (`--mode e2e`) has the release's manifest exactly
 * (permissions, host access, CSP, content scripts), and the release (what `npm run build` makes, built
 * by run.ts) holds no test hook — for the browser of the running project (Chrome MV3 or Firefox MV2).
 * No browser needed: files only.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_BUILDS } from '@/tests/support/driver';
import { BROWSER } from './harness';

/** What only builds for the suite may hold: the background's stand-in for menu clicks and shortcuts. */
const TEST_HOOK = 'policyClipperBrowserEvents';
const { release: RELEASE_DIR, e2e: E2E_DIR } = EXTENSION_BUILDS[BROWSER];
const WEB = ['http://*/*', 'https://*/*'];

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_security_policy?: string | { extension_pages?: string };
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: unknown[];
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

describe(`the release build and the suite’s build (${BROWSER})`, () => {
  it('both exist (run.ts builds them)', () => {
    expect(existsSync(join(RELEASE_DIR, 'manifest.json'))).toBe(true);
    expect(existsSync(join(E2E_DIR, 'manifest.json'))).toBe(true);
  });

  it('have the same manifest: the suite runs with the release’s permissions', () => {
    expect(manifest(E2E_DIR)).toEqual(manifest(RELEASE_DIR));
  });

  it('ask for the minimum: web pages (Chrome: and local files, for the PDF reader), no activeTab, no clipboardWrite', () => {
    const m = manifest(RELEASE_DIR);
    // `alarms`: the team library's periodic sync (docs/sync.md).
    const api = ['alarms', 'contextMenus', 'downloads', 'scripting', 'storage', 'unlimitedStorage'];
    // A team server is a web origin the host access above covers: nothing optional on top of it.
    if (BROWSER === 'chromium') {
      expect(m.host_permissions).toEqual([...WEB, 'file:///*']);
      // `declarativeNetRequestWithHostAccess`: "Open PDFs in Policy Clipper's reader" (wxt.config.ts).
      expect([...(m.permissions ?? [])].sort()).toEqual(
        [...api, 'declarativeNetRequestWithHostAccess', 'offscreen', 'sidePanel'].sort(),
      );
      expect(m.optional_host_permissions).toBeUndefined();
    } else {
      // Manifest V2 lists host access among the permissions; Firefox never lets extensions read local files.
      expect(m.host_permissions).toBeUndefined();
      expect([...(m.permissions ?? [])].sort()).toEqual([...api, ...WEB].sort());
      expect(m.optional_permissions).toBeUndefined();
    }
    for (const script of m.content_scripts ?? []) expect(script.matches).toEqual(WEB);
  });

  it('make web-accessible only the in-page frame (a per-session address) and, in Chrome, the PDF reader', () => {
    const war = manifest(RELEASE_DIR).web_accessible_resources;
    if (BROWSER === 'chromium')
      expect(war).toEqual([
        { resources: ['inpage.html'], matches: WEB, use_dynamic_url: true },
        // The redirect's target: Chrome follows it only to a page web origins may open (wxt.config.ts).
        { resources: ['pdf.html'], matches: WEB, use_dynamic_url: false },
      ]);
    else expect(war).toEqual(['inpage.html']);
  });

  it('run only their own scripts on extension pages: no unsafe-eval, no remote script', () => {
    const declared = manifest(RELEASE_DIR).content_security_policy;
    // MV3 has a policy per context; MV2 (Firefox) one string for extension pages.
    const csp = (typeof declared === 'string' ? declared : declared?.extension_pages) ?? '';
    const scriptSrc = /(?:^|;)\s*script-src\s+([^;]*)/.exec(csp)?.[1]?.trim().split(/\s+/) ?? [];
    expect(scriptSrc).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp).not.toMatch(/'unsafe-eval'|'unsafe-inline'|https?:|\*/);
    expect(csp).toMatch(/object-src 'self'/);
  });

  it('the test hook is in the suite’s build only, never in the release', () => {
    expect(holding(E2E_DIR, TEST_HOOK)).not.toEqual([]);
    expect(holding(RELEASE_DIR, TEST_HOOK)).toEqual([]);
  });
});
