/** Small jsdom helpers for the extract unit tests. */
import { JSDOM } from 'jsdom';

export function htmlDocument(html: string, url = 'https://example.cn/news/1.html'): Document {
  return new JSDOM(html, { url }).window.document;
}

/** A detached `<div>` holding `html`, like Readability's article element. */
export function fragment(html: string): Element {
  const doc = htmlDocument('<!DOCTYPE html><html><body></body></html>');
  const div = doc.createElement('div');
  div.innerHTML = html;
  return div;
}
