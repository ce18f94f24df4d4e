import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ApiContext, createApi } from '@/components/api';
import { ChangeFeedContext } from '@/components/change-feed';
import { CHANGE_PORT, portChangeFeed } from '@/utils/messages/change-feed';
import { I18nContext } from '@/components/i18n';
import { InPageApp } from '@/components/inpage/InPageApp';
import { translatorFrom } from '@/utils/i18n';
import type { InPageSession } from '@/utils/messages/reply-schemas';
import '@/components/theme.css';
import './inpage.css';

// The frame the highlighter places in a page. It learns what to show only from a one-time token the
// highlighter posts to it; the page's scripts can post messages here too, but cannot know a token, and
// a token is only honoured for a frame in the tab it was made for (utils/ui-sessions.ts).
const TOKEN = /^[A-Za-z0-9_-]{22,64}$/;
const MAX_ATTEMPTS = 5;

function start(): void {
  const api = createApi((message) => browser.runtime.sendMessage(message));
  const feed = portChangeFeed(() => browser.runtime.connect({ name: CHANGE_PORT }));
  const i18n = translatorFrom(browser.i18n.getMessage, browser.i18n.getUILanguage());
  document.documentElement.lang = i18n.locale;
  let attempts = 0;
  let claimed = false;
  // The keyboard path (the shortcut on a highlight): keys typed before the menu has loaded land in a
  // field that stands in for the tag field, and carry over into it. It takes the keys as soon as the
  // frame gets the focus, before the token has even arrived.
  const catcher = document.createElement('input');
  catcher.className = 'typeahead';
  catcher.setAttribute('aria-hidden', 'true');
  document.body.appendChild(catcher);
  const onFocus = (): void => {
    if (!claimed) catcher.focus();
  };
  addEventListener('focus', onFocus);
  const onMessage = (event: MessageEvent): void => {
    if (claimed || event.source !== window.parent || attempts >= MAX_ATTEMPTS) return;
    const data: unknown = event.data;
    const token: unknown =
      typeof data === 'object' && data !== null ? Reflect.get(data, 'policyClipperToken') : null;
    if (typeof token !== 'string' || !TOKEN.test(token)) return;
    attempts++;
    if (Reflect.get(data as object, 'focus') === true) catcher.focus();
    api.call({ type: 'inpage/open', token }).then(
      (session: InPageSession) => {
        if (claimed) return;
        claimed = true;
        removeEventListener('message', onMessage);
        const typedAhead = catcher.value;
        catcher.remove();
        removeEventListener('focus', onFocus);
        render(
          <I18nContext.Provider value={i18n}>
            <ApiContext.Provider value={api}>
              <ChangeFeedContext.Provider value={feed}>
                <InPageApp
                  token={token}
                  session={session}
                  typedAhead={typedAhead}
                  copyText={(text) => navigator.clipboard.writeText(text)}
                />
              </ChangeFeedContext.Provider>
            </ApiContext.Provider>
          </I18nContext.Provider>,
          document.getElementById('app')!,
        );
      },
      () => undefined,
    );
  };
  addEventListener('message', onMessage);
}

start();
