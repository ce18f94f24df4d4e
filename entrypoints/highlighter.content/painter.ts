/**
 * Paints highlights on the live page. With the CSS Custom Highlight API (Chromium 105+, Firefox 140+)
 * the page's DOM is never touched: React/Vue pages keep working and text offsets stay valid. Where the
 * API is missing, passages are wrapped in `<pc-mark>` elements (which the text model does not skip).
 */

import { HIGHLIGHT_COLOURS, type HighlightColour } from '@/utils/vocabulary';

const SWATCH: Record<HighlightColour, string> = {
  yellow: 'rgba(255, 226, 64, 0.55)',
  green: 'rgba(120, 220, 120, 0.5)',
  blue: 'rgba(110, 180, 255, 0.5)',
  pink: 'rgba(255, 130, 180, 0.5)',
  purple: 'rgba(180, 140, 255, 0.5)',
};

const STYLE_ID = 'policy-clipper-highlight-style';
export const FALLBACK_TAG = 'pc-mark';
const ORPHAN_FLASH = 'policy-clipper-flash';
// Wrapping text in these would break the page (scripts, styles) or show markup as text (textarea).
const NO_WRAP = 'script,style,noscript,textarea,title,template,[data-pc-ui]';

export interface Painter {
  /** True when painting changes the page's DOM (the `<pc-mark>` fallback): nodes then move under ranges. */
  readonly mutatesDom: boolean;
  paint(id: string, range: Range, colour: HighlightColour): void;
  recolour(id: string, colour: HighlightColour): void;
  erase(id: string): void;
  clear(): void;
  /** The highlight under a point, for the click menu. */
  idAt(x: number, y: number): string | null;
  rangeOf(id: string): Range | null;
  ids(): string[];
  /** Briefly emphasises a highlight (after "show in page"). */
  flash(id: string): void;
}

type HitRegistry = HighlightRegistry & {
  // Chrome 140+; not in TypeScript's DOM types yet.
  highlightsFromPoint?(x: number, y: number): { highlight: Highlight; ranges?: AbstractRange[] }[];
};

function injectStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.setAttribute('data-pc-ui', '');
  const rules = HIGHLIGHT_COLOURS.map(
    (c) =>
      `::highlight(pc-${c}) { background-color: ${SWATCH[c]}; color: inherit; }\n` +
      `${FALLBACK_TAG}[data-colour="${c}"] { background-color: ${SWATCH[c]}; color: inherit; }`,
  );
  rules.push(`::highlight(${ORPHAN_FLASH}) { background-color: rgba(255, 140, 0, 0.75); }`);
  style.textContent = rules.join('\n');
  (doc.head ?? doc.documentElement).appendChild(style);
}

/** The caret under a point: `caretRangeFromPoint` (Chromium, Safari), else the standard `caretPositionFromPoint` (Firefox). */
function caretAt(doc: Document, x: number, y: number): [Node, number] | null {
  const range = doc.caretRangeFromPoint?.(x, y);
  if (range) return [range.startContainer, range.startOffset];
  const pos = doc.caretPositionFromPoint?.(x, y);
  return pos ? [pos.offsetNode, pos.offset] : null;
}

function rangeContains(range: Range, x: number, y: number, doc: Document): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  // Rects can miss inline edge cases; fall back to the caret position under the point.
  const caret = caretAt(doc, x, y);
  return caret ? range.isPointInRange(caret[0], caret[1]) : false;
}

function highlightPainter(doc: Document): Painter {
  const view = doc.defaultView;
  const registry: HitRegistry | undefined = view?.CSS?.highlights;
  if (!registry || !view?.Highlight) throw new Error('no CSS.highlights');
  const HighlightCtor = view.Highlight;
  const groups = new Map<HighlightColour, Highlight>();
  const byId = new Map<string, { range: Range; colour: HighlightColour }>();
  const group = (colour: HighlightColour): Highlight => {
    let h = groups.get(colour);
    if (!h) {
      h = new HighlightCtor();
      groups.set(colour, h);
      registry.set(`pc-${colour}`, h);
    }
    return h;
  };
  return {
    mutatesDom: false,
    paint(id, range, colour) {
      this.erase(id);
      byId.set(id, { range, colour });
      group(colour).add(range);
    },
    recolour(id, colour) {
      const entry = byId.get(id);
      if (entry) this.paint(id, entry.range, colour);
    },
    erase(id) {
      const entry = byId.get(id);
      if (!entry) return;
      groups.get(entry.colour)?.delete(entry.range);
      byId.delete(id);
    },
    clear() {
      for (const h of groups.values()) h.clear();
      byId.clear();
    },
    idAt(x, y) {
      // The browser's own hit test knows line boxes, transforms and scrolling; older builds gave no ranges.
      const hits = registry.highlightsFromPoint?.(x, y);
      if (hits?.every((h) => h.ranges)) {
        for (const r of hits.flatMap((h) => h.ranges!))
          for (const [id, e] of byId) if (e.range === r) return id;
        return null;
      }
      for (const [id, { range }] of byId) if (rangeContains(range, x, y, doc)) return id;
      return null;
    },
    rangeOf: (id) => byId.get(id)?.range ?? null,
    ids: () => [...byId.keys()],
    flash(id) {
      const range = byId.get(id)?.range;
      if (!range) return;
      const h = new HighlightCtor(range);
      registry.set(ORPHAN_FLASH, h);
      setTimeout(() => registry.delete(ORPHAN_FLASH), 1500);
    },
  };
}

