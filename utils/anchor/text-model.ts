/**
 * The normalised text of a root element and the mapping between its offsets and DOM points. Every
 * selector offset refers to this text (see `normalize.ts` for the rules). Build it once per page state
 * and anchor any number of selectors against it; rebuild it after the page's text changes.
 */
import { ElementRole, elementRole } from './element-rules';
import { isCollapsibleCode } from './normalize';
import { clock } from './yield';

/** Which side of a gap (collapsed whitespace, a skipped node) a DOM point maps to. */
export type Bias = 'start' | 'end';

export interface TextModel {
  readonly root: Element;
  readonly text: string;
  /**
   * The text offset of a DOM boundary point. Points in collapsed whitespace or in skipped content map
   * to the next character for `start` and just after the previous one for `end`.
   */
  offsetAt(node: Node, offset: number, bias: Bias): number;
  /** `range`'s start and end as text offsets (clamped to the root's text). */
  offsetsOf(range: Range): { start: number; end: number };
  /** A DOM range covering text `[start, end)`; boundaries inside separators move inward. */
  rangeAt(start: number, end: number): Range;
}

const PENDING_NONE = 0;
const PENDING_SPACE = 1;
const PENDING_BREAK = 2;

/** Runs of two or more collapsible spaces (the mapping is no longer one to one) and invisible characters. */
const SPLITTERS = /[ \t\n\r\f]{2,}|[\u00ad\u200b\u2060\ufeff]+/g;
/** Single characters written as a plain space (one for one). */
const ODD_SPACE = /[\t\n\r\f\u00a0]/g;
const NODES_BETWEEN_CLOCK_CHECKS = 256;

/**
 * Text `[segStart[i], segStart[i] + segLength[i])` is `segNode[i].data` from `segOffset[i]`, one
 * character for one. Separators between segments (a collapsed space, a block's "\n") belong to no node.
 */
interface Segments {
  start: number[];
  node: Text[];
  offset: number[];
  length: number[];
  firstOfNode: Map<Text, number>;
}

/** Walks a root's DOM in slices (so an async caller can yield between them) and builds its model. */
export class TextModelBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private pending = PENDING_NONE;
  private readonly segs: Segments = { start: [], node: [], offset: [], length: [], firstOfNode: new Map() };
  private current: Node | null;
  /** For each element descended into: does leaving it end a block? */
  private readonly blockStack: boolean[] = [];

  constructor(private readonly root: Element) {
    this.current = root.firstChild;
  }

  /** Walks until done or until `deadline` (a `clock()` time) passes; true when done. */
  step(deadline = Infinity): boolean {
    let node = this.current;
    let count = 0;
    while (node !== null) {
      if (++count % NODES_BETWEEN_CLOCK_CHECKS === 0 && clock() > deadline) break;
      if (node.nodeType === 3) {
        this.pushText(node as Text);
      } else if (node.nodeType === 1) {
        const role = elementRole(node as Element);
        if (role === ElementRole.LineBreak) {
          this.pending = PENDING_BREAK;
        } else if (role !== ElementRole.Skip) {
          const block = role === ElementRole.Block;
          if (block) this.pending = PENDING_BREAK;
          const child = node.firstChild;
          if (child !== null) {
            this.blockStack.push(block);
            node = child;
            continue;
          }
        }
      }
      node = this.next(node);
    }
    this.current = node;
    return node === null;
  }

  /** The model; call once `step` has returned true. */
  finish(): TextModel {
    return new IndexedText(this.root, this.parts.join(''), this.segs);
  }

  private next(node: Node): Node | null {
    let n: Node = node;
    for (;;) {
      const sibling = n.nextSibling;
      if (sibling !== null) return sibling;
      const leftBlock = this.blockStack.pop();
      if (leftBlock === undefined) return null;
      if (leftBlock) this.pending = PENDING_BREAK;
      const parent = n.parentNode;
      if (parent === null) return null;
      n = parent;
    }
  }

  private pushText(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    SPLITTERS.lastIndex = 0;
    let from = 0;
    for (let m = SPLITTERS.exec(data); m !== null; m = SPLITTERS.exec(data)) {
      this.pushChunk(node, data, from, m.index);
      if (isCollapsibleCode(m[0].charCodeAt(0))) this.markSpace();
      from = m.index + m[0].length;
    }
    this.pushChunk(node, data, from, data.length);
  }

  /** `data[from, to)` holds no run of spaces and no invisible character; edge spaces become pending. */
  private pushChunk(node: Text, data: string, from: number, to: number): void {
    let a = from;
    let b = to;
    while (a < b && isCollapsibleCode(data.charCodeAt(a))) a++;
    if (a > from) this.markSpace();
    while (b > a && isCollapsibleCode(data.charCodeAt(b - 1))) b--;
    if (a < b) {
      if (this.pending !== PENDING_NONE && this.length > 0) {
        this.parts.push(this.pending === PENDING_BREAK ? '\n' : ' ');
        this.length += 1;
      }
      this.pending = PENDING_NONE;
      const chunk = data.slice(a, b);
      this.parts.push(chunk.replace(ODD_SPACE, ' '));
      const segs = this.segs;
      if (!segs.firstOfNode.has(node)) segs.firstOfNode.set(node, segs.start.length);
      segs.start.push(this.length);
      segs.node.push(node);
      segs.offset.push(a);
      segs.length.push(b - a);
      this.length += b - a;
    }
    if (b < to) this.markSpace();
  }

  private markSpace(): void {
    if (this.pending === PENDING_NONE) this.pending = PENDING_SPACE;
  }
}

