/**
 * The text a reader reads around a point of the page (the headline, the article's last line), node by
 * node, for `readInlineMetadata`: a small window that ends where prose or a list of other stories
 * begins, so its cost does not grow with the page and other stories' dates stay out of it.
 */
import { DATELINE_LENGTH, DATELINE_START, LEAD_BOX, inStoryList, statedTime } from './inline-dates';
import { cleanInline, readingWeight } from './text-normalise';

/** Text this long without a label is the article starting: the info line is over. */
const PROSE_NODE_LENGTH = 100;
/** So is a shorter one that ends a sentence (a short first paragraph; info lines have no `。`). */
const SENTENCE_NODE_LENGTH = 30;
const SENTENCE_END = /[。！？]/;

/** Whether a text holds a label (`来源：`, `发布时间：`…): such a line is metadata, however long. */
export type IsLabelled = (text: string) => boolean;

function isProse(text: string, isLabelled: IsLabelled): boolean {
  if (text.length < SENTENCE_NODE_LENGTH) return false;
  if (text.length < PROSE_NODE_LENGTH && !SENTENCE_END.test(text)) return false;
  return !isLabelled(text);
}

const WINDOW_AFTER = 240;
const WINDOW_BEFORE = 240;
/** Nodes with text per window; whitespace between tags is passed over, up to this many times more. */
const MAX_NODES_PER_WINDOW = 48;
const MAX_EMPTY_NODES_PER_NODE = 4;
/** How far into the body to look for the title's text when no headline element matched it. */
const MAX_NODES_TO_FIND_TITLE = 4000;
/** How far past the headline the article's last line is looked for. */
const MAX_NODES_TO_FIND_END = 4000;

const SHOW_TEXT = 4;
/** Elements hidden until hovered or clicked (pop-up cards); only asked of a window's prose nodes. */
const HIDDEN = '[hidden], [style*="display:none"], [style*="display: none"]';
const SKIPPED_PARENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'option',
  'select',
  'title',
]);

function isReadable(node: Node): boolean {
  const parent = node.parentElement;
  return parent === null || !SKIPPED_PARENTS.has(parent.localName);
}

/**
 * The texts of the nodes the walker yields, until the window is full, prose begins or a list of other
 * stories does; a backward walk is put back in reading order. The prose node that ends a forward window
 * still gives its opening dateline, if it has one; a summary box (`摘要：…`) between the headline and
 * its info line is passed over.
 */
function collectWindow(
  step: () => Node | null,
  limit: number,
  anchor: Node,
  isLabelled: IsLabelled,
  backward = false,
): string[] {
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  const storyItems = new Map<Element, boolean>();
  const maxVisited = MAX_NODES_PER_WINDOW * MAX_EMPTY_NODES_PER_NODE;
  for (
    let i = 0, node = step();
    node && i < MAX_NODES_PER_WINDOW && visited < maxVisited && length < limit;
    node = step()
  ) {
    if (anchor.contains(node) || !isReadable(node)) continue;
    visited++;
    const text = statedTime(
      cleanInline(node.nodeValue ?? ''),
      () => node.parentElement?.getAttribute('title') ?? null,
    );
    if (!text) continue;
    i++;
    if (inStoryList(node, anchor, storyItems)) break;
    if (isProse(text, isLabelled)) {
      if (!backward && (LEAD_BOX.test(text) || LEAD_BOX.test(parts.at(-1) ?? ''))) continue;
      // A hidden profile card's description (a WeChat account's `功能介绍`) is no article starting.
      if (node.parentElement?.closest(HIDDEN)) continue;
      if (!backward && DATELINE_START.test(text)) parts.push(text.slice(0, DATELINE_LENGTH));
      break;
    }
    parts.push(text);
    length += text.length + 1;
  }
  if (backward) parts.reverse();
  return parts;
}

/** The texts right after `anchor` (not inside it), in reading order. */
export function windowAfter(doc: Document, anchor: Node, isLabelled: IsLabelled): string[] {
  if (!doc.body) return [];
  const forward = doc.createTreeWalker(doc.body, SHOW_TEXT);
  forward.currentNode = anchor;
  return collectWindow(() => forward.nextNode(), WINDOW_AFTER, anchor, isLabelled);
}

/** The texts right before `anchor`, in reading order. */
export function windowBefore(doc: Document, anchor: Node, isLabelled: IsLabelled): string[] {
  if (!doc.body) return [];
  const backward = doc.createTreeWalker(doc.body, SHOW_TEXT);
  backward.currentNode = anchor;
  return collectWindow(() => backward.previousNode(), WINDOW_BEFORE, anchor, isLabelled, true);
}

/**
 * The first text node of the body that holds `title` (or starts it) outside a link, else the first
 * inside one, else null: a link with the title is a sidebar's or a breadcrumb's, not the headline.
 */
export function findTitleNode(doc: Document, title: string): Node | null {
  if (!doc.body || readingWeight(title) < 6) return null;
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  let linked: Node | null = null;
  for (
    let i = 0, node = walker.nextNode();
    node && i < MAX_NODES_TO_FIND_TITLE;
    node = walker.nextNode(), i++
  ) {
    const value = node.nodeValue ?? '';
    if (value.length < 2 || !isReadable(node)) continue;
    const text = cleanInline(value);
    if (!text.includes(title) && !(text.length * 2 >= title.length && title.startsWith(text))) continue;
    if (!node.parentElement?.closest('a')) return node;
    linked ??= node;
  }
  return linked;
}

/** The end of a line this long identifies it. */
const LINE_END_LENGTH = 8;
const MIN_LINE_END_LENGTH = 4;

/**
 * The first text node after `start` that ends like `line` (the article's last line as extracted), or
 * null: where the article ends on the page.
 */
export function findLineEnd(doc: Document, start: Node, line: string): Node | null {
  const end = cleanInline(line).slice(-LINE_END_LENGTH);
  if (!doc.body || end.length < MIN_LINE_END_LENGTH) return null;
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  walker.currentNode = start;
  for (let i = 0, node = walker.nextNode(); node && i < MAX_NODES_TO_FIND_END; node = walker.nextNode(), i++)
    if (isReadable(node) && cleanInline(node.nodeValue ?? '').endsWith(end)) return node;
  return null;
}
