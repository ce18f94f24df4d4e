/** Text items → lines → paragraphs → article text, on items built by hand (no PDF needed). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePdfDate } from '@/utils/pdf/info';
import { assembleText } from '@/utils/pdf/assemble';
import { fileNameTitle, usableAuthor, usableTitle } from '@/utils/pdf/article';
import { isPageNumberLine, removeFurniture } from '@/utils/pdf/furniture';
import { buildLines, type PdfTextItemLike } from '@/utils/pdf/lines';
import { itemRanges, pageAt, pagesOfRange, textOffsetOf } from '@/utils/pdf/page-map';

const VIEW = [0, 0, 595, 842];

/** An item at (x, y), `size` points, as wide as its characters (CJK full width, others half). */
function item(str: string, x: number, y: number, size = 12, hasEOL = true): PdfTextItemLike {
  const width = [...str].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? size : size / 2), 0);
  return { str, transform: [size, 0, 0, size, x, y], width, height: size, hasEOL };
}

const textOf = (...pages: PdfTextItemLike[][]): string =>
  assembleText(removeFurniture(pages.map((items) => ({ lines: buildLines(items), view: VIEW })))).text;

describe('lines and paragraphs', () => {
  it('joins wrapped CJK lines without a space and English lines with one', () => {
    expect(
      textOf([item('全年技术合同成交额达到1256.8亿', 72, 700, 12), item('元，同比增长23.5%。', 72, 682, 12)]),
    ).toBe('全年技术合同成交额达到1256.8亿元，同比增长23.5%。');
    const en = 'Investment reached a record high in the year under review'; // a full line
    expect(textOf([item(en, 72, 700), item('despite higher rates.', 72, 686)])).toBe(
      `${en} despite higher rates.`,
    );
  });

  it('starts a paragraph at a first-line indent, a wider gap, a list marker and a change of size', () => {
    const full = '推动创新链产业链资金链人才链深度融合完善科技成果评价机制健全技术转移服务'; // 36 chars
    const text = textOf([
      item('标题', 200, 760, 22),
      item(`\u3000\u3000${full}`, 72, 700),
      item(`${full}。`, 72, 682),
      item('　　第二段。', 72, 664),
      item('一、总体要求', 72, 646),
      item(full, 72, 600),
    ]);
    expect(text.split('\n\n')).toEqual(['标题', full + full + '。', '第二段。', '一、总体要求', full]);
  });

  it('collapses whitespace, drops invisible characters and leading ideographic spaces', () => {
    expect(textOf([item('　　增长\u200b 13.48%  以上', 72, 700)])).toBe('增长 13.48% 以上');
  });

  it('reads Kangxi radicals, compatibility ideographs and ligatures as the characters they stand for', () => {
    const assembled = assembleText([
      buildLines([item('2021年5⽉10⽇印发', 72, 700), item('ﬁnancial', 72, 680)]),
    ]);
    expect(assembled.text).toBe('2021年5月10日印发financial');
    // Each normalised character still maps to its own character of the item (the text layer's span).
    expect(itemRanges(assembled.pages, 6, 7)).toEqual([{ page: 1, item: 0, from: 6, to: 7 }]);
    expect(itemRanges(assembled.pages, 12, 16)).toEqual([
      { page: 1, item: 1, from: 0, to: 1 },
      { page: 1, item: 1, from: 1, to: 3 },
    ]);
    expect(textOffsetOf(assembled.pages, 1, 1, 0)).toBe(12);
    expect(textOffsetOf(assembled.pages, 1, 1, 1)).toBe(14);
  });

  it('breaks lines where the baseline moves even without an end-of-line mark', () => {
    const lines = buildLines([item('第一行。', 72, 700, 12, false), item('第二行', 72, 680, 12, false)]);
    expect(lines.map((l) => l.text)).toEqual(['第一行。', '第二行']);
  });
});

describe('page furniture', () => {
  it.each(['3', '— 3 —', '- 12 -', 'Page 3', 'page 3 of 12', '3 / 12', '第3页', '第3页，共12页', 'iv'])(
    '%s is a page number',
    (line) => expect(isPageNumberLine(line)).toBe(true),
  );
  it.each(['2024年', '一、总体要求', '$1.2 billion', '13.48%'])('%s is not', (line) =>
    expect(isPageNumberLine(line)).toBe(false),
  );

  it('drops a header repeated on most pages, keeps a line that appears once', () => {
    const page = (n: number): PdfTextItemLike[] => [
      item(n === 1 ? '研究院年度报告（封面）' : '研究院年度报告', 250, 810, 10),
      item(`第${n}页的正文内容。`, 72, 700),
      item(`- ${n} -`, 280, 40, 10),
    ];
    const text = textOf(page(1), page(2), page(3), page(4));
    expect(text).toContain('研究院年度报告（封面）');
    expect(text.match(/研究院年度报告/g)).toHaveLength(1);
    expect(text).not.toMatch(/- \d -/);
  });
  it('keeps the cover title even when the running header repeats it in small type', () => {
    const page = (n: number): PdfTextItemLike[] =>
      n === 1
        ? [
            item('Shared MIME-info Database', 160, 770, 24),
            item('The specification of the database.', 72, 700, 10),
          ]
        : [item('Shared MIME-info Database', 240, 800, 10), item(`Section ${n} of the text.`, 72, 700, 10)];
    const text = textOf(page(1), page(2), page(3), page(4));
    expect(text.match(/Shared MIME-info Database/g)).toHaveLength(1);
    expect(text.startsWith('Shared MIME-info Database\n\n')).toBe(true);
  });
});

