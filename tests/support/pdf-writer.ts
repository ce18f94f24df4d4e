/**
 * A small typesetter over pdf-lib for test PDFs: paragraphs wrapped to the page, page breaks, running
 * headers and page numbers, document info and a file ID. Three kinds of font, as real documents use
 * them: a CJK font embedded as a subset (Noto Sans CJK from Debian's fonts-noto-cjk), a CJK font NOT
 * embedded (`STSong-Light` through the predefined `UniGB-UCS2-H` CMap: its text is only readable with
 * pdf.js's CMaps), and Helvetica (a standard font).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import {
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames as Ops,
  PDFString,
  StandardFonts,
  rgb,
  type PDFFont,
  type PDFPage,
} from 'pdf-lib';

export const NOTO_CJK = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

export type FontKind = 'cjk-embedded' | 'cjk-cid' | 'helvetica' | 'helvetica-bold';

export interface Block {
  text: string;
  font: FontKind;
  size: number;
  align?: 'left' | 'center' | 'right';
  /** First-line indent in ems (Chinese paragraphs indent two characters). */
  indent?: number;
  /** Extra space above the block, in points. */
  gapBefore?: number;
  /** Line height as a multiple of the size (default 1.6). */
  leading?: number;
  red?: boolean;
  pageBreakBefore?: boolean;
}

export interface PdfSpec {
  blocks: Block[];
  info?: { title?: string; author?: string; created?: string; lang?: string };
  /** Printed at the top of every page (a running header). */
  header?: { text: string; font: FontKind };
  /** The page number line at the bottom of every page (`— 3 —`). */
  pageNumber?: { font: FontKind; format: (page: number) => string };
}

const PAGE = { width: 595, height: 842, margin: 79, top: 770, bottom: 80 };

interface Fonts {
  embedded?: PDFFont;
  helvetica: PDFFont;
  helveticaBold: PDFFont;
  /** The resource name of the CID font on each page (pdf-lib names it anew per page). */
  cidNames: Map<PDFPage, PDFName>;
}

let notoBytes: Uint8Array | null = null;
let notoFont: ReturnType<typeof fontkit.create> | null = null;

/** The Noto CJK collection from Debian (`fonts-noto-cjk`), read once per process. */
export function notoCjk(): Uint8Array {
  if (!existsSync(NOTO_CJK))
    throw new Error(`Test PDFs need ${NOTO_CJK}: apt-get install fonts-noto-cjk (.ci/run does).`);
  notoBytes ??= new Uint8Array(readFileSync(NOTO_CJK));
  return notoBytes;
}

/** A Type0 font over `STSong-Light`, not embedded: viewers must supply it, extractors need the CMap. */
function cidFont(doc: PDFDocument) {
  const ctx = doc.context;
  const descriptor = ctx.obj({
    Type: 'FontDescriptor',
    FontName: 'STSong-Light',
    Flags: 6,
    FontBBox: [-25, -254, 1000, 880],
    ItalicAngle: 0,
    Ascent: 880,
    Descent: -120,
    CapHeight: 880,
    StemV: 93,
  });
  const descendant = ctx.obj({
    Type: 'Font',
    Subtype: 'CIDFontType0',
    BaseFont: 'STSong-Light',
    CIDSystemInfo: ctx.obj({ Registry: PDFString.of('Adobe'), Ordering: PDFString.of('GB1'), Supplement: 4 }),
    FontDescriptor: ctx.register(descriptor),
    DW: 1000,
    W: [1, 95, 500, 814, 939, 500, 7712, 7810, 500],
  });
  return ctx.register(
    ctx.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: 'STSong-Light-UniGB-UCS2-H',
      Encoding: 'UniGB-UCS2-H',
      DescendantFonts: [ctx.register(descendant)],
    }),
  );
}

function width(fonts: Fonts, kind: FontKind, text: string, size: number): number {
  switch (kind) {
    case 'cjk-cid':
      return [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0xff ? size : size / 2), 0);
    case 'cjk-embedded':
      return (fonts.embedded as PDFFont).widthOfTextAtSize(text, size);
    case 'helvetica':
      return fonts.helvetica.widthOfTextAtSize(text, size);
    case 'helvetica-bold':
      return fonts.helveticaBold.widthOfTextAtSize(text, size);
  }
}

