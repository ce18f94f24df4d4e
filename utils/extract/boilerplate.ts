/**
 * Applies the boilerplate rule table to Readability's article element (which belongs to the clone,
 * never to the page). Rules judge leaf blocks only, so a container is never dropped for one line in it.
 */
import { BOILERPLATE_RULES, BOILERPLATE_TRIGGER, type BoilerplateRule } from './boilerplate-rules';
import { HEADING_TAGS, TEXT_NODE, compactLength, isElement, leafBlocks, linkTextLength } from './dom';
import { cleanInline, readingWeight } from './text-normalise';
import { sameTitle } from './title';

/**
 * What follows a disclaimer or "related" heading is removed with it only when it looks like such a
 * section: mostly links, or short. A mislabelled heading in the middle of an article keeps the article.
 */
const MAX_FOLLOWING_WEIGHT = 1500;
const LIST_LINK_DENSITY = 0.5;

export interface BoilerplateRemoval {
  rule: string;
  text: string;
}

/** The outermost element around `block` that holds nothing but the block's text. */
function sectionStart(block: Element, root: Element, text: string): Element {
  let el = block;
  for (
    let p = el.parentElement;
    p && p !== root && cleanInline(p.textContent ?? '') === text;
    p = p.parentElement
  )
    el = p;
  return el;
}

function followingSiblings(start: Element): ChildNode[] {
  const nodes: ChildNode[] = [];
  for (let n = start.nextSibling; n; n = n.nextSibling) {
    if (isElement(n) && HEADING_TAGS.has(n.localName)) break;
    nodes.push(n);
  }
  return nodes;
}

function looksLikeSectionBody(nodes: readonly ChildNode[]): boolean {
  let text = '';
  let links = 0;
  for (const n of nodes) {
    text += n.textContent ?? '';
    if (isElement(n)) links += n.localName === 'a' ? compactLength(n.textContent ?? '') : linkTextLength(n);
  }
  const length = compactLength(text);
  return readingWeight(text) <= MAX_FOLLOWING_WEIGHT || (length > 0 && links / length >= LIST_LINK_DENSITY);
}

function lastTextNode(el: Node): Text | null {
  for (let n = el.lastChild; n; n = n.previousSibling) {
    if (n.nodeType === TEXT_NODE && (n.nodeValue ?? '').trim() !== '') return n as Text;
    const inner = lastTextNode(n);
    if (inner) return inner;
  }
  return null;
}

function apply(rule: BoilerplateRule, block: Element, root: Element, text: string): boolean {
  switch (rule.action) {
    case 'remove':
      block.remove();
      return true;
    case 'remove-with-following': {
      const start = sectionStart(block, root, text);
      const following = followingSiblings(start);
      if (looksLikeSectionBody(following)) for (const n of following) n.remove();
      start.remove();
      return true;
    }
    case 'trim-end': {
      const node = lastTextNode(block);
      const value = node?.nodeValue ?? '';
      const m = rule.pattern.exec(value);
      if (!node || !m) return false;
      node.nodeValue = value.slice(0, m.index).trimEnd();
      return true;
    }
  }
}

/**
 * Drops the headline when Readability kept it among the first blocks: the title is its own field, and the
 * text should start with the article (and the excerpt fallback with its first paragraph). Official
 * documents set a long title over several centred lines: those lines go when together they are the title.
 * Short or link-heavy blocks above the headline (a table layout's sidebar of other stories) go with it:
 * what comes before an article's own headline is page furniture.
 */
export function removeRepeatedTitle(
  root: Element,
  title: string,
  blocks: readonly Element[] = leafBlocks(root),
): boolean {
  if (!title) return false;
  // Only the first blocks matter: stop collecting the ones still in the tree well before the end.
  const live: Element[] = [];
  for (const block of blocks) {
    if (live.length >= MAX_BLOCKS_BEFORE_TITLE + MAX_TITLE_LINES) break;
    if (root.contains(block)) live.push(block);
  }
  for (let start = 0; start < live.length && start < MAX_BLOCKS_BEFORE_TITLE; start++) {
    const end = titleLinesAt(live, start, title);
    // Blocks go before the title only when it is set as a headline (an infobox's name is not one).
    if (end > 0 && (start === 0 || isHeadline(live[start] as Element))) {
      for (const block of live.slice(0, end)) {
        const text = cleanInline(block.textContent ?? '');
        if (text) sectionStart(block, root, text).remove();
        else block.remove();
      }
      return true;
    }
    if (!isFurniture(live[start] as Element)) return false;
  }
  return false;
}

