/**
 * A running browser with the extension installed, the same for both drivers. A driver implements the
 * abstract primitives (tabs, running code in an extension context, stopping the background); reading
 * the store, waiting for downloads, opening the popup and playing the browser's menu and shortcut
 * events are written here once, on top of them.
 */
import { readFileSync } from 'node:fs';
import { callExpression, type Tab } from './tab';
import type { BrowserEvent, BrowserName, DownloadedFile, ExtensionApi } from './types';

/** The database the background keeps (utils/store). */
const DATABASE = 'policy-clipper';

export abstract class BrowserSession {
  abstract readonly name: BrowserName;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`: where the extension's pages live. */
  abstract readonly extensionOrigin: string;
  /** Where the browser saves downloads (a fresh folder per session). */
  abstract readonly downloadsDir: string;
  /** A page extensions may not script in this browser (`chrome://version/`, `about:license`). */
  abstract readonly restrictedUrl: string;
  /** The browser's main process id, where the driver knows it (benches read its children's CPU time). */
  abstract readonly processId: number | null;
  /** A new, blank tab. */
  abstract newTab(): Promise<Tab>;
  /** Runs `action` and returns the tab it opened (loaded). */
  abstract waitForNewTab(action: () => Promise<unknown>): Promise<Tab>;
  /** Stops the background as the browser does when it is idle (service worker stopped, event page unloaded). */
  abstract stopBackground(): Promise<void>;
  abstract close(): Promise<void>;
  /** Resolves when the browser went away on its own (the user closed its last window). */
  abstract closed(): Promise<void>;
  /**
   * Evaluates an expression in a context of the extension that has the WebExtension API and the
   * extension's origin (IndexedDB, storage): the service worker in Chromium, an extension page in Firefox.
   */
  protected abstract evaluateInExtension(expression: string): Promise<unknown>;

  /** A new tab showing `url` (loaded). */
  async openPage(url: string): Promise<Tab> {
    const tab = await this.newTab();
    await tab.goto(url);
    return tab;
  }

  /** A new tab showing one of the extension's pages, e.g. `/library.html`. */
  openExtensionPage(path: string): Promise<Tab> {
    return this.openPage(this.extensionOrigin + path);
  }

  /** The popup's page in its own tab, bound to the tab `target` (as if opened over it). */
  async openPopup(target: Tab | number): Promise<Tab> {
    const tabId = typeof target === 'number' ? target : await this.tabIdOf(target);
    return this.openExtensionPage(`/popup.html?tabId=${tabId}`);
  }

  /** The id the browser gave `tab` (brought to the front: it is then the active tab; URLs can repeat). */
  async tabIdOf(tab: Tab): Promise<number> {
    await tab.bringToFront();
    const url = await tab.url();
    const id = await this.inExtension(async (api, u) => {
      const [active] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      return active && active.url === u ? (active.id ?? null) : null;
    }, url);
    if (id === null) throw new Error(`The active tab is not ${url}`);
    return id;
  }

  /**
   * Runs `fn(api, arg)` in the extension (see `evaluateInExtension`), `api` being its WebExtension API.
   * Like `Tab.evaluate`, `fn` travels as source text and `arg` and the result as JSON.
   */
  inExtension<R, A = undefined>(
    fn: (api: ExtensionApi, arg: A) => R | Promise<R>,
    arg?: A,
  ): Promise<Awaited<R>> {
    const withApi = `(arg) => (${String(fn)})(globalThis.browser ?? globalThis.chrome, arg)`;
    return this.evaluateInExtension(callExpression(withApi, arg)) as Promise<Awaited<R>>;
  }

  /** Every record of one object store of the extension's database. */
  readStore<T = unknown>(storeName: string): Promise<T[]> {
    return this.inExtension(
      (_api, { db, store }) =>
        new Promise<T[]>((resolve, reject) => {
          const open = indexedDB.open(db);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction(store, 'readonly').objectStore(store).getAll();
            request.onsuccess = () => {
              resolve(request.result as T[]);
              open.result.close();
            };
            request.onerror = () => reject(request.error);
          };
        }),
      { db: DATABASE, store: storeName },
    );
  }

  /** The newest completed download whose file name matches, read from disk (waits for it to complete). */
  async waitForDownload(pattern: RegExp, timeoutMs = 15_000): Promise<DownloadedFile> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const items = await this.inExtension(async (api) =>
        (await api.downloads.search({ orderBy: ['-startTime'] })).map((d) => ({
          filename: d.filename,
          state: d.state,
          error: d.error ?? null,
        })),
      );
      const done = items.find((d) => d.state === 'complete' && pattern.test(d.filename));
      if (done) {
        const name = done.filename.split(/[\\/]/).pop() ?? '';
        return { name, path: done.filename, text: readFileSync(done.filename, 'utf8') };
      }
      if (Date.now() > deadline)
        throw new Error(`No completed download matching ${pattern}: ${JSON.stringify(items)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /**
   * What the browser does when the user picks one of our context-menu items (`menuClick`, the item's
   * id) or presses one of our shortcuts (`command`, its name) in tab `tabId`. Automation can do
   * neither for real, so this calls the background's own listeners through its test hook. `details`
   * adds what the browser tells about the click (e.g. `linkUrl` for a link's menu).
   */
  async browserEvent(
    kind: BrowserEvent,
    arg: string,
    tabId: number,
    details: Record<string, string> = {},
  ): Promise<void> {
    await this.inExtension(
      async (api, { k, a, id, more }) => {
        type Hooks = Record<BrowserEvent, (x: unknown, tab: unknown) => void>;
        type WithHooks = { policyClipperBrowserEvents?: Hooks };
        // Chromium: this is the service worker itself. Firefox: an extension page; the hook lives in
        // the background page (woken if it was unloaded).
        const here = (globalThis as WithHooks).policyClipperBrowserEvents;
        const hooks =
          here ??
          ((await api.runtime.getBackgroundPage()) as unknown as WithHooks).policyClipperBrowserEvents;
        if (!hooks) throw new Error('The background has no policyClipperBrowserEvents hook');
        if (k === 'menuClick') hooks.menuClick({ ...more, menuItemId: a }, { id });
        else hooks.command(a, { id });
      },
      { k: kind, a: arg, id: tabId, more: details },
    );
  }

  /** The ids, among `ids`, of context-menu items that do not exist (`update` rejects an unknown id). */
  missingMenuItems(ids: string[]): Promise<string[]> {
    return this.inExtension(async (api, wanted) => {
      const gone: string[] = [];
      for (const id of wanted) await api.contextMenus.update(id, {}).catch(() => gone.push(id));
      return gone;
    }, ids);
  }

  /** The extension's keyboard shortcuts as the browser registered them: command name → keys. */
  shortcuts(): Promise<Record<string, string>> {
    return this.inExtension(async (api) =>
      Object.fromEntries((await api.commands.getAll()).map((c) => [c.name ?? '', c.shortcut ?? ''])),
    );
  }
}
