/**
 * Marks clipped passages in a parsed article body before it is converted to Markdown: each passage's
 * first occurrence is wrapped, text node by text node, in `<mark data-brief-highlight>`. Matching
 * ignores whitespace, because the stored quote comes from the article's plain text, whose line breaks
 * and spaces differ from the HTML's.
 */

/** Attribute that tells our marks from `<mark>` elements the page had. */
export const HIGHLIGHT_ATTRIBUTE = 'data-brief-highlight';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function collectTextNodes(node: Node, out: Text[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) out.push(child as Text);
    else if (child.nodeType === ELEMENT_NODE && !SKIPPED.has(child.nodeName)) collectTextNodes(child, out);
  }
}

/** Half-open ranges, sorted, overlaps and neighbours merged. */
function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** First occurrences of the passages in `text`, whitespace ignored, as merged ranges of `text`. */
export function findPassages(text: string, passages: readonly string[]): Array<[number, number]> {
  // `flat` is `text` without whitespace; `at[i]` is where flat's i-th character sits in `text`.
  const at: number[] = [];
  let flat = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (!/\s/.test(ch)) {
      flat += ch;
      at.push(i);
    }
  }
  const ranges: Array<[number, number]> = [];
  for (const passage of passages) {
    const needle = passage.replace(/\s+/g, '');
    if (!needle) continue;
    const found = flat.indexOf(needle);
    if (found < 0) continue;
    ranges.push([at[found] ?? 0, (at[found + needle.length - 1] ?? 0) + 1]);
  }
  return mergeRanges(ranges);
}

/** Wraps the passages found under `root` in marks; returns the number of marked (merged) ranges. */
export function markPassages(root: Node, passages: readonly string[]): number {
  const doc = root.ownerDocument ?? (root as Document);
  const nodes: Text[] = [];
  collectTextNodes(root, nodes);
  // The nodes' texts end to end: one string to search, and where each node starts in it.
  const starts: number[] = [];
  let text = '';
  for (const n of nodes) {
    starts.push(text.length);
    text += n.data;
  }
  const ranges = findPassages(text, passages);
  if (ranges.length === 0) return 0;
  // Pieces to wrap per text node, in node-local offsets.
  const pieces = new Map<number, Array<[number, number]>>();
  let k = 0;
  for (const [start, end] of ranges) {
    while (k + 1 < nodes.length && (starts[k + 1] ?? 0) <= start) k++;
    for (let j = k; j < nodes.length && (starts[j] ?? 0) < end; j++) {
      const nodeStart = starts[j] ?? 0;
      const nodeEnd = nodeStart + (nodes[j]?.data.length ?? 0);
      const from = Math.max(start, nodeStart) - nodeStart;
      const to = Math.min(end, nodeEnd) - nodeStart;
      if (to > from) pieces.set(j, [...(pieces.get(j) ?? []), [from, to]]);
    }
  }
  for (const [index, spans] of pieces) {
    const node = nodes[index];
    const parent = node?.parentNode;
    if (!node || !parent) continue;
    let cursor = 0;
    for (const [from, to] of spans) {
      if (from > cursor) parent.insertBefore(doc.createTextNode(node.data.slice(cursor, from)), node);
      const mark = doc.createElement('mark');
      mark.setAttribute(HIGHLIGHT_ATTRIBUTE, '');
      mark.textContent = node.data.slice(from, to);
      parent.insertBefore(mark, node);
      cursor = to;
    }
    if (cursor < node.data.length) parent.insertBefore(doc.createTextNode(node.data.slice(cursor)), node);
    parent.removeChild(node);
  }
  return ranges.length;
}