const HEADLINE_CLASS = /title|headline|biaoti/i;

/** A heading element, a block named as a title, or a block whose text is all bold or sized type. */
function isHeadline(block: Element): boolean {
  if (HEADING_TAGS.has(block.localName)) return true;
  if (HEADLINE_CLASS.test(`${block.getAttribute('class') ?? ''} ${block.id}`)) return true;
  const only = block.children.length === 1 ? block.firstElementChild : null;
  return (
    only !== null &&
    ['b', 'strong', 'font'].includes(only.localName) &&
    cleanInline(only.textContent ?? '') === cleanInline(block.textContent ?? '')
  );
}

const MAX_BLOCKS_BEFORE_TITLE = 12;
const FURNITURE_MAX_LENGTH = 80;

function isFurniture(block: Element): boolean {
  const text = cleanInline(block.textContent ?? '');
  if (text.length <= FURNITURE_MAX_LENGTH) return true;
  const length = compactLength(text);
  return length > 0 && linkTextLength(block) / length >= LIST_LINK_DENSITY;
}

/** The index after the title's last line when the title starts at `start`, else -1. */
function titleLinesAt(blocks: readonly Element[], start: number, title: string): number {
  let joined = '';
  for (let i = start; i < blocks.length && i < start + MAX_TITLE_LINES; i++) {
    const text = cleanInline((blocks[i] as Element).textContent ?? '');
    if (!text) return -1;
    joined += text;
    if (sameTitle(joined, title)) return i + 1;
    if (!isTitlePrefix(joined, title)) return -1;
  }
  return -1;
}

const MAX_TITLE_LINES = 4;

function isTitlePrefix(part: string, title: string): boolean {
  const squeeze = (s: string): string => s.replace(/\s+/g, '');
  return squeeze(title).startsWith(squeeze(part));
}

/** The longest block any whole-block rule looks at; longer blocks are only checked by `trim-end` rules. */
const MAX_RULE_LENGTH = Math.max(
  ...BOILERPLATE_RULES.filter((r) => Number.isFinite(r.maxLength)).map((r) => r.maxLength),
);
/**
 * `trim-end` rules match text ending in a closing bracket: others need no regex run. Read from the end:
 * a `[…]\s*$` regex is tried at every position of a long article paragraph.
 */
function endsWithClosingBracket(text: string): boolean {
  const last = text.trimEnd().slice(-1);
  return last !== '' && '）)】]'.includes(last);
}

function ruleFor(text: string, rules: readonly BoilerplateRule[]): BoilerplateRule | undefined {
  return rules.find((r) => text.length <= r.maxLength && r.pattern.test(text));
}

/**
 * A block's text when some rule could apply to it, else null. Long prose and blocks without a trigger
 * word (most of an article) are skipped before their text is cleaned.
 */
function candidateText(block: Element, rules: readonly BoilerplateRule[]): string | null {
  const raw = block.textContent ?? '';
  if (raw.length > 2 * MAX_RULE_LENGTH && !endsWithClosingBracket(raw)) return null;
  if (rules === BOILERPLATE_RULES && !BOILERPLATE_TRIGGER.test(raw)) return null;
  const text = cleanInline(raw);
  return text && (text.length <= MAX_RULE_LENGTH || endsWithClosingBracket(text)) ? text : null;
}

/**
 * Removes boilerplate blocks from `root` in place; returns what was removed (for tests and debugging).
 * `blocks` are `root`'s leaf blocks when the caller already has them.
 */
export function removeBoilerplate(
  root: Element,
  blocks: readonly Element[] = leafBlocks(root),
  rules: readonly BoilerplateRule[] = BOILERPLATE_RULES,
): BoilerplateRemoval[] {
  const removed: BoilerplateRemoval[] = [];
  for (const block of blocks) {
    if (!root.contains(block)) continue;
    const text = candidateText(block, rules);
    if (text === null) continue;
    const rule = ruleFor(text, rules);
    if (rule && apply(rule, block, root, text)) removed.push({ rule: rule.name, text });
  }
  return removed;
}
