/**
 * The driver for Firefox: Debian's Firefox ESR through puppeteer-core over WebDriver BiDi (no
 * geckodriver, no browser download), headless, a fresh profile under `.tmp/`, the Firefox build
 * installed as a temporary add-on. The traps (docs/testing.md): navigation to `moz-extension://` needs
 * `--remote-allow-system-access` and then never resolves (we wait for the page ourselves); the add-on's
 * UUID is pinned by a pref, since installing returns only its id.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, {
  type Browser,
  type ElementHandle,
  type Frame,
  type KeyInput,
  type Page,
} from 'puppeteer-core';
import { firefoxPath } from '../browser-path';
import { contentOrigin, resolveQuery, type QueryStep } from './in-page';
import { BrowserSession } from './session';
import { callExpression, chord, Surface, Tab, type Keyboard, type Mouse } from './tab';
import type { BrowserName, LaunchOptions } from './types';

/** `browser_specific_settings.gecko.id` in wxt.config.ts. */
export const GECKO_ID = 'policy-clipper@policy-clipper.dev';
/** The add-on's internal UUID in every test profile (its pages are at `moz-extension://<uuid>/`). */
export const FIXED_UUID = '5c0f5e7a-3d1b-4c8e-9f2a-6b7c8d9e0f1a';

const PAGE_TIMEOUT_MS = 30_000;

/** The element `steps` designate in `frame`, as puppeteer's handle. */
async function elementIn(frame: Frame, steps: QueryStep[]): Promise<ElementHandle> {
  const handle = await frame.evaluateHandle(`${callExpression(resolveQuery, steps)}[0]`);
  const element = handle.asElement();
  if (!element) throw new Error(`No element: ${JSON.stringify(steps)}`);
  return element as ElementHandle;
}

/** An iframe of a tab's page. */
class FirefoxFrame extends Surface {
  constructor(
    private readonly frame: Frame,
    private readonly tab: FirefoxTab,
  ) {
    super();
  }
  get keyboard(): Keyboard {
    return this.tab.keyboard;
  }
  /** Read in the frame: puppeteer's `frame.url()` misses extension pages, as for tabs. */
  async url(): Promise<string> {
    return (await this.frame.evaluate('location.href')) as string;
  }
  async clickAt(x: number, y: number): Promise<void> {
    const element = await this.frame.frameElement();
    if (!element) throw new Error('The frame has no element in its parent');
    const origin = await element.evaluate(contentOrigin);
    await this.tab.mouse.click(origin.x + x, origin.y + y);
  }
  protected evaluateExpression(expression: string): Promise<unknown> {
    return this.frame.evaluate(expression);
  }
  async selectOption(steps: QueryStep[], value: string): Promise<void> {
    await (await elementIn(this.frame, steps)).select(value);
  }
  async setInputFiles(steps: QueryStep[], path: string): Promise<void> {
    await ((await elementIn(this.frame, steps)) as ElementHandle<HTMLInputElement>).uploadFile(path);
  }
}

