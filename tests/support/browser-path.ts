import { existsSync } from 'node:fs';

/** The Chromium to drive: `CHROME_PATH`, else Debian's `/usr/bin/chromium`; null when neither exists. */
export function chromePath(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
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
