/**
 * Paints highlights on the live page. With the CSS Custom Highlight API (Chromium 105+, Firefox 140+)
 * the page's DOM is never touched: React/Vue pages keep working and text offsets stay valid. Where the
 * API is missing, passages are wrapped in `<pc-mark>` elements (which the text model does not skip).
 */

export const COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColour = (typeof COLOURS)[number];

const SWATCH: Record<HighlightColour, string> = {
  yellow: 'rgba(255, 226, 64, 0.55)',
  green: 'rgba(120, 220, 120, 0.5)',
  blue: 'rgba(110, 180, 255, 0.5)',
  pink: 'rgba(255, 130, 180, 0.5)',
  purple: 'rgba(180, 140, 255, 0.5)',
};

const STYLE_ID = 'policy-clipper-highlight-style';
const FALLBACK_TAG = 'pc-mark';
const ORPHAN_FLASH = 'policy-clipper-flash';

export interface Painter {
  paint(id: string, range: Range, colour: HighlightColour): void;
  erase(id: string): void;
  clear(): void;
  /** The highlight under a point, for the click menu. */
  idAt(x: number, y: number): string | null;
  rangeOf(id: string): Range | null;
  ids(): string[];
  /** Briefly emphasises a highlight (after "show in page"). */
  flash(id: string): void;
}

function injectStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.setAttribute('data-pc-ui', '');
  const rules = COLOURS.map(
    (c) => `::highlight(pc-${c}) { background-color: ${SWATCH[c]}; color: inherit; }\n` +
      `${FALLBACK_TAG}[data-colour="${c}"] { background-color: ${SWATCH[c]}; color: inherit; }`,
  );
  rules.push(`::highlight(${ORPHAN_FLASH}) { background-color: rgba(255, 140, 0, 0.75); }`);
  style.textContent = rules.join('\n');
  (doc.head ?? doc.documentElement).appendChild(style);
}

function rangeContains(range: Range, x: number, y: number, doc: Document): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  // Rects can miss inline edge cases; fall back to the caret position under the point.
  const caret = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint?.(x, y);
  return caret ? range.isPointInRange(caret.startContainer, caret.startOffset) : false;
}

function highlightPainter(doc: Document): Painter {
  const registry = (doc.defaultView as (Window & typeof globalThis) | null)?.CSS.highlights;
  if (!registry) throw new Error('no CSS.highlights');
  const HighlightCtor = (doc.defaultView as Window & { Highlight: typeof Highlight }).Highlight;
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
    paint(id, range, colour) {
      this.erase(id);
      byId.set(id, { range, colour });
      group(colour).add(range);
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

/** Fallback: wrap each text node piece of the range in `<pc-mark>`; unwrap on erase. */
function wrappingPainter(doc: Document): Painter {
  const marks = new Map<string, { elements: HTMLElement[]; range: Range }>();
  const textNodesIn = (range: Range): Text[] => {
    const root = range.commonAncestorContainer;
    if (root.nodeType === Node.TEXT_NODE) return [root as Text];
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const out: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) out.push(n as Text);
    return out;
  };
  return {
    paint(id, range, colour) {
      this.erase(id);
      const elements: HTMLElement[] = [];
      for (const node of textNodesIn(range)) {
        const start = node === range.startContainer ? range.startOffset : 0;
        const end = node === range.endContainer ? range.endOffset : node.length;
        if (end <= start) continue;
        const piece = node.splitText(start);
        piece.splitText(end - start);
        const mark = doc.createElement(FALLBACK_TAG);
        mark.dataset.colour = colour;
        mark.dataset.clipId = id;
        piece.replaceWith(mark);
        mark.appendChild(piece);
        elements.push(mark);
      }
      const live = doc.createRange();
      if (elements.length) {
        live.setStartBefore(elements[0]!);
        live.setEndAfter(elements[elements.length - 1]!);
      }
      marks.set(id, { elements, range: live });
    },
    erase(id) {
      for (const el of marks.get(id)?.elements ?? []) {
        const parent = el.parentNode;
        if (!parent) continue;
        while (el.firstChild) parent.insertBefore(el.firstChild, el);
        el.remove();
        parent.normalize();
      }
      marks.delete(id);
    },
    clear() {
      for (const id of [...marks.keys()]) this.erase(id);
    },
    idAt(x, y) {
      const el = doc.elementFromPoint(x, y)?.closest<HTMLElement>(`${FALLBACK_TAG}[data-clip-id]`);
      return el?.dataset.clipId ?? null;
    },
    rangeOf: (id) => marks.get(id)?.range ?? null,
    ids: () => [...marks.keys()],
    flash(id) {
      for (const el of marks.get(id)?.elements ?? []) {
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
