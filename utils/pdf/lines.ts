/**
 * pdf.js text items → text lines. Each line keeps, piece by piece, which item and offset its
 * characters came from, so offsets in the article text can be mapped back to the text layer's spans.
 * Inside an item, whitespace runs become one space and invisible characters are dropped (as for web
 * pages); nothing else about the item's text changes.
 */

/** The part of pdf.js's `TextItem` read here (the text layer is built from the same items). */
export interface PdfTextItemLike {
  str: string;
  /** `[a, b, c, d, x, y]` in PDF user space (y grows upwards). */
  transform: readonly number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** A stretch of line text; `item` < 0 marks a space the extraction wrote. */
export interface LinePiece {
  text: string;
  item: number;
  offset: number;
  /**
   * How many characters of the item's `str` the piece stands for: `text.length`, except for a
   * character written in its compatibility form (`⽇` → `日`, `ﬁ` → `fi`).
   */
  source: number;
}

export interface TextLine {
  text: string;
  pieces: LinePiece[];
  /** Left and right edges, baseline, and the largest font size on the line (user space units). */
  x0: number;
  x1: number;
  y: number;
  size: number;
}

const SPACE: LinePiece = { text: ' ', item: -1, offset: 0, source: 0 };
/**
 * Characters PDFs often carry in a compatibility form that reads the same but matches nothing: Kangxi
 * and supplementary radicals for ideographs (`2021年5⽉10⽇`, common in PDFs from WPS and Word),
 * compatibility ideographs, Latin ligatures. Each becomes its NFKC form. (The text layer is built from
 * the raw characters, so the extraction reads those too and keeps the mapping.)
 */
const COMPATIBILITY = /[\u2e80-\u2fdf\uf900-\ufaff\ufb00-\ufb06]/g;
/** Whitespace (with no-break and ideographic spaces) and invisible characters, in one pass. */
const GAP = /[\s\u00A0\u3000]+|[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]+/g;
const INVISIBLE = /^[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]+$/;

class LineBuilder {
  readonly lines: TextLine[] = [];
  private pieces: LinePiece[] = [];
  private pendingSpace = false;
  private x0 = Infinity;
  private x1 = -Infinity;
  private y = 0;
  private size = 0;

  get empty(): boolean {
    return this.pieces.length === 0;
  }

  /** Whether an item at (x, y) of this size cannot continue the current line. */
  breaksAt(x: number, y: number, size: number): boolean {
    if (this.empty) return false;
    const tolerance = Math.max(size, this.size) * 0.5;
    return Math.abs(y - this.y) > tolerance || x < this.x1 - Math.max(size, this.size) * 2;
  }

  add(item: PdfTextItemLike, index: number, size: number): void {
    const x = item.transform[4] ?? 0;
    let hasText = false;
    let last = 0;
    const text = item.str;
    GAP.lastIndex = 0;
    for (let m = GAP.exec(text); ; m = GAP.exec(text)) {
      const end = m ? m.index : text.length;
      if (end > last) {
        if (this.pendingSpace && !this.empty) this.pieces.push(SPACE);
        this.pendingSpace = false;
        this.pushText(text, index, last, end);
        hasText = true;
      }
      if (!m) break;
      if (!INVISIBLE.test(m[0])) this.pendingSpace = true;
      last = m.index + m[0].length;
    }
    if (!hasText) return;
    if (this.x0 === Infinity) this.y = item.transform[5] ?? 0;
    // Leading spaces inside the item (`\u3000\u3000第二段`) indent its text: estimate where the text starts.
    const leading = text.length - text.trimStart().length;
    this.x0 = Math.min(this.x0, x + (text.length ? (item.width * leading) / text.length : 0));
    this.x1 = Math.max(this.x1, x + item.width);
    this.size = Math.max(this.size, size);
  }

  /** `text[start, end)` of item `index`, its compatibility characters in their usual form. */
  private pushText(text: string, index: number, start: number, end: number): void {
    const segment = text.slice(start, end);
    let from = 0;
    COMPATIBILITY.lastIndex = 0;
    for (let m = COMPATIBILITY.exec(segment); m; m = COMPATIBILITY.exec(segment)) {
      if (m.index > from)
        this.pieces.push({
          text: segment.slice(from, m.index),
          item: index,
          offset: start + from,
          source: m.index - from,
        });
      this.pieces.push({ text: m[0].normalize('NFKC'), item: index, offset: start + m.index, source: 1 });
      from = m.index + 1;
    }
    if (from < segment.length)
      this.pieces.push({
        text: segment.slice(from),
        item: index,
        offset: start + from,
        source: segment.length - from,
      });
  }

  /** A space item (or trailing spaces) between items on the line. */
  space(): void {
    this.pendingSpace = true;
  }

  end(): void {
    if (!this.empty) {
      const { pieces } = this;
      this.lines.push({
        text: pieces.map((p) => p.text).join(''),
        pieces,
        x0: this.x0,
        x1: this.x1,
        y: this.y,
        size: this.size,
      });
    }
    this.pieces = [];
    this.pendingSpace = false;
    this.x0 = Infinity;
    this.x1 = -Infinity;
    this.size = 0;
  }
}

/** The font size of an item: the length of its vertical axis (rotation and skew included). */
export function itemSize(item: PdfTextItemLike): number {
  const [, , c = 0, d = 0] = item.transform;
  return Math.hypot(c, d) || item.height;
}

/** Lines of a page in content order: a line ends at an end-of-line mark or where the baseline moves. */
export function buildLines(items: readonly PdfTextItemLike[]): TextLine[] {
  const builder = new LineBuilder();
  items.forEach((item, index) => {
    const size = itemSize(item);
    if (item.str !== '') {
      if (builder.breaksAt(item.transform[4] ?? 0, item.transform[5] ?? 0, size)) builder.end();
      if (item.str.trim() === '') builder.space();
      else builder.add(item, index, size);
    }
    if (item.hasEOL) builder.end();
  });
  builder.end();
  return builder.lines;
}