describe('page map', () => {
  const assembled = assembleText([
    buildLines([item('第一页。', 72, 700)]),
    [],
    buildLines([item('第三', 72, 700, 12, false), item('页。', 96, 700)]),
  ]);

  it('gives each offset its page; an empty page has no offsets', () => {
    expect(assembled.text).toBe('第一页。\n\n第三页。');
    expect(assembled.pages.map((p) => [p.page, p.start, p.end])).toEqual([
      [1, 0, 4],
      [2, 4, 4],
      [3, 6, 10],
    ]);
    expect(pageAt(assembled.pages, 0)).toBe(1);
    expect(pageAt(assembled.pages, 3)).toBe(1);
    expect(pageAt(assembled.pages, 4)).toBe(3); // the separator goes with the page after it
    expect(pageAt(assembled.pages, 9)).toBe(3);
    expect(pageAt(assembled.pages, 10)).toBeNull();
    expect(pagesOfRange(assembled.pages, 2, 8)).toEqual([1, 3]);
  });

  it('maps a range to the items of the text layer and back', () => {
    expect(itemRanges(assembled.pages, 7, 9)).toEqual([
      { page: 3, item: 0, from: 1, to: 2 },
      { page: 3, item: 1, from: 0, to: 1 },
    ]);
    expect(textOffsetOf(assembled.pages, 3, 1, 1)).toBe(9);
    expect(textOffsetOf(assembled.pages, 3, 5, 0)).toBeNull();
  });

  it('copies item text verbatim: every run is a slice of its item (property)', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '增长',
        '亿元',
        ' ',
        '\u3000',
        'GDP',
        '\u200b',
        '13.48%',
        '  ',
        '《方案》',
        'and',
        '5⽉10⽇',
        'ﬁnance',
      ),
      fc.string({ maxLength: 6 }),
    );
    const itemText = fc.array(piece, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));
    const layout = fc.array(
      fc.record({ text: itemText, newLine: fc.boolean(), size: fc.constantFrom(10, 12, 16) }),
      { minLength: 1, maxLength: 25 },
    );
    fc.assert(
      fc.property(layout, (specs) => {
        let y = 780;
        let x = 72;
        const items = specs.map((s) => {
          if (s.newLine) [y, x] = [y - s.size * 1.5, 72];
          const it = item(s.text, x, y, s.size, false);
          x += it.width;
          return it;
        });
        const { text, pages } = assembleText([buildLines(items)]);
        const runs = pages[0]?.runs ?? [];
        for (let i = 0; i < runs.length; i += 5) {
          const [start = 0, length = 0, index = 0, offset = 0, source = 0] = runs.slice(i, i + 5);
          const raw = items[index]?.str.slice(offset, offset + source) ?? '';
          const usual = raw.replace(/[\u2e80-\u2fdf\uf900-\ufaff\ufb00-\ufb06]/g, (c) => c.normalize('NFKC'));
          expect(text.slice(start, start + length)).toBe(usual);
        }
        expect(text).toBe(text.trim());
      }),
      { numRuns: 200 },
    );
  });
});

describe('document info', () => {
  it('reads PDF dates as the day written', () => {
    expect(parsePdfDate("D:20170926103000+08'00'")).toBe('2017-09-26');
    expect(parsePdfDate('D:2017')).toBe('2017-01-01');
    expect(parsePdfDate('D:20170231')).toBeNull();
    expect(parsePdfDate('yesterday')).toBeNull();
  });

  it('keeps real titles and authors, not file names and machine accounts', () => {
    expect(usableTitle('Microsoft Word - 附件1.doc')).toBeNull();
    expect(usableTitle('2021-18.docx')).toBeNull();
    expect(usableTitle('无标题')).toBeNull();
    expect(usableTitle('Untitled')).toBeNull();
    expect(usableTitle('关于印发科技成果转化行动方案的通知')).toBe('关于印发科技成果转化行动方案的通知');
    expect(usableAuthor('Administrator')).toBeNull();
    expect(usableAuthor('微软用户')).toBeNull();
    expect(usableAuthor('Energy Policy Institute')).toBe('Energy Policy Institute');
  });

  it('names a PDF by its file when nothing else names it, whatever its escapes', () => {
    expect(fileNameTitle('https://www.gov.cn/files/%E9%99%84%E4%BB%B61.pdf?id=3')).toBe('附件1');
    expect(fileNameTitle('https://example.cn/files/100%-report.pdf')).toBe('100%-report');
    expect(fileNameTitle('https://example.cn/')).toBe('example.cn');
  });
});
