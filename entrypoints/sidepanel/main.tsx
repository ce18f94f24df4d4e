import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ApiContext, createApi } from '@/components/api';
import { ChangeFeedContext } from '@/components/change-feed';
import { I18nContext } from '@/components/i18n';
import { PanelApp } from '@/components/panel/PanelApp';
import { openExternal } from '@/components/open-external';
import { CHANGE_PORT, portChangeFeed } from '@/utils/messages/change-feed';
import { translatorFrom } from '@/utils/i18n';
import { savedCopyPath } from '@/utils/reader/reader-url';
import { TEAM_SETTINGS_PATH } from '@/utils/sync/team-space';
import { browserActiveTab } from './active-tab';
import { browserPanelEvents } from './panel-events';
import '@/components/theme.css';
import '../popup/popup.css';
import './sidepanel.css';

function start(): void {
  const api = createApi((message) => browser.runtime.sendMessage(message));
  const feed = portChangeFeed(() => browser.runtime.connect({ name: CHANGE_PORT }));
  const i18n = translatorFrom(browser.i18n.getMessage, browser.i18n.getUILanguage());
  document.documentElement.lang = i18n.locale;
  const openPage = (path: string): void =>
    void browser.tabs.create({ url: browser.runtime.getURL(path as '/') });
  render(
    <I18nContext.Provider value={i18n}>
      <ApiContext.Provider value={api}>
        <ChangeFeedContext.Provider value={feed}>
          <PanelApp
            tabs={browserActiveTab()}
            events={browserPanelEvents()}
            openLibrary={() => openPage('/library.html')}
            openTeamSettings={() => openPage(TEAM_SETTINGS_PATH)}
            openSavedCopy={(id) => openPage(savedCopyPath(id))}
            copyText={(text) => navigator.clipboard.writeText(text)}
            openExternal={openExternal}
          />
        </ChangeFeedContext.Provider>
      </ApiContext.Provider>
    </I18nContext.Provider>,
    document.getElementById('app')!,
  );
}

start();
