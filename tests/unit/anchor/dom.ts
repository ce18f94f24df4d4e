/** jsdom documents for the anchor tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

/** A document parsed from `html` (scripts not run; CSS parse warnings silenced). */
export function documentFrom(html: string): Document {
  return new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
}

export function fixtureHtml(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

export function fixtureDocument(path: string): Document {
  return documentFrom(fixtureHtml(path));
}

/** A range over `needle`'s `occurrence`-th appearance in the text content of `root`'s text nodes (one node). */
export function rangeOfTextInNode(root: Element, needle: string, occurrence = 0): Range {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4);
  let seen = 0;
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    const data = (n as Text).data;
    for (let at = data.indexOf(needle); at !== -1; at = data.indexOf(needle, at + 1)) {
      if (seen++ === occurrence) {
        const range = doc.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + needle.length);
        return range;
      }
    }
  }
  throw new Error(`"${needle}" #${occurrence} not found in a single text node`);
}
