/**
 * Context-menu items and keyboard commands: the same handlers the popup uses, started from the page.
 * Their outcome is shown in the page (`hl/notify`), since no popup is open to show it.
 */
import { browser, type Browser } from 'wxt/browser';
import { translatorFrom, type Translator } from '@/utils/i18n';
import { PDF_LINK_PATTERNS, pdfAddress } from '@/utils/pdf/pdf-tab';
import { readerPath } from '@/utils/pdf/reader-url';
import { errorWords } from '@/utils/messages/user-text';
import type { BackgroundDeps } from './deps';
import { backgroundError } from './errors';
import { openClipMenu, showNotice } from './in-page-ui';
import { openPanel } from './side-panel';
import type { PageHandlers } from './router';

export const MENU_IDS = {
  highlight: 'pc-highlight',
  highlightWithTag: 'pc-highlight-tag',
  clipPage: 'pc-clip-page',
  openLibrary: 'pc-open-library',
  openPanel: 'pc-open-panel',
  openPdf: 'pc-open-pdf',
} as const;

/** The UI's words (looked up at call time: nothing runs when this module loads). */
const t: Translator['t'] = (key, ...subs) => translatorFrom(browser.i18n.getMessage, '').t(key, ...subs);

// The toolbar button's context menu: `action` in Manifest V3; Firefox's MV2 build only knows
// `browser_action` (and refuses the whole item when given `action`).
const TOOLBAR_CONTEXT = import.meta.env.MANIFEST_VERSION === 2 ? 'browser_action' : 'action';

/** A failure in the user's language (handlers' messages are English, for logs). */
function failureText(e: unknown): string {
  return errorWords(backgroundError(e), browser.i18n.getMessage);
}

export function createMenus(): void {
  const menus = browser.contextMenus;
  void menus.removeAll().then(() => {
    menus.create({ id: MENU_IDS.highlight, title: t('menuHighlight'), contexts: ['selection'] });
    menus.create({
      id: MENU_IDS.highlightWithTag,
      title: t('menuHighlightWithTag'),
      contexts: ['selection'],
    });
    menus.create({ id: MENU_IDS.clipPage, title: t('menuClipPage'), contexts: ['page'] });
    menus.create({ id: MENU_IDS.openPanel, title: t('menuOpenPanel'), contexts: ['page', 'selection'] });
    menus.create({
      id: MENU_IDS.openPdf,
      title: t('menuOpenPdf'),
      contexts: ['link'],
      targetUrlPatterns: [...PDF_LINK_PATTERNS],
    });
    menus.create({
      id: MENU_IDS.openLibrary,
      title: t('menuOpenLibrary'),
      contexts: ['page', 'selection', TOOLBAR_CONTEXT],
    });
  });
}

export function openLibrary(): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
}

const CALLER = { role: 'extension-page', tabId: null } as const;

/** Runs `action` for the tab and reports success or failure in the page itself. */
async function inPage(
  deps: BackgroundDeps,
  tabId: number,
  action: () => Promise<string | null>,
): Promise<void> {
  let message: string | null;
  try {
    message = await action();
  } catch (e) {
    message = failureText(e);
  }
  if (message) await showNotice(deps, tabId, message).catch(() => undefined);
}

export async function highlightSelection(
  deps: BackgroundDeps,
  handlers: PageHandlers,
  tabId: number,
  thenTag: boolean,
): Promise<void> {
  await inPage(deps, tabId, async () => {
    // The selection is (in) a passage already highlighted: open its menu (tags, note, colour, delete),
    // with the keyboard focus in it, rather than save the same words twice.
    const existing = await deps.tabs
      .command(tabId, { type: 'hl/highlightAtSelection' })
      .catch(() => ({ id: null }));
    if (existing.id !== null && (await openClipMenu(deps, tabId, existing.id, true))) return null;
    const clip = await handlers['highlight/selection']({ type: 'highlight/selection', tabId }, CALLER);
    if (thenTag) await openClipMenu(deps, tabId, clip.id, true);
    return thenTag ? null : t('notifyHighlighted');
  });
}

/** The reader for a linked PDF, in a new tab beside the page (as the browser opens a link). */
function openPdfLink(link: string | undefined, tab?: Browser.tabs.Tab): void {
  const pdf = link ? pdfAddress(link) : null;
  if (!pdf) return;
  void browser.tabs.create({
    url: browser.runtime.getURL(readerPath(pdf) as '/'),
    ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
    ...(tab?.id !== undefined && tab.id >= 0 ? { openerTabId: tab.id } : {}),
  });
}

export function onMenuClick(deps: BackgroundDeps, handlers: PageHandlers) {
  return (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): void => {
    const tabId = tab?.id;
    if (info.menuItemId === MENU_IDS.openLibrary) void openLibrary();
    if (info.menuItemId === MENU_IDS.openPdf) openPdfLink(info.linkUrl, tab);
    // First, while the click still counts as the user's gesture (the browser requires one).
    if (info.menuItemId === MENU_IDS.openPanel) void openPanel(tab).catch(() => undefined);
    if (tabId === undefined || tabId < 0) return;
    if (info.menuItemId === MENU_IDS.highlight) void highlightSelection(deps, handlers, tabId, false);
    if (info.menuItemId === MENU_IDS.highlightWithTag) void highlightSelection(deps, handlers, tabId, true);
    if (info.menuItemId === MENU_IDS.clipPage) {
      void inPage(deps, tabId, async () => {
        await handlers['article/save']({ type: 'article/save', tabId }, CALLER);
        return t('notifyClipped');
      });
    }
  };
}
