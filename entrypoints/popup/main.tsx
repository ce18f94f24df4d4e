import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ApiContext, createApi } from '../../components/api';
import { browserTranslator } from '../../components/browser-i18n';
import { I18nContext } from '../../components/i18n';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/theme.css';
import './popup.css';

// `?tabId=` lets the popup be opened in a tab for a given page (tests, and "open in tab" use).
async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function start(): Promise<void> {
  const i18n = browserTranslator();
  document.documentElement.lang = i18n.locale;
  const api = createApi((message) => browser.runtime.sendMessage(message));
  const tabId = await targetTabId();
  render(
    <I18nContext.Provider value={i18n}>
      <ApiContext.Provider value={api}>
        <PopupApp
          tabId={tabId}
          openLibrary={() => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') })}
          copyText={(text) => navigator.clipboard.writeText(text)}
        />
      </ApiContext.Provider>
    </I18nContext.Provider>,
    document.getElementById('app')!,
  );
}

void start();
