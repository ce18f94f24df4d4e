/**
 * Which tabs an extension may read. Browsers forbid scripting their own pages, extension stores and
 * other extensions' pages; saying so plainly beats a popup that fails or stays empty.
 */
import { pdfAddress } from './pdf/pdf-tab';

/**
 * Why a page cannot be read, for the UI to word in the user's language (`message` is the English, for
 * logs). `scripting-refused`: the URL looked readable but the browser refused our script.
 */
export const RESTRICTED_KINDS = ['browser-page', 'store', 'pdf', 'not-web', 'scripting-refused'] as const;
export type RestrictedKind = (typeof RESTRICTED_KINDS)[number];

export type PageAccess =
  { ok: true } | { ok: false; kind: Exclude<RestrictedKind, 'scripting-refused'>; message: string };

const MESSAGES = {
  'browser-page':
    "Browsers don't let extensions read their own pages (settings, new tab, extensions). Open an article on the web to clip it.",
  store:
    "Browsers don't let extensions read the extension store. Open an article on another site to clip it.",
  pdf: 'This is a PDF document, not a web page: open it in the Policy Clipper PDF reader to read, highlight and cite it.',
  'not-web': 'Policy Clipper can only clip web pages (http or https addresses).',
} as const;

export function pageAccess(url: string | undefined | null): PageAccess {
  if (!url) return { ok: false, kind: 'browser-page', message: MESSAGES['browser-page'] };
  // Before the scheme checks: a local PDF is one the reader may open, not a page that is not web.
  if (pdfAddress(url)) return { ok: false, kind: 'pdf', message: MESSAGES.pdf };
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { ok: false, kind: 'not-web', message: MESSAGES['not-web'] };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    const browserOwned = [
      'chrome:',
      'edge:',
      'about:',
      'chrome-extension:',
      'moz-extension:',
      'devtools:',
      'view-source:',
      'chrome-search:',
      'chrome-untrusted:',
    ];
    const kind = browserOwned.includes(u.protocol) ? 'browser-page' : 'not-web';
    return { ok: false, kind, message: MESSAGES[kind] };
  }
  const host = u.hostname.toLowerCase();
  const isStore =
    host === 'chromewebstore.google.com' ||
    (host === 'chrome.google.com' && u.pathname.startsWith('/webstore')) ||
    host === 'addons.mozilla.org' ||
    (host === 'microsoftedge.microsoft.com' && u.pathname.startsWith('/addons'));
  if (isStore) return { ok: false, kind: 'store', message: MESSAGES.store };
  return { ok: true };
}

/** What to tell the user when the browser refused to run our script in a tab we thought we could read. */
export const SCRIPTING_REFUSED_MESSAGE =
  "The browser didn't let Policy Clipper read this page (it may be a protected page or a built-in viewer). Open the article as a normal web page to clip it.";
