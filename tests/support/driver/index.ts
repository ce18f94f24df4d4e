/**
 * One driver interface, two browsers: `launchBrowser('chromium' | 'firefox', options)` gives a
 * `BrowserSession` with the extension's build for that browser installed. Scenarios use only what
 * `BrowserSession`, `Tab` and `Query` offer, so each runs unchanged in both (docs/testing.md).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromePath, firefoxPath } from '../browser-path';
import type { BrowserSession } from './session';
import type { BrowserName, LaunchOptions } from './types';

export { BrowserSession } from './session';
export { Surface } from './surface';
export { Tab } from './tab';
export { Query } from './query';
export type { BrowserName, DownloadedFile, ExtensionApi, LaunchOptions } from './types';

export const ROOT = resolve(import.meta.dirname, '../../..');

export { BROWSERS } from './browsers';

/**
 * Each browser's extension builds: `release` is what `npm run build` makes (`wxt build -b …`), `e2e`
 * the suites' (`wxt build -b … --mode e2e`: the same manifest plus the background's test hooks).
 */
export const EXTENSION_BUILDS: Record<BrowserName, { release: string; e2e: string; wxtBrowser: string }> = {
  chromium: {
    release: join(ROOT, '.output/chrome-mv3'),
    e2e: join(ROOT, '.output/chrome-mv3-e2e'),
    wxtBrowser: 'chrome',
  },
  firefox: {
    release: join(ROOT, '.output/firefox-mv2'),
    e2e: join(ROOT, '.output/firefox-mv2-e2e'),
    wxtBrowser: 'firefox',
  },
};

/** The `wxt build` arguments that make `name`'s `build`. */
export function buildArgs(name: BrowserName, build: 'e2e' | 'release'): string[] {
  const args = ['wxt', 'build', '-b', EXTENSION_BUILDS[name].wxtBrowser];
  return build === 'e2e' ? [...args, '--mode', 'e2e'] : args;
}

/** The browser binary the driver would launch, or null when it is not installed. */
export function browserBinary(name: BrowserName): string | null {
  return name === 'chromium' ? chromePath() : firefoxPath();
}

/** What to install when `name` is missing, for the loud line. */
export const INSTALL_HINT: Record<BrowserName, string> = {
  chromium: 'set CHROME_PATH, or on Debian: apt-get install -y chromium',
  firefox: 'set FIREFOX_PATH, or on Debian: apt-get install -y firefox-esr',
};

/** Starts `name` headless with a fresh profile and (unless `extension: false`) the extension installed. */
export async function launchBrowser(name: BrowserName, options: LaunchOptions = {}): Promise<BrowserSession> {
  const kind = options.build ?? 'e2e';
  const dir = EXTENSION_BUILDS[name][kind];
  if (options.extension !== false && !existsSync(join(dir, 'manifest.json')))
    throw new Error(`No extension build in ${dir}: run npx ${buildArgs(name, kind).join(' ')}`);
  if (name === 'chromium') return (await import('./chromium')).launchChromium(ROOT, dir, options);
  return (await import('./firefox')).launchFirefox(ROOT, dir, options);
}
