import { browser } from 'wxt/browser';
import { render } from 'preact';
import { translatorFrom } from '@/utils/i18n';
import { I18nContext } from '@/components/i18n';
import '@/components/theme.css';
import { readerTarget } from '@/utils/pdf/reader-url';
import { startPdfWorker } from './pdfjs';
import { ReaderApp } from './ReaderApp';
import './reader.css';

function start(): void {
  // First: pdf.js's worker script parses while the page renders and the PDF downloads.
  const loadPdf = startPdfWorker();
  const i18n = translatorFrom(browser.i18n.getMessage, browser.i18n.getUILanguage());
  document.documentElement.lang = i18n.locale;
  document.title = `${i18n.t('pdfReaderTitle')} · ${i18n.t('extName')}`;
  render(
    <I18nContext.Provider value={i18n}>
      <ReaderApp url={readerTarget(location.href)} loadPdf={loadPdf} />
    </I18nContext.Provider>,
    document.getElementById('app')!,
  );
}

start();
