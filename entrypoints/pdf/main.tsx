import { browser } from 'wxt/browser';
import { render } from 'preact';
import { translatorFrom } from '@/utils/i18n';
import { ApiContext, createApi } from '@/components/api';
import { ChangeFeedContext } from '@/components/change-feed';
import { I18nContext } from '@/components/i18n';
import { CHANGE_PORT, portChangeFeed } from '@/utils/messages/change-feed';
import '@/components/theme.css';
import { readerTarget } from '@/utils/pdf/reader-url';
import { startDownload } from './fetch-pdf';
import { startPdfWorker } from './pdfjs';
import { ReaderApp } from './ReaderApp';
import '../popup/popup.css';
import './reader.css';

function start(): void {
  const i18n = translatorFrom(browser.i18n.getMessage, browser.i18n.getUILanguage());
  document.documentElement.lang = i18n.locale;
  // Chrome makes this page web-accessible (the PDF redirect's target, wxt.config.ts), so a page could
  // frame it and dress our buttons up as its own: in a frame the reader fetches and shows nothing.
  if (window.top !== window) {
    document.getElementById('app')!.textContent = i18n.t('pdfReaderFramed');
    return;
  }
  const target = readerTarget(location.href);
  // The PDF's address is in the fragment: editing it in the address bar is a same-document navigation,
  // which would leave the old PDF on screen under the new address. Open the new one instead.
  window.addEventListener('hashchange', () => {
    if (readerTarget(location.href)?.href !== target?.href) location.reload();
  });
  // First: the PDF downloads and pdf.js's worker script parses while the page renders.
  const download = target ? startDownload(target) : null;
  const loadPdf = startPdfWorker();
  document.title = `${i18n.t('pdfReaderTitle')} · ${i18n.t('extName')}`;
  const api = createApi((message) => browser.runtime.sendMessage(message));
  const feed = portChangeFeed(() => browser.runtime.connect({ name: CHANGE_PORT }));
  render(
    <I18nContext.Provider value={i18n}>
      <ApiContext.Provider value={api}>
        <ChangeFeedContext.Provider value={feed}>
          <ReaderApp url={target} download={download} loadPdf={loadPdf} />
        </ChangeFeedContext.Provider>
      </ApiContext.Provider>
    </I18nContext.Provider>,
    document.getElementById('app')!,
  );
}

start();