/**
 * Fallback: wrap each text node piece of the range in `<pc-mark>`; unwrap on erase. Only the text nodes
 * this painter split off are joined back (never `normalize()`): frameworks keep references to the
 * page's own text nodes, which must come back as the same objects with the same text.
 */
function wrappingPainter(doc: Document): Painter {
  const marks = new Map<string, HTMLElement[]>();
  const splitOff = new WeakSet<Node>();
  const isText = (n: Node | null): n is Text => n?.nodeType === 3;
  /** Each text node in the range with the part of it inside, all read before any is split. */
  const piecesOf = (range: Range): [Text, number, number][] => {
    const { startContainer: sc, startOffset: so, endContainer: ec, endOffset: eo } = range;
    const root = range.commonAncestorContainer;
    const nodes: Text[] = [];
    if (isText(root)) nodes.push(root);
    else {
      const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (range.intersectsNode(n) && !n.parentElement?.closest(NO_WRAP)) nodes.push(n as Text);
      }
    }
    return nodes.map((n) => [n, n === sc ? so : 0, n === ec ? eo : n.length]);
  };
  const rejoin = (piece: Text): void => {
    let head = piece;
    while (splitOff.has(head) && isText(head.previousSibling)) head = head.previousSibling;
    for (let n = head.nextSibling; isText(n) && splitOff.has(n); n = head.nextSibling) {
      head.appendData(n.data);
      n.remove();
    }
  };
  return {
    mutatesDom: true,
    paint(id, range, colour) {
      this.erase(id);
      const elements: HTMLElement[] = [];
      for (const [node, start, end] of piecesOf(range)) {
        if (end <= start) continue;
        let piece = node;
        if (start > 0) splitOff.add((piece = node.splitText(start)));
        if (end - start < piece.length) splitOff.add(piece.splitText(end - start));
        const mark = doc.createElement(FALLBACK_TAG);
        mark.dataset.colour = colour;
        mark.dataset.clipId = id;
        // insertBefore + appendChild, not replaceWith: jsdom's replaceWith moves unrelated live ranges.
        piece.parentNode!.insertBefore(mark, piece);
        mark.appendChild(piece);
        elements.push(mark);
      }
      marks.set(id, elements);
    },
    recolour(id, colour) {
      for (const el of marks.get(id) ?? []) el.dataset.colour = colour;
    },
    erase(id) {
      for (const el of marks.get(id) ?? []) {
        const parent = el.parentNode;
        if (!parent) continue;
        const kids = [...el.childNodes];
        for (const k of kids) parent.insertBefore(k, el);
        el.remove();
        for (const k of kids) if (isText(k) && k.parentNode) rejoin(k);
      }
      marks.delete(id);
    },
    clear() {
      for (const id of [...marks.keys()]) this.erase(id);
    },
    idAt(x, y) {
      const el = doc.elementFromPoint?.(x, y)?.closest<HTMLElement>(`${FALLBACK_TAG}[data-clip-id]`);
      return el?.dataset.clipId ?? null;
    },
    rangeOf(id) {
      const elements = marks.get(id)?.filter((el) => el.isConnected);
      if (!elements?.length) return null;
      const range = doc.createRange();
      range.setStartBefore(elements[0]!);
      range.setEndAfter(elements[elements.length - 1]!);
      return range;
    },
    ids: () => [...marks.keys()],
    flash(id) {
      for (const el of marks.get(id) ?? []) {
        el.animate?.([{ outline: '2px solid orange' }, { outline: '2px solid transparent' }], 1500);
      }
    },
  };
}

export function createPainter(doc: Document): Painter {
  injectStyle(doc);
  try {
    return highlightPainter(doc);
  } catch {
    return wrappingPainter(doc);
  }
}
