/**
 * The driver for Chromium: Debian's Chromium through playwright-core, the Chrome build loaded unpacked
 * into a fresh persistent profile under `.tmp/`, headless.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  chromium,
  type BrowserContext,
  type ElementHandle,
  type Frame,
  type Page,
  type Worker,
} from 'playwright-core';
import { CHROMIUM_FLAGS, chromePath } from '../browser-path';
import { resolveQuery, type QueryStep } from './in-page';
import { BrowserSession } from './session';
import { callExpression, Surface, Tab, type Keyboard, type Mouse } from './tab';
import { contentOrigin } from './in-page';

/** The element `steps` designate in `frame`, as Playwright's handle. */
async function elementIn(frame: Frame, steps: QueryStep[]): Promise<ElementHandle> {
  const handle = await frame.evaluateHandle(callExpression(resolveQuery, steps));
  const first = await handle.evaluateHandle((els: Element[]) => els[0]);
  const element = first.asElement();
  if (!element) throw new Error(`No element: ${JSON.stringify(steps)}`);
  return element;
}

/** An iframe of a tab's page. */
class ChromiumFrame extends Surface {
  constructor(
    private readonly frame: Frame,
    private readonly tab: ChromiumTab,
  ) {
    super();
  }
  get keyboard(): Keyboard {
    return this.tab.keyboard;
  }
  url(): Promise<string> {
    return Promise.resolve(this.frame.url());
  }
  async clickAt(x: number, y: number): Promise<void> {
    const origin = await (await this.frame.frameElement()).evaluate(contentOrigin);
    await this.tab.mouse.click(origin.x + x, origin.y + y);
  }
  protected evaluateExpression(expression: string): Promise<unknown> {
    return this.frame.evaluate(expression);
  }
  async selectOption(steps: QueryStep[], value: string): Promise<void> {
    await (await elementIn(this.frame, steps)).selectOption(value);
  }
  async setInputFiles(steps: QueryStep[], path: string): Promise<void> {
    await (await elementIn(this.frame, steps)).setInputFiles(path);
  }
}
import type { BrowserName, LaunchOptions } from './types';

class ChromiumTab extends Tab {
  readonly mouse: Mouse;
  readonly keyboard: Keyboard;

  constructor(readonly page: Page) {
    super();
    this.mouse = {
      move: (x, y, steps) => page.mouse.move(x, y, { steps: steps ?? 1 }),
      down: () => page.mouse.down(),
      up: () => page.mouse.up(),
      click: (x, y) => page.mouse.click(x, y),
    };
    this.keyboard = {
      type: (text) => page.keyboard.type(text),
      press: (key) => page.keyboard.press(key),
    };
  }

  url(): Promise<string> {
    return Promise.resolve(this.page.url());
  }
  async goto(url: string): Promise<void> {
    await this.page.goto(url);
  }
  async reload(): Promise<void> {
    await this.page.reload();
  }
  bringToFront(): Promise<void> {
    return this.page.bringToFront();
  }
  close(): Promise<void> {
    return this.page.close();
  }
  setViewport(width: number, height: number): Promise<void> {
    return this.page.setViewportSize({ width, height });
  }
  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }
  protected evaluateExpression(expression: string): Promise<unknown> {
    return this.page.evaluate(expression);
  }
  async selectOption(steps: QueryStep[], value: string): Promise<void> {
    await (await elementIn(this.page.mainFrame(), steps)).selectOption(value);
  }
  async setInputFiles(steps: QueryStep[], path: string): Promise<void> {
    await (await elementIn(this.page.mainFrame(), steps)).setInputFiles(path);
  }
  frames(): Promise<Surface[]> {
    const main = this.page.mainFrame();
    return Promise.resolve(
      this.page
        .frames()
        .filter((f) => f.parentFrame() === main)
        .map((f) => new ChromiumFrame(f, this)),
    );
  }
}

class ChromiumSession extends BrowserSession {
  readonly name: BrowserName = 'chromium';
  readonly restrictedUrl = 'chrome://version/';
  /** Playwright's persistent contexts do not expose it (CDP gives the benches CPU times instead). */
  readonly processId = null;
  private readonly tabs = new WeakMap<Page, ChromiumTab>();

  constructor(
    private readonly context: BrowserContext,
    readonly extensionOrigin: string,
    readonly downloadsDir: string,
    private readonly profileDir: string,
    /** The blank tab the browser started with. */
    private spare: Page | undefined,
  ) {
    super();
  }

  private tab(page: Page): ChromiumTab {
    let tab = this.tabs.get(page);
    if (!tab) this.tabs.set(page, (tab = new ChromiumTab(page)));
    return tab;
  }

  /** The blank tab the browser starts with is used for the first new tab, not left lying around. */
  async newTab(): Promise<Tab> {
    const spare = this.spare;
    this.spare = undefined;
    return this.tab(spare ?? (await this.context.newPage()));
  }

