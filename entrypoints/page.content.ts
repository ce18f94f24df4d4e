import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentRequestInput } from '@/utils/messages/content-channel';

// The only code that runs on every page the user visits, so it stays tiny (size budget in
// .size-limit.json): it tells the background which page this is; the background injects the
// highlighter only when this page has saved clips.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Our scripts must not show up in the page's own `message` listeners (WXT's legacy start-up notice).
  noScriptStartedPostMessage: true,
  main(ctx) {
    let announced = '';
    const announce = (): void => {
      const url = location.href;
      if (url === announced || ctx.isInvalid) return;
      announced = url;
      const canonicalUrl =
        document.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href || undefined;
      // Typed at compile time only: this script stays tiny, and it reads no reply (the background
      // injects the highlighter when the page has clips).
      const request: ContentRequestInput<'content/hasClips'> = {
        type: 'content/hasClips',
        url,
        canonicalUrl,
      };
      browser.runtime.sendMessage(request).catch(() => {
        // The extension was reloaded or is updating: nothing to restore on this page until next load.
      });
    };
    announce();
    // Single-page apps change the URL without a load; the isolated world sees no history events
    // everywhere, so a cheap URL comparison catches them.
    ctx.setInterval(announce, 1000);
  },
});
