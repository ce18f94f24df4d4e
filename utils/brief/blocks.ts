/**
 * The brief's building blocks, each a Markdown string that is one top-level block (or a run of list
 * items), joined by blank lines: headings, entries (one clip as a list item: its text, a citation link,
 * and its note contained in a nested block quote) and the figures table.
 */
import {
  containNote,
  escapeInline,
  escapeOneLine,
  escapeParagraphs,
  markdownLink,
  normaliseLineEnds,
  wrapDelimited,
} from './escape';
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
  /** The user's Markdown note, or ''. */
  note: string;
}

/**
 * One clip as a list item, in two halves around the place for a suffix (`· also: …`), which depends
 * on the section the clip is shown in: a clip filed under several tags is escaped once.
 */
export interface Entry {
  /** The item up to and including its citation link. */
  head: string;
  /** The rest of the item: its note, or ''. */
  tail: string;
  /** The item has blank lines (several paragraphs, a note): its list must be loose. */
  loose: boolean;
}

const INDENT = '  ';

// A first note line that is plain prose can follow the label on the same line; anything that could
// start a block (or a link reference definition) gets a paragraph of its own.
const BLOCK_START = /^(?:\s|[>*+\-#`~|<=_[!:\\]|\d{1,9}[.)](?:\s|$))/;

function noteBlock(note: string, labels: BriefLabels): string {
  const lines = containNote(note);
  if (lines.length === 0) return '';
  const first = lines[0] ?? '';
  const body = BLOCK_START.test(first)
    ? [`**${labels.note}**${labels.colon}`.trimEnd(), '', ...lines]
    : [`**${labels.note}**${labels.colon}${first}`, ...lines.slice(1)];
  return body.map((l) => (l === '' ? `${INDENT}>` : `${INDENT}> ${l}`)).join('\n');
}

export function entry(parts: EntryParts, labels: BriefLabels): Entry {
  const paragraphs = escapeParagraphs(parts.text);
  const cite = `— ${markdownLink(parts.citation, parts.url)}`;
  let head = '';
  paragraphs.forEach((para, i) => {
    para.forEach((line, j) => {
      head += j > 0 ? `\n${INDENT}${line}` : i === 0 ? `- ${line}` : `\n\n${INDENT}${line}`;
    });
  });
  head += head === '' ? `- ${cite}` : ` ${cite}`;
  const note = noteBlock(parts.note, labels);
  return { head, tail: note ? `\n\n${note}` : '', loose: paragraphs.length > 1 || note !== '' };
}

/** Consecutive entries, each with its suffix, as one list (blank lines between items only if needed). */
export function entryList(entries: ReadonlyArray<{ entry: Entry; suffix: string }>): string {
  const separator = entries.some((e) => e.entry.loose) ? '\n\n' : '\n';
  let out = '';
  for (const e of entries) out += (out === '' ? '' : separator) + e.entry.head + e.suffix + e.entry.tail;
  return out;
}

export interface FigureRow {
  figure: string;
  /** The statement (cut), the figure emphasised where it occurs in it. */
  context: string;
  value: string;
  citation: string;
  url: string;
}

function cell(text: string): string {
  const escaped = escapeOneLine(text);
  return escaped === '' ? ' ' : escaped;
}

/**
 * A table cell of `text` with its first `focus` in bold, each piece escaped as page text (no page text
 * is Markdown); edge punctuation stays outside the delimiters so they close (`**13.48**%和`).
 */
function emphasised(text: string, focus: string): string {
  const flat = normaliseLineEnds(text).replace(/\s+/g, ' ').trim();
  const at = focus.trim() === focus && focus !== '' ? flat.indexOf(focus) : -1;
  if (at < 0) return cell(text);
  const piece = (s: string): string => escapeInline(s, { piece: true });
  const end = at + focus.length;
  return piece(flat.slice(0, at)) + wrapDelimited(piece(focus), '**') + piece(flat.slice(end));
}

/** The **Key figures** table: figure, what it measures, normalised value, link. */
export function figureTable(rows: readonly FigureRow[], labels: BriefLabels, linkHeader: string): string {
  const c = labels.figureColumns;
  const lines = [
    `| ${[c.figure, c.measures, c.value, linkHeader].map(cell).join(' | ')} |`,
    '| --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${cell(r.figure)} | ${emphasised(r.context, r.figure)} | ${cell(r.value)} | ${markdownLink(r.citation, r.url)} |`,
    );
  }
  return lines.join('\n');
}

/** Blocks joined as a document: one blank line between blocks, empty blocks dropped, final newline. */
export function joinBlocks(blocks: ReadonlyArray<string | null | undefined | false>): string {
  return `${blocks.filter((b): b is string => typeof b === 'string' && b !== '').join('\n\n')}\n`;
}
