/**
 * Lines of every page → the article text, with each page's span of it and the runs that tie its
 * characters to pdf.js text items. Paragraphs are separated by "\n\n" (as in a web article's text);
 * a paragraph that runs on over a page break stays one paragraph.
 */
import type { TextLine } from './lines';
import { continuesAcrossPages, lineJoiner, pageStats, startsParagraph, type PageStats } from './paragraphs';
import type { PdfPageText } from './types';

const PARAGRAPH = '\n\n';

export interface AssembledText {
  text: string;
  pages: PdfPageText[];
}

class TextWriter {
  private readonly parts: string[] = [];
  length = 0;

  write(text: string): void {
    if (text === '') return;
    this.parts.push(text);
    this.length += text.length;
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** Appends a line's pieces, recording a run for each piece that came from a text item. */
function writeLine(out: TextWriter, line: TextLine, runs: number[]): void {
  for (const piece of line.pieces) {
    if (piece.item >= 0) runs.push(out.length, piece.text.length, piece.item, piece.offset, piece.source);
    out.write(piece.text);
  }
}

export function assembleText(pages: readonly (readonly TextLine[])[]): AssembledText {
  const out = new TextWriter();
  const spans: PdfPageText[] = [];
  let last: { line: TextLine; stats: PageStats } | null = null;
  pages.forEach((lines, index) => {
    const stats = pageStats(lines);
    const runs: number[] = [];
    let start = out.length;
    lines.forEach((line, i) => {
      const prev = i > 0 ? (lines[i - 1] as TextLine) : null;
      if (prev) {
        out.write(startsParagraph(prev, line, stats) ? PARAGRAPH : lineJoiner(prev.text, line.text));
      } else if (last) {
        const joined = continuesAcrossPages(last.line, last.stats, line, stats);
        out.write(joined ? lineJoiner(last.line.text, line.text) : PARAGRAPH);
      }
      if (i === 0) start = out.length;
      writeLine(out, line, runs);
    });
    spans.push({ page: index + 1, start, end: lines.length ? out.length : start, runs });
    const final = lines.at(-1);
    if (final) last = { line: final, stats };
  });
  return { text: out.toString(), pages: spans };
}
