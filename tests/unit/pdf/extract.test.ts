/** The PDF pipeline on generated PDFs, in Node with pdf.js's legacy build (as the CLI and bench run it). */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzePdfBytes, NODE_PDF_RESOURCES } from '@/cli/pdf-node';
import { itemRanges, pageAt, type PdfAnalysis } from '@/utils/pdf';
import {
  multiPagePdf,
  pageMarker,
  POLICY_ZH,
  policyZhPdf,
  REPORT_EN,
  reportEnPdf,
  RUN_ON,
} from '@/tests/support/pdf-fixtures';

type Analysed = Extract<PdfAnalysis, { ok: true }>;

async function analysed(bytes: Uint8Array, url: string): Promise<Analysed> {
  const result = await analyzePdfBytes(bytes, url);
  if (!result.ok) throw new Error(`expected an article, got ${result.code}: ${result.message}`);
  return result;
}

describe('a Chinese official document', () => {
  let bytes: Uint8Array;
  let result: Analysed;
  beforeAll(async () => {
    bytes = await policyZhPdf();
    result = await analysed(bytes.slice(), 'https://www.jiangnan.gov.cn/files/2021-18.pdf');
  });

  it('keeps the text set in a non-embedded CJK font (read through the bundled CMaps)', () => {
    expect(result.article.text).toContain(POLICY_ZH.cidSentence);
    expect(result.article.text).toContain(POLICY_ZH.docNumber);
  });

  it('would lose that text without CMaps: the trap the resources exist for', async () => {
    const { cMapUrl: _dropped, ...withoutCMaps } = NODE_PDF_RESOURCES;
    const task = getDocument({ data: bytes.slice(), ...withoutCMaps, isEvalSupported: false, verbosity: 0 });
    const doc = await task.promise;
    const content = await (await doc.getPage(1)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
    await task.destroy();
    expect(text).toContain(POLICY_ZH.masthead); // the embedded font still reads
    expect(text).not.toContain(POLICY_ZH.cidSentence);
  });

  it('reads the title from the first page, not the file name in the metadata', () => {
    expect(result.pdf.info.title).toBe('Microsoft Word - 附件1.doc');
    expect(result.article.title).toBe(POLICY_ZH.title);
  });

  it('reads the policy metadata: number line, issuer from the masthead, date under the signature', () => {
    expect(result.pdf.policy).toEqual({
      docNumber: POLICY_ZH.docNumber,
      issuer: POLICY_ZH.issuer,
      signedOn: POLICY_ZH.signedOn,
    });
    expect(result.article).toMatchObject({
      source: POLICY_ZH.issuer,
      byline: null, // "Administrator" names nobody
      published: POLICY_ZH.signedOn,
      lang: 'zh-CN',
    });
    expect(result.pdf.publishedFrom).toBe('signature');
  });

  it('keeps the signature, date and note as their own paragraphs, the page number out', () => {
    expect(result.article.text.endsWith(`${POLICY_ZH.issuer}\n\n2021年5月10日\n\n（此件公开发布）`)).toBe(
      true,
    );
    expect(result.article.text).not.toContain('— 1 —');
  });

  it('finds the 亿元 figure and the 《》 documents with offsets into the text', () => {
    const { text } = result.article;
    const figure = result.findings.find((f) => f.kind === 'figure' && f.text === POLICY_ZH.figure);
    expect(figure).toMatchObject({ value: 125680000000, unit: 'CNY' });
    for (const doc of POLICY_ZH.documents)
      expect(result.findings.some((f) => f.kind === 'document' && f.text === doc)).toBe(true);
    for (const f of result.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('identifies the file by its fingerprint, the same from any URL', async () => {
    expect(result.pdf.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    const elsewhere = await analysed(bytes.slice(), 'file:///home/me/Downloads/2021-18.pdf');
    expect(elsewhere.pdf.fingerprint).toBe(result.pdf.fingerprint);
    expect(elsewhere.article.url).toBe('file:///home/me/Downloads/2021-18.pdf');
  });
});

describe('an English report', () => {
  let result: Analysed;
  beforeAll(async () => {
    result = await analysed(await reportEnPdf(), 'https://epi.example.org/outlook-2024.pdf');
  });

  it('joins a title that wraps, reads the author and the labelled date', () => {
    expect(result.article).toMatchObject({
      title: REPORT_EN.title,
      source: REPORT_EN.author,
      published: REPORT_EN.published,
      lang: 'en-US',
    });
    expect(result.pdf.publishedFrom).toBe('labelled');
  });

  it('joins wrapped lines with spaces into paragraphs', () => {
    const paragraphs = result.article.text.split('\n\n');
    expect(paragraphs).toContain(
      'Under the Inflation Reduction Act, federal tax credits are expected to mobilise $370 billion over ten years. The Department of Energy announced $1.2 billion for two direct air capture hubs in Texas and Louisiana.',
    );
    expect(result.article.text).not.toMatch(/Page 1|(?<!\n)\n(?!\n)/);
  });

  it('finds money figures and the act', () => {
    const texts = result.findings.map((f) => f.text);
    for (const figure of REPORT_EN.figures) expect(texts).toContain(figure);
    expect(texts.some((t) => t.includes('Inflation Reduction Act'))).toBe(true);
  });
});

describe('a multi-page report', () => {
  const PAGES = 5;
  let bytes: Uint8Array;
  let result: Analysed;
  beforeAll(async () => {
    bytes = await multiPagePdf(PAGES);
    result = await analysed(bytes.slice(), 'https://example.cn/report.pdf');
  });

  it('maps every offset to its page', () => {
    const { text } = result.article;
    expect(result.pdf.pageCount).toBe(PAGES);
    for (let n = 1; n <= PAGES; n++) expect(pageAt(result.pdf.pages, text.indexOf(pageMarker(n)))).toBe(n);
    const figure = result.findings.find((f) => f.text === '3.5亿元');
    expect(figure && pageAt(result.pdf.pages, figure.start)).toBe(3);
  });

  it('keeps a paragraph that runs over a page break whole, its halves on their pages', () => {
    const { text } = result.article;
    const start = text.indexOf(RUN_ON.start);
    const end = text.indexOf(RUN_ON.end);
    expect(text.slice(start, end)).not.toContain('\n');
    expect(pageAt(result.pdf.pages, start)).toBe(2);
    expect(pageAt(result.pdf.pages, end)).toBe(3);
    expect(result.pdf.pages[2]?.start).toBe(result.pdf.pages[1]?.end); // no separator written between them
  });

  it('drops the running header and the page numbers', () => {
    expect(result.article.text).not.toContain('年度报告');
    expect(result.article.text).not.toMatch(/- \d -/);
    expect(result.article.title).toBe('江南省发展研究中心年度报告'); // chapter headings are not titles
  });

  it('ties every character of the text it copied to the text item it came from', async () => {
    const task = getDocument({ data: bytes.slice(), ...NODE_PDF_RESOURCES, isEvalSupported: false });
    const doc = await task.promise;
    const { text } = result.article;
    for (const span of result.pdf.pages) {
      // As the viewer's text layer reads the page.
      const content = await (await doc.getPage(span.page)).getTextContent({ disableNormalization: true });
      const items = content.items.map((item) => ('str' in item ? item.str : ''));
      let copied = 0;
      for (const r of itemRanges(result.pdf.pages, span.start, span.end)) {
        expect(r.page).toBe(span.page);
        copied += r.to - r.from;
        const runText = (items[r.item] ?? '').slice(r.from, r.to);
        expect(text.slice(span.start, span.end)).toContain(runText);
      }
      // Everything but the separators the extraction wrote comes from an item.
      const written = text.slice(span.start, span.end).replace(/\s/g, '').length;
      expect(copied).toBeGreaterThanOrEqual(written);
    }
    await task.destroy();
  });
});