/** Breaks `text` into lines no wider than `max` (first line `firstMax`): at spaces for Latin, anywhere for CJK. */
function wrap(measure: (s: string) => number, text: string, firstMax: number, max: number): string[] {
  const tokens = text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const limit = lines.length === 0 ? firstMax : max;
    if (line !== '' && measure(line + token) > limit && token.trim() !== '') {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line += line === '' ? token.trimStart() : token;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

function drawLine(
  page: PDFPage,
  fonts: Fonts,
  kind: FontKind,
  text: string,
  x: number,
  y: number,
  size: number,
  red = false,
): void {
  const color = red ? rgb(0.8, 0, 0) : rgb(0, 0, 0);
  if (kind !== 'cjk-cid') {
    const font =
      kind === 'cjk-embedded' ? fonts.embedded : kind === 'helvetica' ? fonts.helvetica : fonts.helveticaBold;
    page.drawText(text, { x, y, size, font: font as PDFFont, color });
    return;
  }
  const hex = [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  page.pushOperators(
    PDFOperator.of(Ops.BeginText),
    PDFOperator.of(Ops.NonStrokingColorRgb, [PDFNumber.of(red ? 0.8 : 0), PDFNumber.of(0), PDFNumber.of(0)]),
    PDFOperator.of(Ops.SetFontAndSize, [fonts.cidNames.get(page) as PDFName, PDFNumber.of(size)]),
    PDFOperator.of(Ops.MoveText, [PDFNumber.of(x), PDFNumber.of(y)]),
    PDFOperator.of(Ops.ShowText, [PDFHexString.of(hex)]),
    PDFOperator.of(Ops.EndText),
  );
}

export async function writePdf(spec: PdfSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const kinds = new Set([...spec.blocks.map((b) => b.font), spec.header?.font, spec.pageNumber?.font]);
  const fonts: Fonts = {
    helvetica: await doc.embedFont(StandardFonts.Helvetica),
    helveticaBold: await doc.embedFont(StandardFonts.HelveticaBold),
    cidNames: new Map(),
  };
  if (kinds.has('cjk-embedded')) {
    // The collection holds several fonts: fontkit picks the Simplified Chinese one by its PostScript name.
    // Parsed once per process (seconds for the 19 MB collection); each document subsets it anew.
    const pickSc = (data: Uint8Array) => (notoFont ??= fontkit.create(data, 'NotoSansCJKsc-Regular'));
    doc.registerFontkit({ create: pickSc });
    fonts.embedded = await doc.embedFont(notoCjk(), { subset: true });
  }
  const cidRef = kinds.has('cjk-cid') ? cidFont(doc) : null;
  const pages: PDFPage[] = [];
  let page: PDFPage;
  let y = PAGE.top;
  const newPage = (): void => {
    page = doc.addPage([PAGE.width, PAGE.height]);
    if (cidRef) fonts.cidNames.set(page, page.node.newFontDictionary('STSong', cidRef));
    pages.push(page);
    y = PAGE.top;
  };
  newPage();
  const textWidth = PAGE.width - 2 * PAGE.margin;
  for (const block of spec.blocks) {
    if (block.pageBreakBefore && y < PAGE.top) newPage();
    const measure = (s: string): number => width(fonts, block.font, s, block.size);
    const indent = (block.indent ?? 0) * block.size;
    const leading = block.size * (block.leading ?? 1.6);
    y -= block.gapBefore ?? 0;
    wrap(measure, block.text, textWidth - indent, textWidth).forEach((line, i) => {
      if (y - leading < PAGE.bottom) newPage();
      y -= leading;
      const w = measure(line);
      const x =
        block.align === 'center'
          ? (PAGE.width - w) / 2
          : block.align === 'right'
            ? PAGE.width - PAGE.margin - w
            : PAGE.margin + (i === 0 ? indent : 0);
      drawLine(page, fonts, block.font, line, x, y, block.size, block.red);
    });
  }
  pages.forEach((p, i) => {
    if (spec.header) {
      const w = width(fonts, spec.header.font, spec.header.text, 10);
      drawLine(p, fonts, spec.header.font, spec.header.text, (PAGE.width - w) / 2, 805, 10);
    }
    if (spec.pageNumber) {
      const text = spec.pageNumber.format(i + 1);
      const w = width(fonts, spec.pageNumber.font, text, 12);
      drawLine(p, fonts, spec.pageNumber.font, text, (PAGE.width - w) / 2, 40, 12);
    }
  });
  const created = new Date(spec.info?.created ?? '2024-01-01T00:00:00Z');
  doc.setCreationDate(created);
  doc.setModificationDate(created);
  doc.setProducer('policy-clipper tests (pdf-lib)');
  doc.setCreator('policy-clipper tests');
  if (spec.info?.title) doc.setTitle(spec.info.title);
  if (spec.info?.author) doc.setAuthor(spec.info.author);
  if (spec.info?.lang) doc.setLanguage(spec.info.lang);
  // A file identifier from the content, as real producers write one: pdf.js's fingerprint reads it.
  const id = createHash('md5').update(JSON.stringify(spec)).digest('hex');
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  return doc.save({ useObjectStreams: false });
}
