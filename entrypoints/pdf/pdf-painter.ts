/**
 * Highlights on the PDF's text layer. A clip is placed once in the extracted text; each page's share is
 * painted when that page's text layer is drawn (pdf.js draws pages as they scroll into view and drops
 * far-away ones), as one range per text-layer span it covers, with the pages' own painter (CSS Custom
 * Highlight API: the text layer is never modified).
 */
import { itemRanges, textSpanOfItem, type ItemRange } from '@/utils/pdf/page-map';
import type { PdfPageText } from '@/utils/pdf/types';
import type { HighlightColour } from '@/utils/vocabulary';
import { createPainter } from '../highlighter.content/painter';
import type { PdfViewerHandle } from './pdfjs';

const SEP = '\u0000';

export interface PdfPainter {
  /** Paints (or repaints) a clip placed at `[start, end)` of the text on every drawn page. */
  show(id: string, start: number, end: number, colour: HighlightColour): void;
  erase(id: string): void;
  /** Repaints the clips on `page` (its text layer was drawn again). */
  paintPage(page: number): void;
  idAt(x: number, y: number): string | null;
  /** The first page the clip is on, or null when it is not placed. */
  pageOf(id: string): number | null;
  /** Scrolls a drawn highlight into view and flashes it; false when its page is not drawn. */
  reveal(id: string): boolean;
  /** The selection as a span of the text, or null when it holds none of the text. */
  selectionSpan(range: Range, pageCount: number): { start: number; end: number } | null;
}

export function createPdfPainter(viewer: PdfViewerHandle, pages: readonly PdfPageText[]): PdfPainter {
  const painter = createPainter(document);
  const placed = new Map<string, { pieces: ItemRange[]; colour: HighlightColour }>();
  const keys = new Map<string, Set<string>>();

  const paintOn = (id: string, page: number): void => {
    const entry = placed.get(id);
    const spans = viewer.textSpans(page);
    const own = keys.get(id) ?? new Set<string>();
    keys.set(id, own);
    for (const key of [...own]) {
      if (key.split(SEP)[1] !== String(page)) continue;
      painter.erase(key);
      own.delete(key);
    }
    if (!entry || !spans) return;
    entry.pieces.forEach((piece, n) => {
      const node = piece.page === page ? spans[piece.item]?.firstChild : null;
      if (node?.nodeType !== Node.TEXT_NODE || !node.isConnected) return;
      const length = (node as Text).length;
      const range = document.createRange();
      range.setStart(node, Math.min(piece.from, length));
      range.setEnd(node, Math.min(piece.to, length));
      const key = [id, page, n].join(SEP);
      painter.paint(key, range, entry.colour);
      own.add(key);
    });
  };
  const pagesOf = (id: string): number[] => [...new Set(placed.get(id)?.pieces.map((p) => p.page) ?? [])];

  return {
    show(id, start, end, colour) {
      this.erase(id);
      placed.set(id, { pieces: itemRanges(pages, start, end), colour });
      for (const page of pagesOf(id)) paintOn(id, page);
    },
    erase(id) {
      for (const key of keys.get(id) ?? []) painter.erase(key);
      keys.delete(id);
      placed.delete(id);
    },
    paintPage(page) {
      for (const [id, entry] of placed) if (entry.pieces.some((p) => p.page === page)) paintOn(id, page);
    },
    idAt(x, y) {
      return painter.idAt(x, y)?.split(SEP)[0] ?? null;
    },
    pageOf(id) {
      return placed.get(id)?.pieces[0]?.page ?? null;
    },
    reveal(id) {
      const key = [...(keys.get(id) ?? [])][0];
      const node = key ? painter.rangeOf(key)?.startContainer.parentElement : null;
      if (!key || !node?.isConnected) return false;
      node.scrollIntoView({ block: 'center' });
      painter.flash(key);
      return true;
    },
    selectionSpan(range, pageCount) {
      let start = Infinity;
      let end = -Infinity;
      for (let page = 1; page <= pageCount; page++) {
        const element = viewer.pageElement(page);
        const spans = viewer.textSpans(page);
        if (!element || !spans || !range.intersectsNode(element)) continue;
        spans.forEach((span, item) => {
          const text = span.firstChild;
          if (text?.nodeType !== Node.TEXT_NODE || !range.intersectsNode(text)) return;
          const from = range.startContainer === text ? range.startOffset : 0;
          const to = range.endContainer === text ? range.endOffset : (text as Text).length;
          const piece = from < to ? textSpanOfItem(pages, page, item, from, to) : null;
          if (!piece) return;
          start = Math.min(start, piece.start);
          end = Math.max(end, piece.end);
        });
      }
      return start < end ? { start, end } : null;
    },
  };
}
