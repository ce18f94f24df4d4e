/**
 * Every figure clip as a CSV row, for spreadsheets: RFC 4180 quoting (Papa.unparse), CRLF line ends,
 * and a UTF-8 byte-order mark so that Excel reads Chinese text as UTF-8. Cells a spreadsheet would run
 * as a formula (`=…`, `@…`, `+`/`-` not followed by a plain number) get a leading `'`.
 */
import { figureText } from '../clip-figure';
import Papa from 'papaparse';
import { clipLink } from './link';
import { orderBrief } from './order';
import type { FiguresCsvInput } from './types';

export const FIGURES_CSV_COLUMNS = [
  'article',
  'source',
  'date',
  'figure',
  'type',
  'value',
  'unit',
  'context',
  'url',
] as const;

const FORMULA_START = /^[=@\t\r]|^[+-](?![\d.,]+%?$)/;

export function renderFiguresCsv(input: FiguresCsvInput): string {
  const ordered = orderBrief(input.articles, input.clips);
  const rows: Array<Array<string | number>> = [];
  for (const article of ordered.articles) {
    for (const clip of ordered.clipsByArticle.get(article.id) ?? []) {
      if (clip.kind !== 'figure') continue;
      rows.push([
        article.title,
        article.source,
        article.published ?? '',
        figureText(clip),
        clip.type ?? '',
        clip.value !== null && Number.isFinite(clip.value) ? clip.value : '',
        clip.unit ?? '',
        // The statement the figure was saved with (older figures: the clause around it).
        clip.figure ? clip.quote : clip.context,
        clipLink(article, clip),
      ]);
    }
  }
  const csv = Papa.unparse(
    { fields: [...FIGURES_CSV_COLUMNS], data: rows },
    { newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START },
  );
  return `\uFEFF${csv}\r\n`;
}
