/**
 * Short items: a one-paragraph notice or a photo-news item of a hundred-odd characters under its
 * headline. Readability scores such a page's paragraph too low and hands back a menu or nothing, so when
 * its result is refused, the paragraphs right under the headline are taken instead, if they are prose
 * (sentences, few links). A page with no such block under a headline is still refused.
 */
import { BLOCK_TAGS } from '@/utils/block-elements';
import { ELEMENT_NODE, compactLength, linkTextLength } from './dom';
import { cleanInline, readingWeight } from './text-normalise';

const SHOW_ELEMENT = 1;
/** How many elements after the headline are looked at for the item's text. */
const MAX_ELEMENTS_AFTER = 80;
/** A short item's paragraph: about 50 CJK characters or 150 Latin ones, with sentence punctuation. */
const MIN_ITEM_WEIGHT = 150;
const MAX_ITEM_WEIGHT = 6000;
const SENTENCE = /[。！？；.!?;]/;
const MAX_LINK_DENSITY = 0.3;
const MAX_PARAGRAPHS = 4;

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling)
    if (BLOCK_TAGS.has(c.localName)) return true;
  return false;
}

function isProse(el: Element): boolean {
  const text = cleanInline(el.textContent ?? '');
  const weight = readingWeight(text, MAX_ITEM_WEIGHT);
  if (weight < MIN_ITEM_WEIGHT / 3 || !SENTENCE.test(text)) return false;
  const length = compactLength(text);
  return length > 0 && linkTextLength(el) / length < MAX_LINK_DENSITY;
}

/**
 * Copies of the prose blocks right under `headline` (in a detached container of `doc`), or null when
 * they do not make an item. The page is not changed.
 */
export function shortItemUnder(doc: Document, headline: Element): Element | null {
  if (!doc.body) return null;
  const walker = doc.createTreeWalker(doc.body, SHOW_ELEMENT);
  walker.currentNode = headline;
  const paragraphs: Element[] = [];
  for (let i = 0, node = walker.nextNode(); node && i < MAX_ELEMENTS_AFTER; node = walker.nextNode(), i++) {
    const el = node as Element;
    if (el.nodeType !== ELEMENT_NODE || headline.contains(el)) continue;
    // Another headline ends the item.
    if (/^h[1-3]$/.test(el.localName) && paragraphs.length > 0) break;
    if (!BLOCK_TAGS.has(el.localName) || hasBlockChild(el)) continue;
    if (isProse(el)) {
      paragraphs.push(el);
      if (paragraphs.length >= MAX_PARAGRAPHS) break;
    } else if (paragraphs.length > 0 && cleanInline(el.textContent ?? '').length > 0) {
      break;
    }
  }
  const weight = paragraphs.reduce((w, p) => w + readingWeight(p.textContent ?? ''), 0);
  if (weight < MIN_ITEM_WEIGHT) return null;
  const container = doc.createElement('div');
  for (const p of paragraphs) container.appendChild(p.cloneNode(true));
  return container;
}
