/** The figures CSV: RFC 4180 via Papa.unparse, BOM, CRLF; parsed back it gives the same rows. */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FIGURES_CSV_COLUMNS, renderFiguresCsv } from '@/utils/brief';
import type { ClipRecord } from '@/utils/store/types';
import { readFixture, type MultiFixture, type SingleFixture } from './helpers';

const seed = readFixture<SingleFixture>('seed-clips.json');
const multi = readFixture<MultiFixture>('multi-clips.json');

function parseCsv(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  const rows = parsed.data;
  // The file ends with a line break: Papa reads an empty last record after it.
  expect(rows.pop()).toEqual(['']);
  return rows;
}

describe('renderFiguresCsv', () => {
  it('starts with a UTF-8 BOM, ends lines with CRLF, and has a header then one row per figure clip', () => {
    const csv = renderFiguresCsv({ articles: [seed.article], clips: seed.clips });
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([...FIGURES_CSV_COLUMNS]);
    const figures = seed.clips.filter((c) => c.kind === 'figure');
    expect(rows).toHaveLength(figures.length);
    const big = rows.find((r) => r[3] === '28251.51亿元');
    expect(big).toEqual([
      seed.article.title,
      '思瀚产业研究院',
      '2021-05-10',
      '28251.51亿元',
      'money',
      '2825151000000',
      'CNY',
      // The statement the figure was saved with, and the link to it.
      '成交金额28251.51亿元',
      `${seed.article.originalUrl}#:~:text=${encodeURIComponent('成交金额28251.51亿元')}`,
    ]);
  });

  it('lists figures of every article, oldest source first, and leaves non-figures out', () => {
    const rows = parseCsv(renderFiguresCsv(multi)).slice(1);
    expect(rows.map((r) => r[3])).toEqual(['28251.51亿元', '61475.7亿元', '€3.3 billion']);
    expect(rows.map((r) => r[6])).toEqual(['CNY', 'CNY', 'EUR']);
  });

  it('round-trips any text (commas, quotes, line breaks, CJK); formula-like cells get a leading quote', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', '中', ',', '"', '\n', '\r\n', ' ', '=', '+', '-', '@', '1', '.', '%', '\t'),
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        text,
        text,
        text,
        fc.option(fc.double({ noNaN: true, noDefaultInfinity: true })),
        (quote, context, title, value) => {
          const article = { ...seed.article, title };
          const clip: ClipRecord = {
            ...(seed.clips[0] as ClipRecord),
            quote,
            context,
            value,
            // A figure saved before statements: its quote is the figure, its context the clause.
            figure: null,
            fragment: ':~:text=x',
          };
          const [header, row, ...rest] = parseCsv(renderFiguresCsv({ articles: [article], clips: [clip] }));
          expect(header).toEqual([...FIGURES_CSV_COLUMNS]);
          expect(rest).toEqual([]);
          const formula = /^[=@\t\r]|^[+-](?![\d.,]+%?$)/;
          const unformula = (s: string): string => (formula.test(s) ? `'${s}` : s);
          expect(row?.[0]).toBe(unformula(title));
          expect(row?.[3]).toBe(unformula(quote));
          expect(row?.[7]).toBe(unformula(context));
          expect(row?.[5]).toBe(value === null ? '' : String(value));
        },
      ),
      { numRuns: 300 },
    );
  });
});
