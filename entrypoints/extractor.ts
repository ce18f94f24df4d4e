import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extract, type ExtractResult } from '../utils/extract';

// Injected on demand only (popup opened, page clipped): Readability never rides along on pages the
// user merely browses. It only extracts; the background checks the answer and runs detection on it
// (utils/pipeline.ts). An unlisted script rather than a content script: it runs once and returns, so it
// needs none of WXT's content-script context (invalidation events on the page), and the value `main`
// returns is what `scripting.executeScript` resolves with.
export default defineUnlistedScript((): ExtractResult => extract(document, location.href));