  async waitForNewTab(action: () => Promise<unknown>): Promise<Tab> {
    const [page] = await Promise.all([this.context.waitForEvent('page'), action()]);
    await page.waitForLoadState();
    return this.tab(page);
  }

  /** The extension's service worker; after it was stopped Playwright may still list the old one. */
  private async worker(): Promise<Worker> {
    const answers = (w: Worker): Promise<boolean> => w.evaluate(() => true).catch(() => false);
    for (const w of this.context
      .serviceWorkers()
      .filter((x) => x.url().startsWith(this.extensionOrigin))
      .reverse()) {
      if (await answers(w)) return w;
    }
    // A stopped worker starts again for a message from an extension page.
    const waking = this.context.waitForEvent('serviceworker');
    const page = await this.context.newPage();
    await page.goto(`${this.extensionOrigin}/popup.html?tabId=999999`).catch(() => undefined);
    const woken = await waking;
    await page.close();
    return woken;
  }

  protected async evaluateInExtension(expression: string): Promise<unknown> {
    return (await this.worker()).evaluate(expression);
  }

  /** Stops the worker the way a user can: the Stop button of chrome://serviceworker-internals. */
  async stopBackground(): Promise<void> {
    const internals = await this.context.newPage();
    await internals.goto('chrome://serviceworker-internals/');
    const entry = internals
      .locator('.serviceworker-registration')
      .filter({ hasText: new URL(this.extensionOrigin).host });
    const before = await this.worker();
    // A worker already stopped has no Stop button to wait for: the checks below then see it stopped.
    const pressStop = (): Promise<void> =>
      entry
        .locator('cr-button[data-command="stop"]')
        .first()
        .click({ timeout: 5_000 })
        .catch(() => undefined);
    await pressStop();
    const status = entry.locator('.serviceworker-running-status .value').first();
    // Stopped: the status says so, or the old worker no longer answers (a page's open port may wake
    // a new one before the status line is read).
    // Each probe is bounded: a worker being torn down may never answer, and the internals page
    // re-renders its entries as states change (a locator waiting for one could wait for good).
    const answers = (): Promise<boolean> =>
      Promise.race([
        before.evaluate(() => true).catch(() => false),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2_000)),
      ]);
    const stopped = async (): Promise<boolean> =>
      (await status.textContent({ timeout: 2_000 }).catch(() => null)) === 'STOPPED' || !(await answers());
    for (let i = 1; !(await stopped()); i++) {
      // A worker in the middle of a task may miss a first Stop: press it again.
      if (i % 10 === 0) await pressStop();
      if (i > 100)
        throw new Error(
          `The service worker did not stop (status: ${await status.textContent({ timeout: 2_000 }).catch(() => '?')})`,
        );
      await internals.waitForTimeout(100);
    }
    await internals.close();
  }

  closed(): Promise<void> {
    return new Promise((resolve) => this.context.once('close', () => resolve()));
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.profileDir, { recursive: true, force: true });
    rmSync(this.downloadsDir, { recursive: true, force: true });
  }
}

export async function launchChromium(
  root: string,
  extensionDir: string,
  options: LaunchOptions,
): Promise<BrowserSession> {
  const executablePath = chromePath();
  if (!executablePath) throw new Error('No Chromium: set CHROME_PATH or install Debian chromium.');
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const profileDir = mkdtempSync(join(root, '.tmp/chromium-profile-'));
  const downloadsDir = mkdtempSync(join(root, '.tmp/downloads-'));
  const lang = options.lang ?? 'en';
  mkdirSync(join(profileDir, 'Default'), { recursive: true });
  const prefs = {
    download: { default_directory: downloadsDir, prompt_for_download: false, directory_upgrade: true },
  };
  writeFileSync(join(profileDir, 'Default/Preferences'), JSON.stringify(prefs));
  const withExtension = options.extension !== false;
  const headless = options.headless !== false;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless,
    // Headed (`npm start`), Ctrl+C is the caller's: it closes the browser and then removes the profile.
    handleSIGINT: headless,
    // Headed, the window is the user's: no "controlled by automated software" bar, no fixed viewport.
    ...(headless ? {} : { ignoreDefaultArgs: ['--enable-automation'] }),
    locale: lang,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? (headless ? { width: 1280, height: 720 } : null),
    javaScriptEnabled: options.pageScripts !== false,
    args: [
      ...(withExtension
        ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
        : []),
      `--lang=${lang}`,
      ...CHROMIUM_FLAGS,
    ],
    env: { ...process.env, LANGUAGE: lang.replace('-', '_') },
  });
  // Downloads started by the extension must keep the file name it chose: give the browser its normal
  // download behaviour back (Playwright renames files to GUIDs), into the folder of the profile's prefs.
  const spare = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(spare);
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
  let origin = '';
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // (`URL.origin` is "null" for a scheme Node does not know.)
    origin = `chrome-extension://${new URL(worker.url()).host}`;
  }
  return new ChromiumSession(context, origin, downloadsDir, profileDir, spare);
}
