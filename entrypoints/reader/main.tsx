import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ApiContext, createApi } from '@/components/api';
import { ChangeFeedContext } from '@/components/change-feed';
import { I18nContext } from '@/components/i18n';
import { CHANGE_PORT, portChangeFeed } from '@/utils/messages/change-feed';
import { translatorFrom } from '@/utils/i18n';
import { articleIdFromSearch } from '@/utils/reader/reader-url';
import { ReaderApp } from './ReaderApp';
import '@/components/theme.css';
import '../popup/popup.css';
import './saved-copy.css';

function start(): void {
  const api = createApi((message) => browser.runtime.sendMessage(message));
  const feed = portChangeFeed(() => browser.runtime.connect({ name: CHANGE_PORT }));
  const i18n = translatorFrom(browser.i18n.getMessage, browser.i18n.getUILanguage());
  document.documentElement.lang = i18n.locale;
  render(
    <I18nContext.Provider value={i18n}>
      <ApiContext.Provider value={api}>
        <ChangeFeedContext.Provider value={feed}>
          <ReaderApp articleId={articleIdFromSearch(location.search)} />
        </ChangeFeedContext.Provider>
      </ApiContext.Provider>
    </I18nContext.Provider>,
    document.getElementById('app')!,
  );
}

start();
