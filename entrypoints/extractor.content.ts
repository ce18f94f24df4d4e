import { defineContentScript } from 'wxt/utils/define-content-script';
import { analyzeDocument, type PageAnalysis } from '../utils/pipeline';

// Injected on demand only (popup opened, page clipped): Readability never rides along on pages the
// user merely browses. The value `main` returns is what `scripting.executeScript` resolves with.
export default defineContentScript({
  registration: 'runtime',
  matches: ['<all_urls>'],
  main(): PageAnalysis {
    return analyzeDocument(document, location.href);
  },
});
