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

/** Each browser's extension build (`wxt build -b chrome|firefox`). */
export const EXTENSION_BUILDS: Record<BrowserName, { dir: string; wxtBrowser: string }> = {
  chromium: { dir: join(ROOT, '.output/chrome-mv3'), wxtBrowser: 'chrome' },
  firefox: { dir: join(ROOT, '.output/firefox-mv2'), wxtBrowser: 'firefox' },
};

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
  const build = EXTENSION_BUILDS[name];
  if (options.extension !== false && !existsSync(join(build.dir, 'manifest.json')))
    throw new Error(`No extension build in ${build.dir}: run npx wxt build -b ${build.wxtBrowser}`);
  if (name === 'chromium') return (await import('./chromium')).launchChromium(ROOT, build.dir, options);
  return (await import('./firefox')).launchFirefox(ROOT, build.dir, options);
}
