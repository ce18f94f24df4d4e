import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ApiContext, createApi } from '@/components/api';
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
  const i18n = translatorFrom(browser.i18n.getMessage, browser.i18n.getUILanguage());
  document.documentElement.lang = i18n.locale;
  let attempts = 0;
  let claimed = false;
  const catcher = document.createElement('input');
  catcher.className = 'typeahead';
  catcher.setAttribute('aria-hidden', 'true');
  const onMessage = (event: MessageEvent): void => {
    if (claimed || event.source !== window.parent || attempts >= MAX_ATTEMPTS) return;
    const data: unknown = event.data;
    const token: unknown =
      typeof data === 'object' && data !== null ? Reflect.get(data, 'policyClipperToken') : null;
    if (typeof token !== 'string' || !TOKEN.test(token)) return;
    attempts++;
    // The keyboard path (the shortcut on a highlight): keys typed before the menu has loaded land in a
    // field that stands in for the tag field, and carry over into it.
    if (Reflect.get(data as object, 'focus') === true && !catcher.isConnected) {
      document.body.appendChild(catcher);
      catcher.focus();
    }
    api.call({ type: 'inpage/open', token }).then(
      (session: InPageSession) => {
        if (claimed) return;
        claimed = true;
        removeEventListener('message', onMessage);
        const typedAhead = catcher.value;
        catcher.remove();
        render(
          <I18nContext.Provider value={i18n}>
            <ApiContext.Provider value={api}>
              <InPageApp
                token={token}
                session={session}
                typedAhead={typedAhead}
                copyText={(text) => navigator.clipboard.writeText(text)}
              />
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
