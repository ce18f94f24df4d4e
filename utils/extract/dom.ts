/**
 * DOM facts shared by the extraction steps. Node types are numbers here because `Node`/`NodeFilter`
 * globals do not exist in Node, where utils/ also runs (on jsdom documents).
 *
 * Never index a live `HTMLCollection` (`getElementsByTagName(...)[i]`) in a loop: jsdom re-walks the tree
 * on every access, which is quadratic on large pages. Use `querySelectorAll` (static) or `descendants`.
 */
import { BLOCK_TAGS } from '@/utils/block-elements';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function isElement(node: Node | null | undefined): node is Element {
  return node !== null && node !== undefined && node.nodeType === ELEMENT_NODE;
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
}

/**
 * Blocks with no block inside them, in document order: the units boilerplate rules judge. One pass:
 * every block marks its ancestors as containers.
 */
export function leafBlocks(root: Element, all: readonly Element[] = descendants(root)): Element[] {
  const blocks: Element[] = [];
  const containers = new Set<Element>();
  for (const el of all) {
    if (!isBlock(el)) continue;
    blocks.push(el);
    for (let p = el.parentElement; p && p !== root && !containers.has(p); p = p.parentElement)
      containers.add(p);
  }
  return blocks.filter((el) => !containers.has(el));
}

/** Every element under `root` (not `root` itself), in document order. */
export function descendants(root: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [];
  for (let child = root.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    out.push(el);
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return out;
}

/** Characters of text inside links under `root` (for link density). */
export function linkTextLength(root: Element): number {
  let length = 0;
  for (const link of root.querySelectorAll('a')) length += compactLength(link.textContent ?? '');
  return length;
}

/** Characters that are not whitespace (a charCode loop: no copy of what may be a whole article). */
export function compactLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!(code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000)) count++;
  }
  return count;
}
