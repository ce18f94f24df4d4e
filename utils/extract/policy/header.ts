/**
 * The header an official document's page puts above it: the gov.cn policy library's table
 * (标题/发文机关, 发文字号/来源, 主题分类/公文种类, 成文日期/发布日期), the older `table.bd1`
 * (索引号/主题分类, 发文机关/成文日期, 标题, 发文字号/发布日期), and the 政府信息公开 tables and lists
 * of ministries and provinces. Read from the page (wherever it sits) and removed from the article
 * element: it is boilerplate, never article text.
 */
import { cleanInline } from '../text-normalise';
import {
  isLabel,
  countLabels,
  labelCellField,
  readLabelledValues,
  startsWithLabel,
  type HeaderValues,
} from './labels';

/** A header names at least this many of its fields. */
const MIN_HEADER_LABELS = 3;
/** Headers are small: a table with more text than this is a layout or data table. */
const MAX_HEADER_CHARS = 2000;
const MAX_TABLES = 300;
const MAX_HEADER_ROWS = 12;
/** Any header label has one of these characters: tables without them are not read cell by cell. */
const LABEL_HINT = /索\s*引|发\s*文|成\s*文|文\s*号|公文|分类|发布机|生成日期/;
/** How far into the article element a header list may sit (leaf blocks). */
const MAX_LEADING_BLOCKS = 40;
const MAX_HEADER_BLOCK_CHARS = 400;
const LEADING_LABEL = /^[\s\u00a0\u3000]*([^:：]{1,16})[:：]/;

function startsWithKnownLabel(raw: string): boolean {
  const label = LEADING_LABEL.exec(raw)?.[1];
  return label !== undefined && isLabel(label.replace(/[\s\u00a0\u3000]+/g, ''));
}

/** Tables that hold no other table, from a document-order list (a table contains the next one listed). */
export function innermostTables(tables: readonly Element[]): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < tables.length && i < MAX_TABLES; i++) {
    const table = tables[i] as Element;
    const next = tables[i + 1];
    if (!next || !table.contains(next)) out.push(table);
  }
  return out;
}

function cellText(cell: Element): string {
  return cleanInline(cell.textContent ?? '');
}

/** `label | value` pairs of a header table, and `label：value` cells; null when the table is not a header. */
export function readHeaderTable(table: Element): HeaderValues | null {
  // Headers have a few rows; a layout or data table has more.
  if ((table as HTMLTableElement).rows?.length > MAX_HEADER_ROWS) return null;
  const raw = table.textContent ?? '';
  if (raw.length > MAX_HEADER_CHARS || !LABEL_HINT.test(raw)) return null;
  const values: HeaderValues = {};
  let labels = 0;
  const cells = Array.from(table.querySelectorAll('td, th'));
  for (let i = 0; i < cells.length; i++) {
    const text = cellText(cells[i] as Element);
    const field = labelCellField(text);
    if (field) {
      labels++;
      const next = cells[i + 1];
      const value = next ? cellText(next) : '';
      if (next && !labelCellField(value)) {
        i++;
        if (field !== 'other' && value && values[field] === undefined) values[field] = value;
      }
      continue;
    }
    const inline = readLabelledValues(text);
    const found = countLabels(text);
    if (found === 0) continue;
    labels += found;
    for (const [key, value] of Object.entries(inline) as [keyof HeaderValues, string][])
      if (values[key] === undefined) values[key] = value;
  }
  return labels >= MIN_HEADER_LABELS ? values : null;
}

/** The first header table among `tables` (document order), with its values. */
export function findHeaderTable(tables: readonly Element[]): { table: Element; values: HeaderValues } | null {
  for (const table of innermostTables(tables)) {
    const values = readHeaderTable(table);
    if (values) return { table, values };
  }
  return null;
}

function merge(into: HeaderValues, from: HeaderValues): void {
  for (const [key, value] of Object.entries(from) as [keyof HeaderValues, string][])
    if (into[key] === undefined) into[key] = value;
}

/**
 * Removes the document header from the article element: header tables, and runs of leading blocks that
 * are `label：value` lines (an `<ul>` of 索引号/发文机关/… items). Returns what the header said.
 */
export function removeHeader(root: Element, blocks: readonly Element[]): HeaderValues | null {
  const values: HeaderValues = {};
  let found = false;
  for (const table of innermostTables(Array.from(root.getElementsByTagName('table')))) {
    const header = readHeaderTable(table);
    if (!header) continue;
    merge(values, header);
    table.remove();
    found = true;
  }
  let run: Element[] = [];
  let runLabels = 0;
  const flush = (): void => {
    if (runLabels >= MIN_HEADER_LABELS) {
      for (const block of run) {
        merge(values, readLabelledValues(cleanInline(block.textContent ?? '')));
        block.remove();
      }
      found = true;
    }
    run = [];
    runLabels = 0;
  };
  for (const block of blocks.slice(0, MAX_LEADING_BLOCKS)) {
    if (!root.contains(block)) continue;
    const raw = block.textContent ?? '';
    if (raw.trim() === '') continue;
    // A header line starts with a label and its colon: a set lookup before any pattern is run.
    if (raw.length > 2 * MAX_HEADER_BLOCK_CHARS || !startsWithKnownLabel(raw)) {
      flush();
      continue;
    }
    const text = cleanInline(raw);
    const labels = text.length <= MAX_HEADER_BLOCK_CHARS ? countLabels(text) : 0;
    if (labels > 0 && startsWithLabel(text)) {
      run.push(block);
      runLabels += labels;
    } else {
      flush();
    }
  }
  flush();
  return found ? values : null;
}
