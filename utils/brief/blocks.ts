/**
 * The brief's building blocks, each a Markdown string that is one top-level block (or a run of list
 * items), joined by blank lines: headings, entries (one clip as a list item: its text, a citation link,
 * and its note contained in a nested block quote) and the figures table.
 */
import { containNote, escapeOneLine, escapeParagraphs, markdownLink } from './escape';
import type { BriefLabels } from './labels';

/** An ATX heading of page or label text (one line, every `#` escaped so none can close it). */
export function heading(level: number, text: string): string {
  return `${'#'.repeat(Math.min(6, Math.max(1, level)))} ${escapeOneLine(text)}`;
}

export interface EntryParts {
  /** Page text of the clip (may span lines and paragraphs). */
  text: string;
  /** Link text of the citation (raw text). */
  citation: string;
  url: string;
  /** Already-escaped Markdown after the citation (`· also: …`), or ''. */
  suffix: string;
  /** The user's Markdown note, or ''. */
  note: string;
}

const INDENT = '  ';

// A first note line that is plain prose can follow the label on the same line; anything that could
// start a block (or a link reference definition) gets a paragraph of its own.
const BLOCK_START = /^(?:\s|[>*+\-#`~|<=_[!:\\]|\d{1,9}[.)](?:\s|$))/;

function noteLines(note: string, labels: BriefLabels): string[] {
  const lines = containNote(note);
  if (lines.length === 0) return [];
  const label = `**${labels.note}**${labels.colon}`.trimEnd();
  const first = lines[0] ?? '';
  const body = BLOCK_START.test(first)
    ? [label, '', ...lines]
    : [`**${labels.note}**${labels.colon}${first}`, ...lines.slice(1)];
  return body.map((l) => (l === '' ? `${INDENT}>` : `${INDENT}> ${l}`));
}

/** One clip as a list item. */
export function entry(parts: EntryParts, labels: BriefLabels): string {
  const paragraphs = escapeParagraphs(parts.text);
  const cite = `— ${markdownLink(parts.citation, parts.url)}${parts.suffix}`;
  const last = paragraphs[paragraphs.length - 1];
  if (last) last[last.length - 1] = `${last[last.length - 1]} ${cite}`;
  else paragraphs.push([cite]);
  const lines: string[] = [];
  paragraphs.forEach((para, i) => {
    if (i > 0) lines.push('');
    para.forEach((line, j) => lines.push(i === 0 && j === 0 ? `- ${line}` : `${INDENT}${line}`));
  });
  const note = noteLines(parts.note, labels);
  if (note.length) lines.push('', ...note);
  return lines.join('\n');
}

/** Consecutive entries as one list (a blank line between items only when some item needs one). */
export function entryList(entries: readonly string[]): string {
  const loose = entries.some((e) => e.includes('\n\n'));
  return entries.join(loose ? '\n\n' : '\n');
}

export interface FigureRow {
  figure: string;
  context: string;
  value: string;
  citation: string;
  url: string;
}

function cell(text: string): string {
  const escaped = escapeOneLine(text);
  return escaped === '' ? ' ' : escaped;
}

/** The **Key figures** table: figure, what it measures, normalised value, link. */
export function figureTable(rows: readonly FigureRow[], labels: BriefLabels, linkHeader: string): string {
  const c = labels.figureColumns;
  const lines = [
    `| ${[c.figure, c.measures, c.value, linkHeader].map(cell).join(' | ')} |`,
    '| --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    lines.push(`| ${cell(r.figure)} | ${cell(r.context)} | ${cell(r.value)} | ${markdownLink(r.citation, r.url)} |`);
  }
  return lines.join('\n');
}

/** Blocks joined as a document: one blank line between blocks, empty blocks dropped, final newline. */
export function joinBlocks(blocks: ReadonlyArray<string | null | undefined | false>): string {
  return `${blocks.filter((b): b is string => typeof b === 'string' && b !== '').join('\n\n')}\n`;
}
