import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ApiContext, createApi } from '@/components/api';
import { ChangeFeedContext } from '@/components/change-feed';
import { CHANGE_PORT, portChangeFeed } from '@/utils/messages/change-feed';
import { translatorFrom } from '@/utils/i18n';
import { I18nContext } from '@/components/i18n';
import { PopupApp } from '@/components/popup/PopupApp';
import { cardKey, isCachedCard, type CachedCard } from '@/utils/messages/card-cache';
import { openExternal } from '@/components/open-external';
import { savedCopyPath } from '@/utils/reader/reader-url';
import { readerPath } from '@/utils/pdf/reader-url';
import type { LocalFileAccess } from '@/components/popup/PdfOffer';
import { TEAM_SETTINGS_PATH } from '@/utils/sync/team-space';
import { panelOpener } from './open-panel';
import '@/components/theme.css';
import './popup.css';

// `?tabId=` lets the popup be opened in a tab for a given page (tests, and "open in tab" use).
async function targetTab(): Promise<{ id: number | null; windowId: number | null }> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await browser.tabs.get(fromQuery).catch(() => null);
    return { id: fromQuery, windowId: tab?.windowId ?? null };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id ?? null, windowId: tab?.windowId ?? null };
}

/**
 * The cards the background kept, read while the tab is looked up (two round trips to the browser in
 * parallel, not one after the other): session storage holds one small card per analysed tab.
 */
function keptCards(): Promise<Record<string, unknown>> {
  return browser.storage.session.get(null).catch(() => ({}));
}

function cardOf(cards: Record<string, unknown>, tabId: number | null): CachedCard | undefined {
  const stored = tabId === null ? undefined : cards[cardKey(tabId)];
  return isCachedCard(stored) ? stored : undefined;
}

/** Firefox never lets extensions read `file://`; Chrome does once the user allows it. */
async function localFileAccess(): Promise<LocalFileAccess> {
  if (import.meta.env.FIREFOX) return 'firefox';
  return (await browser.extension.isAllowedFileSchemeAccess()) ? 'allowed' : 'chrome-off';
}

/** The reader in the PDF's own tab: Back returns to the browser's viewer. */
function pdfReaderOpener(tabId: number | null): (pdf: URL) => void {
  return (pdf) => {
    const url = browser.runtime.getURL(readerPath(pdf) as '/');
    const opened = tabId === null ? browser.tabs.create({ url }) : browser.tabs.update(tabId, { url });
    void opened.then(
      () => window.close(),
      () => undefined,
    );
  };
}

async function start(): Promise<void> {
  const api = createApi((message) => browser.runtime.sendMessage(message));
  const feed = portChangeFeed(() => browser.runtime.connect({ name: CHANGE_PORT }));
  const cards = keptCards();
  const target = await targetTab();
  const tabId = target.id;
  // Ask for the page's analysis before building the UI: the article card is what the user waits for.
  performance.mark('policy-clipper:analyze-sent');
  const early = tabId === null ? undefined : api.call({ type: 'page/analyze', tabId, reuse: true });
  // The bench reads both marks; the UI reports failures when it reads the answer.
  const answered = (): void => void performance.mark('policy-clipper:analyze-answered');
  early?.then(answered, answered);
  const card = cardOf(await cards, tabId);
  const openPanel = panelOpener(target.windowId);
  const i18n = translatorFrom(browser.i18n.getMessage, browser.i18n.getUILanguage());
  document.documentElement.lang = i18n.locale;
  render(
    <I18nContext.Provider value={i18n}>
      <ApiContext.Provider value={api}>
        <ChangeFeedContext.Provider value={feed}>
          <PopupApp
            tabId={tabId}
            early={early}
            cachedCard={card}
            openLibrary={() => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') })}
            openTeamSettings={() =>
              void browser.tabs.create({ url: browser.runtime.getURL(TEAM_SETTINGS_PATH as '/') })
            }
            copyText={(text) => navigator.clipboard.writeText(text)}
            openExternal={openExternal}
            openSavedCopy={(id) =>
              void browser.tabs.create({ url: browser.runtime.getURL(savedCopyPath(id) as '/') })
            }
            {...(openPanel ? { openPanel } : {})}
            openPdfReader={pdfReaderOpener(tabId)}
            localFileAccess={localFileAccess}
          />
        </ChangeFeedContext.Provider>
      </ApiContext.Provider>
    </I18nContext.Provider>,
    document.getElementById('app')!,
  );
}

void start();
