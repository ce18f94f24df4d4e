/**
 * The words for every way the PDF reader can fail, from codes: the PDF's own refusals and the ways
 * getting its bytes can fail (a bad address, local files the browser does not let us read, an HTTP
 * error, no network). Pure: the reader page turns the key into the UI language.
 */
import type { MessageKey } from '../i18n';
import type { UserText } from '../messages/user-text';
import type { PdfFailure } from './types';

/** Why the reader could not get the PDF's bytes. */
export type PdfLoadFailure =
  | { code: 'bad-url' }
  /** The browser does not let the extension read `file://` (Chrome: until the user allows it; Firefox: never). */
  | { code: 'file-access'; browser: 'chrome' | 'firefox' }
  | { code: 'http'; status: number }
  | { code: 'network' };

const say = (key: MessageKey, ...subs: (string | number)[]): UserText => ({ key, subs });

export function pdfFailureText(failure: Pick<PdfFailure, 'code' | 'detail'> | PdfLoadFailure): UserText {
  switch (failure.code) {
    case 'not-pdf':
      if (failure.detail === 'html') return say('pdfErrNotPdfHtml');
      return say(failure.detail === 'empty' ? 'pdfErrNotPdfEmpty' : 'pdfErrNotPdf');
    case 'truncated':
      return say('pdfErrTruncated');
    case 'damaged':
      return say('pdfErrDamaged');
    case 'password':
      return say(failure.detail === 'incorrect' ? 'pdfErrPasswordIncorrect' : 'pdfErrPasswordNeeded');
    case 'no-text':
      return say('pdfErrNoText');
    case 'too-large':
      return say('pdfErrTooLarge');
    case 'cancelled':
      return say('pdfErrCancelled');
    case 'bad-url':
      return say('pdfErrBadUrl');
    case 'file-access':
      return say(failure.browser === 'firefox' ? 'pdfErrFileAccessFirefox' : 'pdfErrFileAccessChrome');
    case 'http':
      return say('pdfErrHttp', failure.status);
    case 'network':
      return say('pdfErrNetwork');
  }
}
