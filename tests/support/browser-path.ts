import { existsSync } from 'node:fs';

const firstExisting = (candidates: (string | undefined)[]): string | null =>
  candidates.find((p): p is string => !!p && existsSync(p)) ?? null;

/** The Chromium to drive: `CHROME_PATH`, else Debian's `/usr/bin/chromium`; null when neither exists. */
export function chromePath(): string | null {
  return firstExisting([process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']);
}

/** The Firefox to drive: `FIREFOX_PATH`, else Debian's `/usr/bin/firefox-esr` (or `firefox`); null when none exists. */
export function firefoxPath(): string | null {
  return firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
}

/**
 * Flags for headless Chromium on a machine without network: without the background-networking ones,
 * Chromium's own connections are refused many at a time; no GPU, no sandbox (CI runs as root).
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
