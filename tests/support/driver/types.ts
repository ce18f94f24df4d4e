/**
 * The driver interface: what an end-to-end scenario may do with a browser that has the extension
 * installed. Scenarios are written once against it; `chromium.ts` (playwright-core) and `firefox.ts`
 * (puppeteer-core over WebDriver BiDi) implement it. See docs/testing.md.
 */
import type { browser } from 'wxt/browser';

export type { BrowserName } from './browsers';

/** The WebExtension API as extension code sees it (`browser` in Firefox, `chrome` in Chromium MV3). */
export type ExtensionApi = typeof browser;

/** A value that survives the trip into a page and back (both drivers serialise arguments as JSON). */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface LaunchOptions {
  /** The browser's UI language (`en`, `zh-CN`): the extension's `_locales` follow it. */
  lang?: 'en' | 'zh-CN';
  colorScheme?: 'light' | 'dark';
  /** Install the extension (default true); false gives a plain browser (e.g. for text-fragment checks). */
  extension?: boolean;
  /**
   * Which build to install: `e2e` (default: the release's manifest plus the background's test hooks,
   * `wxt build --mode e2e`) or `release` (what `npm run build` makes: `npm start`, benches).
   */
  build?: 'e2e' | 'release';
  /** Whether web pages' own scripts run (default true); benches time a page as its saved DOM. */
  pageScripts?: boolean;
  /** Viewport of new tabs (default 1280×720 headless; headed, the window's own size). */
  viewport?: { width: number; height: number };
  /** Headless (default) or in windows on the display (`npm start`). */
  headless?: boolean;
}

export interface DownloadedFile {
  /** The file name the extension asked for (as saved on disk). */
  name: string;
  path: string;
  text: string;
}

/** A browser-event hook of the background (see `policyClipperBrowserEvents` in entrypoints/background). */
export type BrowserEvent = 'menuClick' | 'command';
