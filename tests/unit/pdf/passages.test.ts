/**
 * Highlights in a PDF without a DOM: passages of the extracted text ⇄ selectors (quote, position,
 * page) ⇄ the text items the viewer's text layer draws them in.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzePdfBytes } from '@/cli/pdf-node';
import { collapseSpaces } from '@/utils/anchor/normalize';
import {
  describePdfPassage,
  itemRanges,
  pageOfSelectors,
  pdfTextModel,
  placePdfClips,
  textSpanOfItem,
  type PdfAnalysis,
} from '@/utils/pdf';
import { trimSpan } from '@/utils/pdf/passages';
import { multiPagePdf, pageMarker, RUN_ON, reportEnPdf } from '@/tests/support/pdf-fixtures';

type Analysed = Extract<PdfAnalysis, { ok: true }>;

async function analysed(bytes: Uint8Array): Promise<Analysed> {
  const result = await analyzePdfBytes(bytes, 'https://example.org/report.pdf');
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('the normalised text model', () => {
  it('is the anchoring text rules applied, each character mapped back to its source', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '中', ' ', '\n', '\t', '\u00a0', '\u200b', 'b') }),
        (s) => {
          const model = pdfTextModel(s);
          expect(model.text).toBe(collapseSpaces(s));
          model.toSource.forEach((at, i) => {
            const c = model.text[i] as string;
            if (c === ' ' || c === '\n') expect(/[\s\u00a0]/u.test(s[at] as string)).toBe(true);
            else expect(s[at]).toBe(c);
          });
        },
      ),
    );
  });
});

describe('passages of a multi-page PDF', () => {
  let pdf: Analysed;
  beforeAll(async () => {
    pdf = await analysed(await multiPagePdf(6));
  });

  it('names the page a passage starts on', () => {
    const { text } = pdf.article;
    for (let n = 1; n <= 6; n++) {
      const start = text.indexOf(pageMarker(n));
      const selectors = describePdfPassage(pdfTextModel(text), pdf.pdf.pages, start, start + 10);
      expect(pageOfSelectors(selectors)).toBe(n);
      expect(selectors.find((s) => s.type === 'PageSelector')).toEqual({
        type: 'PageSelector',
        index: n - 1,
        label: String(n),
      });
    }
  });

  it('finds every described passage again where it was (property)', async () => {
    const { text } = pdf.article;
    const model = pdfTextModel(text);
    const spans = fc.sample(
      fc
        .tuple(fc.nat(text.length - 2), fc.integer({ min: 1, max: 80 }))
        .map(([start, length]) => trimSpan(text, start, Math.min(text.length, start + length)))
        .filter((s) => s.end > s.start),
      60,
    );
    const placed = await placePdfClips(
      model,
      spans.map((s) => describePdfPassage(model, pdf.pdf.pages, s.start, s.end)),
    );
    placed.forEach((p, i) => expect(p).toEqual({ ok: true, ...spans[i] }));
  });

  it('maps a passage to text-layer pieces and those pieces back to the passage, across a page break', () => {
    const { text } = pdf.article;
    const start = text.indexOf(RUN_ON.start);
    const end = text.indexOf(RUN_ON.end) + RUN_ON.end.length;
    const pieces = itemRanges(pdf.pdf.pages, start, end);
    expect(new Set(pieces.map((p) => p.page))).toEqual(new Set([2, 3]));
    const back = pieces.map((p) => textSpanOfItem(pdf.pdf.pages, p.page, p.item, p.from, p.to));
    expect(Math.min(...back.map((b) => b!.start))).toBe(start);
    expect(Math.max(...back.map((b) => b!.end))).toBe(end);
  });

  it('re-anchors in an edited copy of the text and orphans what is gone', async () => {
    const { text } = pdf.article;
    const model = pdfTextModel(text);
    const at = text.indexOf(RUN_ON.figure);
    const figure = describePdfPassage(model, pdf.pdf.pages, at, at + RUN_ON.figure.length);
    const marker = text.indexOf(pageMarker(5));
    const gone = describePdfPassage(model, pdf.pdf.pages, marker, marker + pageMarker(5).length);
    // Every chapter's marker removed (one would otherwise pass for another: they differ by a digit).
    const edited = pdfTextModel(`新增的前言段落。\n\n${text.replace(/第\d章标记：[^。]+。/gu, '')}`);
    const [moved, orphan] = await placePdfClips(edited, [figure, gone]);
    expect(moved).toMatchObject({ ok: true });
    if (moved?.ok) expect(edited.source.slice(moved.start, moved.end)).toBe(RUN_ON.figure);
    expect(orphan).toEqual({ ok: false });
  });
});

describe('an English report', () => {
  it('describes a passage with the words as extracted and finds it again', async () => {
    const pdf = await analysed(await reportEnPdf());
    const { text } = pdf.article;
    const model = pdfTextModel(text);
    const start = text.indexOf(' ') + 1;
    const end = text.indexOf(' ', start + 20);
    const selectors = describePdfPassage(model, pdf.pdf.pages, start, end);
    expect(selectors[0]).toMatchObject({ type: 'TextQuoteSelector', exact: text.slice(start, end) });
    expect(await placePdfClips(model, [selectors])).toEqual([{ ok: true, start, end }]);
  });
});