class FirefoxTab extends Tab {
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
      press: async (key) => {
        const { modifiers, key: last } = chord(key);
        for (const m of modifiers) await page.keyboard.down(m as KeyInput);
        await page.keyboard.press(last as KeyInput);
        for (const m of modifiers.reverse()) await page.keyboard.up(m as KeyInput);
      },
    };
  }

  /** Read in the page: over BiDi, puppeteer's `page.url()` misses navigations to extension pages. */
  async url(): Promise<string> {
    return (await this.page.evaluate('location.href')) as string;
  }

  /**
   * Waits until the document at `url` (or any but about:blank) has loaded. Polled with plain evaluations: puppeteer's
   * `waitForFunction` builds a `Function`, which privileged pages (about:) refuse.
   */
  async loaded(url?: string): Promise<void> {
    const check = callExpression(
      (u: string | null) =>
        (u === null ? location.href !== 'about:blank' : location.href === u) &&
        document.readyState === 'complete',
      url ?? null,
    );
    const deadline = Date.now() + PAGE_TIMEOUT_MS;
    // During the navigation the old document may answer, or none (its context is gone): ask again.
    while (!(await this.page.evaluate(check).catch(() => false))) {
      if (Date.now() > deadline) throw new Error(`${url} did not load in ${PAGE_TIMEOUT_MS} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async goto(url: string): Promise<void> {
    if (!url.startsWith('moz-extension:') && !url.startsWith('about:')) {
      await this.page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
      return;
    }
    // These loads never resolve over BiDi (and end in a harmless "Frame detached"): start, then watch.
    this.page.goto(url).catch(() => undefined);
    await this.loaded(url);
  }

  async reload(): Promise<void> {
    await this.page.reload({ waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
  }
  bringToFront(): Promise<void> {
    return this.page.bringToFront();
  }
  close(): Promise<void> {
    return this.page.close();
  }
  setViewport(width: number, height: number): Promise<void> {
    return this.page.setViewport({ width, height });
  }
  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path: path });
  }
  protected evaluateExpression(expression: string): Promise<unknown> {
    return this.page.evaluate(expression);
  }
  async selectOption(steps: QueryStep[], value: string): Promise<void> {
    await (await elementIn(this.page.mainFrame(), steps)).select(value);
  }
  async setInputFiles(steps: QueryStep[], path: string): Promise<void> {
    await ((await elementIn(this.page.mainFrame(), steps)) as ElementHandle<HTMLInputElement>).uploadFile(
      path,
    );
  }
  frames(): Promise<Surface[]> {
    const main = this.page.mainFrame();
    return Promise.resolve(
      this.page
        .frames()
        .filter((f) => f.parentFrame() === main)
        .map((f) => new FirefoxFrame(f, this)),
    );
  }
}

class FirefoxSession extends BrowserSession {
  readonly name: BrowserName = 'firefox';
  readonly restrictedUrl = 'about:license';

  get processId(): number | null {
    return this.browser.process()?.pid ?? null;
  }
  private readonly tabs = new WeakMap<Page, FirefoxTab>();
  /** An extension page kept open to run code in the extension (see `evaluateInExtension`). */
  private helper: Promise<FirefoxTab> | null = null;

  constructor(
    private readonly browser: Browser,
    readonly extensionOrigin: string,
    readonly downloadsDir: string,
    private readonly profileDir: string,
    /** The blank tab the browser started with. */
    private spare: Page | undefined,
  ) {
    super();
  }

  private tab(page: Page): FirefoxTab {
    let tab = this.tabs.get(page);
    if (!tab) this.tabs.set(page, (tab = new FirefoxTab(page)));
    return tab;
  }

  /** The blank tab the browser starts with is used for the first new tab, not left lying around. */
  async newTab(): Promise<Tab> {
    const spare = this.spare;
    this.spare = undefined;
    return this.tab(spare ?? (await this.browser.newPage()));
  }

  async waitForNewTab(action: () => Promise<unknown>): Promise<Tab> {
    const before = new Set(await this.browser.pages());
    await action();
    const deadline = Date.now() + PAGE_TIMEOUT_MS;
    let page: Page | undefined;
    while (!(page = (await this.browser.pages()).find((p) => !before.has(p)))) {
      if (Date.now() > deadline) throw new Error('No new tab opened');
      await new Promise((r) => setTimeout(r, 100));
    }
    const tab = this.tab(page);
    await tab.loaded();
    return tab;
  }

  /**
   * Firefox's WebDriver BiDi reaches no background page, so code that needs the extension's API or
   * origin runs in one of its pages instead (the library, opened once and left in the background):
   * same API, same IndexedDB, and the background page through `runtime.getBackgroundPage()`.
   */
  protected async evaluateInExtension(expression: string): Promise<unknown> {
    this.helper ??= (async () => {
      const tab = (await this.newTab()) as FirefoxTab;
      await tab.goto(`${this.extensionOrigin}/library.html`);
      return tab;
    })();
    return (await this.helper).page.evaluate(expression);
  }

  /** Opens the helper page now, before the tests' tabs (opening a tab makes it the active one). */
  async openHelper(): Promise<void> {
    await this.evaluateInExtension('true');
  }

  /** Unloads the event page the way a user can: "Terminate background script" in about:debugging. */
  async stopBackground(): Promise<void> {
    const page = await this.browser.newPage();
    const debugging = this.tab(page);
    await debugging.goto('about:debugging#/runtime/this-firefox');
    const card = debugging.find('.qa-debug-target-item').withText(GECKO_ID);
    const status = card.find('.qa-extension-backgroundscript-status');
    await status.waitFor();
    if ((await status.attr('class'))?.includes('--running')) {
      await card.find('.qa-temporary-extension-terminate-bgscript-button').click();
    }
    for (let i = 0; !(await status.attr('class'))?.includes('--stopped'); i++) {
      if (i > 100) throw new Error('The background page did not stop');
      await new Promise((r) => setTimeout(r, 100));
    }
    await page.close();
  }

  closed(): Promise<void> {
    return new Promise((resolve) => this.browser.once('disconnected', () => resolve()));
  }

  async close(): Promise<void> {
    await this.browser.close();
    rmSync(this.profileDir, { recursive: true, force: true });
    rmSync(this.downloadsDir, { recursive: true, force: true });
  }
}

export async function launchFirefox(
  root: string,
  extensionDir: string,
  options: LaunchOptions,
): Promise<BrowserSession> {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('No Firefox: set FIREFOX_PATH or install Debian firefox-esr.');
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const profileDir = mkdtempSync(join(root, '.tmp/firefox-profile-'));
  const downloadsDir = mkdtempSync(join(root, '.tmp/downloads-'));
  const zh = options.lang === 'zh-CN';
  const dark = options.colorScheme === 'dark';
  const headless = options.headless !== false;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    // Headed (`npm start`), Ctrl+C is the caller's: it closes the browser and then removes the profile.
    handleSIGINT: headless,
    userDataDir: profileDir,
    defaultViewport: options.viewport ?? (headless ? { width: 1280, height: 720 } : null),
    // Without it, WebDriver BiDi refuses to navigate to moz-extension:// and about: pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_UUID }),
      // The UI language (Chinese needs Debian's firefox-esr-l10n-zh-cn language pack).
      'intl.locale.requested': zh ? 'zh-CN' : 'en-US',
      'intl.accept_languages': zh ? 'zh-CN, zh, en' : 'en-US, en',
      // Light or dark, for the browser and for pages (prefers-color-scheme).
      'ui.systemUsesDarkTheme': dark ? 1 : 0,
      'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
      // Downloads go, without a dialog, to this session's folder.
      'browser.download.dir': downloadsDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
      // No network: only 127.0.0.1 is reached (never proxied); anything else goes to a closed port and
      // fails at once instead of waiting on DNS (as Chromium's tests abort other hosts' requests).
      'network.proxy.type': 1,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      // A page timed as its saved DOM neither runs scripts nor follows a <meta> refresh away.
      ...(options.pageScripts === false
        ? { 'javascript.enabled': false, 'accessibility.blockautorefresh': true }
        : {}),
    },
  });
  try {
    if (options.extension !== false) {
      const id = await browser.installExtension(extensionDir);
      if (id !== GECKO_ID) throw new Error(`Installed add-on has id ${id}, expected ${GECKO_ID}`);
    }
  } catch (e) {
    await browser.close();
    throw e;
  }
  const [spare] = await browser.pages();
  if (options.extension === false) return new FirefoxSession(browser, '', downloadsDir, profileDir, spare);
  const origin = `moz-extension://${FIXED_UUID}`;
  const session = new FirefoxSession(browser, origin, downloadsDir, profileDir, spare);
  await session.openHelper();
  // Firefox shows an extension in its own UI language only: without the language pack it stays English.
  const uiLanguage = await session.inExtension((api) => api.i18n.getUILanguage());
  if (zh && !uiLanguage.startsWith('zh')) {
    await session.close();
    throw new Error(
      `Firefox's UI language is ${uiLanguage}, not Chinese: install its language pack ` +
        '(Debian: apt-get install -y firefox-esr-l10n-zh-cn).',
    );
  }
  return session;
}