/** The normalised text of `root` with its DOM mapping (linear in the size of the DOM). */
export function buildTextModel(root: Element): TextModel {
  const builder = new TextModelBuilder(root);
  builder.step();
  return builder.finish();
}

class IndexedText implements TextModel {
  constructor(
    readonly root: Element,
    readonly text: string,
    private readonly segs: Segments,
  ) {}

  offsetAt(node: Node, offset: number, bias: Bias): number {
    const segs = this.segs;
    const first = node.nodeType === 3 ? segs.firstOfNode.get(node as Text) : undefined;
    if (first === undefined) return this.offsetAtPoint(node, offset, bias);
    let i = first;
    for (; i < segs.start.length && segs.node[i] === node; i++) {
      const segOffset = segs.offset[i] as number;
      const segEnd = segOffset + (segs.length[i] as number);
      if (offset < segOffset) break;
      if (offset < segEnd || (offset === segEnd && bias === 'end')) {
        return (segs.start[i] as number) + (offset - segOffset);
      }
    }
    // In whitespace before segment i (or after the node's last segment).
    return bias === 'start' ? this.segmentStart(i) : this.segmentEnd(i - 1);
  }

  offsetsOf(range: Range): { start: number; end: number } {
    const start = this.offsetAt(range.startContainer, range.startOffset, 'start');
    const end = this.offsetAt(range.endContainer, range.endOffset, 'end');
    return { start, end: Math.max(start, end) };
  }

  rangeAt(start: number, end: number): Range {
    const range = this.root.ownerDocument.createRange();
    const segs = this.segs;
    const count = segs.start.length;
    if (count === 0) {
      range.selectNodeContents(this.root);
      range.collapse(true);
      return range;
    }
    // Start: the segment holding `start`, else the next one.
    let i = Math.max(0, this.lastSegmentAtOrBefore(start));
    if (start >= (segs.start[i] as number) + (segs.length[i] as number) && i + 1 < count) i++;
    const startNode = segs.node[i] as Text;
    const startDelta = Math.max(0, start - (segs.start[i] as number));
    // End: the segment holding the character before `end`, else the previous one.
    let j = Math.max(0, this.lastSegmentAtOrBefore(end - 1));
    if (j < i) j = i;
    const endDelta = Math.min(segs.length[j] as number, Math.max(0, end - (segs.start[j] as number)));
    // Setting a boundary compares it with the other one; starting from the start node's contents
    // keeps those comparisons local (jsdom walks the document between the two points).
    range.selectNodeContents(startNode);
    range.setStart(startNode, (segs.offset[i] as number) + Math.min(startDelta, segs.length[i] as number));
    range.setEnd(segs.node[j] as Text, (segs.offset[j] as number) + endDelta);
    return range;
  }

  /** Largest segment index whose text starts at or before `pos`, or -1. */
  private lastSegmentAtOrBefore(pos: number): number {
    const starts = this.segs.start;
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) <= pos) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  private segmentStart(i: number): number {
    return i < this.segs.start.length ? (this.segs.start[i] as number) : this.text.length;
  }

  private segmentEnd(i: number): number {
    return i >= 0 ? (this.segs.start[i] as number) + (this.segs.length[i] as number) : 0;
  }

  /**
   * A point the segment table does not know (an element boundary, a skipped or whitespace-only text
   * node): binary search for the first segment after it, comparing DOM positions.
   */
  private offsetAtPoint(node: Node, offset: number, bias: Bias): number {
    const segs = this.segs;
    // The node right after the point, or null when the point is at the end of `node`.
    const ref =
      node.nodeType === 1 || node.nodeType === 9 || node.nodeType === 11
        ? (node.childNodes[offset] ?? null)
        : null;
    const container = node.nodeType === 3 || node.nodeType === 8 ? null : node;
    /** Is the text node `t` at or after the point? (compareDocumentPosition: cheap in jsdom too.) */
    const atOrAfter = (t: Text): boolean => {
      if (container === null) return (node.compareDocumentPosition(t) & 4) !== 0;
      if (ref !== null) return t === ref || (ref.compareDocumentPosition(t) & 4) !== 0;
      const position = container.compareDocumentPosition(t);
      return (position & 4) !== 0 && (position & 16) === 0;
    };
    let lo = 0;
    let hi = segs.start.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (atOrAfter(segs.node[mid] as Text)) hi = mid;
      else lo = mid + 1;
    }
    return bias === 'start' ? this.segmentStart(lo) : this.segmentEnd(lo - 1);
  }
}
