/**
 * Saved HTML → a jsdom Document, the way the CLI, the eval and the benches all load pages: scripts not
 * run, subresources not fetched, and jsdom's CSS-parser complaints kept off the terminal.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

export function parseHtmlDocument(html: string, url: string): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}
