import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ApiContext, createApi } from '@/components/api';
import { ChangeFeedContext } from '@/components/change-feed';
import { CHANGE_PORT, portChangeFeed } from '@/utils/messages/change-feed';
import { translatorFrom } from '@/utils/i18n';
import { I18nContext } from '@/components/i18n';
import { LibraryApp } from '@/components/library/LibraryApp';
import { openExternal } from '@/components/open-external';
import { pdfAutoOpenOffered } from '@/utils/pdf/auto-open';
import '@/components/theme.css';
import './library.css';

function start(): void {
  const i18n = translatorFrom(browser.i18n.getMessage, browser.i18n.getUILanguage());
  document.documentElement.lang = i18n.locale;
  document.title = `${i18n.t('libTitle')} · ${i18n.t('extName')}`;
  const api = createApi((message) => browser.runtime.sendMessage(message));
  const feed = portChangeFeed(() => browser.runtime.connect({ name: CHANGE_PORT }));
  render(
    <I18nContext.Provider value={i18n}>
      <ApiContext.Provider value={api}>
        <ChangeFeedContext.Provider value={feed}>
          <LibraryApp
            copyText={(text) => navigator.clipboard.writeText(text)}
            openExternal={openExternal}
            pdfAutoOpenOffered={pdfAutoOpenOffered(browser)}
            requestHostAccess={(pattern) => {
              // The required http(s) host access covers every team server. Chrome lets the user
              // withhold it per site ("site access"): the request, made first and in this click (a
              // browser grants only during the user's gesture), asks it back; when access is there it
              // resolves at once, with no prompt. Firefox (MV2) cannot withhold it and refuses to
              // request a host that is not optional: then what counts is whether access is there.
              const origins = [pattern];
              return browser.permissions.request({ origins }).then(
                (granted) => granted || browser.permissions.contains({ origins }),
                () => browser.permissions.contains({ origins }),
              );
            }}
          />
        </ChangeFeedContext.Provider>
      </ApiContext.Provider>
    </I18nContext.Provider>,
    document.getElementById('app')!,
  );
  // `#team` (the popup's and panel's link to the team settings): the section exists only once rendered.
  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView({ block: 'start' });
}

start();
