/**
 * Markdown escaping for page text (quotes, titles, contexts, sources, tags) and containment for the
 * user's notes. Guarantees, checked by the property test with markdown-it:
 * - page text renders as the same text (whitespace runs, line breaks included, count as one space)
 *   and never as structure: no heading, list, table, code, HTML, link, emphasis or entity comes out of
 *   it. Only ASCII punctuation is backslash-escaped, which every CommonMark parser undoes;
 * - a note keeps its Markdown but cannot leave its container, cannot make a heading (ATX or setext),
 *   cannot inject raw HTML (`<` is escaped outside http(s)/mailto autolinks) and cannot link anywhere
 *   but http(s) and mailto (`utils/safe-link.ts`): the `]` of a link or a reference definition whose
 *   destination does not start with such a scheme is escaped, so `[n](javascript:x)` stays literal
 *   text. Inside a code span the added backslash then shows, a price paid for never mis-guessing where
 *   a code span is.
 * Obsidian extras are neutralised in page text too: `==` (highlight), `%%` (comment), `$` (math),
 * `#word` (tag), `~` (strikethrough).
 */
import { ownPageHref, safeHref, startsWithLinkScheme } from '../safe-link';

/** CommonMark reads `\r\n` and `\r` as line ends and NUL as U+FFFD: say so up front. */
export function normaliseLineEnds(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
}

// Characters with inline meaning anywhere in a line; `=` and `%`, which are syntax only when doubled;
// `&` only where it would start an entity (`R&D` stays readable).
const INLINE_SPECIAL = /[\\`*_[\]<|#~$]|&(?=#?[A-Za-z0-9]+;)|={2,}|%{2,}/g;
// A piece of a line (a text node, a highlighted span) may meet its neighbour at either end: a lone `=`
// (next to a `==` highlight marker), a started entity, or a `.`/`)` that digits before it may turn into
// an ordered-list marker (`1` + `. x`) is escaped too.
const PIECE_SPECIAL =
  /[\\`*_[\]<|#~$]|&(?=#?[A-Za-z0-9]*(?:;|$))|={2,}|^=|=$|%{2,}|(?<=^\d{0,9})[.)](?=\s|$)/g;

/**
 * What would start a block at a line start: a block quote, a `-`/`+` list item, a thematic break or
 * setext underline of `-` or `=`, an ordered list item (its `.`/`)` gets escaped). `*`, `_`, `#`, fences
 * and `<` are escaped everywhere anyway. End of text counts as a space: a piece may be continued.
 */
const LINE_START_SPECIAL = /^(?:>|[-+](?=\s|$)|-(?=[-\s]*$)|=(?=\s*$)|\d{1,9}(?=[.)](?:\s|$)))/;

function backslashEach(run: string): string {
  let out = '';
  for (const ch of run) out += `\\${ch}`;
  return out;
}

export interface EscapeContext {
  /** The text begins a Markdown line in block context: block markers at its start are escaped too. */
  lineStart?: boolean;
  /** The text is a piece of a line that other text will be joined to (see PIECE_SPECIAL). */
  piece?: boolean;
}

/** Escapes page text that contains no line break. */
export function escapeInline(s: string, where: EscapeContext = {}): string {
  let out = s.replace(where.piece ? PIECE_SPECIAL : INLINE_SPECIAL, backslashEach);
  if (where.lineStart) {
    // Leading whitespace is trimmed by whoever places the line, so the marker test starts after it.
    const lead = /^\s*/.exec(out)?.[0] ?? '';
    const rest = out.slice(lead.length);
    const m = LINE_START_SPECIAL.exec(rest);
    if (m) {
      // An ordered-list number keeps its digits; the `.`/`)` after it is what gets escaped.
      const isNumber = /\d/.test(m[0][0] ?? '');
      out = isNumber ? `${lead}${m[0]}\\${rest.slice(m[0].length)}` : `${lead}\\${rest}`;
    }
  }
  return out;
}

/**
 * Page text on one line (heading, table cell, link text, bibliography element): every whitespace run
 * becomes one space. `lineStart`: see `EscapeContext`.
 */
export function escapeOneLine(s: string, lineStart = false): string {
  return escapeInline(normaliseLineEnds(s).replace(/\s+/g, ' ').trim(), { lineStart });
}

/**
 * Page text that may span lines: paragraphs (split at blank lines) of escaped, trimmed lines. Line
 * breaks inside a paragraph stay soft breaks; leading/trailing blank lines are dropped.
 */
export function escapeParagraphs(s: string): string[][] {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const raw of normaliseLineEnds(s).split('\n')) {
    const line = raw.trim();
    if (line === '') {
      if (current.length) paragraphs.push(current);
      current = [];
    } else {
      current.push(escapeInline(line, { lineStart: true }));
    }
  }
  if (current.length) paragraphs.push(current);
  return paragraphs;
}

// A line's container prefix inside a note: indentation, `>` markers, list markers.
const NOTE_CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/;
const ATX_OPENING = /^#{1,6}(?=[ \t]|$)/;
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;
const AUTOLINK = /^<[^\s<>]*>/;
const NOTE_LINKS = { mailto: true } as const;

function escapeHtmlOpeners(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const lt = line.indexOf('<', i);
    if (lt < 0) break;
    out += line.slice(i, lt);
    const autolink = AUTOLINK.exec(line.slice(lt));
    if (autolink && startsWithLinkScheme(autolink[0].slice(1), NOTE_LINKS)) {
      out += autolink[0];
      i = lt + autolink[0].length;
    } else {
      // A `<` the user already escaped (odd run of backslashes before it) stays as written.
      const backslashes = /\\*$/.exec(out)?.[0].length ?? 0;
      out += backslashes % 2 === 1 ? '<' : '\\<';
      i = lt + 1;
    }
  }
  return out + line.slice(i);
}

/** True when the character at `at` is escaped by an odd run of backslashes before it. */
function isEscaped(text: string, at: number): boolean {
  let n = 0;
  while (at - n - 1 >= 0 && text[at - n - 1] === '\\') n++;
  return n % 2 === 1;
}

/**
 * Escapes the `]` of every inline link (`](`) and reference definition (`]:`) whose destination does
 * not begin, on the same line, with an allowed scheme written plainly: a `javascript:`, `data:`,
 * relative or angle-bracketed destination, or one on the next line, is left as literal text. A `]`
 * followed by `(` or `:` in prose reads the same escaped.
 */
function escapeUnsafeLinks(text: string): string {
  return text.replace(/\](?=[(:])/g, (bracket, at: number) => {
    if (isEscaped(text, at)) return bracket;
    // A bounded look: a scheme after more blanks than this is escaped too (bounded work per `]`).
    const destination = text.slice(at + 2, at + 200).replace(/^[ \t]+/, '');
    return startsWithLinkScheme(destination, NOTE_LINKS) ? bracket : '\\]';
  });
}

/** Escapes every occurrence of a delimiter used an odd number of times (an unclosed Obsidian span). */
function escapeUnpaired(s: string, pair: RegExp, escaped: string): string {
  const count = s.match(pair)?.length ?? 0;
  return count % 2 === 1 ? s.replace(pair, escaped) : s;
}

/**
 * The user's note as Markdown lines to be placed inside a container (the caller prefixes each line
 * with the container's indentation and `> `). Returns [] for an empty note.
 */
export function containNote(note: string): string[] {
  let text = normaliseLineEnds(note).replace(/^\s*\n|\s+$/g, '');
  if (text.trim() === '') return [];
  // An unclosed `%%` comment or `$$` block would swallow the rest of the brief in Obsidian.
  text = escapeUnpaired(text, /%%/g, '\\%\\%');
  text = escapeUnpaired(text, /\$\$/g, '\\$\\$');
  text = escapeUnsafeLinks(text);
  return text.split('\n').map((raw) => {
    const line = escapeHtmlOpeners(raw.replace(/\s+$/, ''));
    const prefix = NOTE_CONTAINER_PREFIX.exec(line)?.[0] ?? '';
    const rest = line.slice(prefix.length);
    if (ATX_OPENING.test(rest)) return `${prefix}\\${rest}`;
    // A setext underline sits after block-quote markers only: a lone `-` is an empty list item, which
    // cannot interrupt a paragraph, so it underlines it.
    const quotePrefix = /^[ \t>]*/.exec(line)?.[0] ?? '';
    const underline = line.slice(quotePrefix.length);
    if (SETEXT_UNDERLINE.test(underline)) return `${quotePrefix}\\${underline}`;
    return line;
  });
}

/** `encodeURIComponent` leaves `(`, `)` alone; a destination needs them encoded too. */
function percentEncode(ch: string): string {
  const code = ch.charCodeAt(0);
  return code < 0x80 ? `%${code.toString(16).toUpperCase().padStart(2, '0')}` : encodeURIComponent(ch);
}

/**
 * A URL as a Markdown link destination: characters that would end or break a bare destination are
 * percent-encoded (the URL means the same). Returns null for anything but an absolute http(s) URL
 * (`safeHref`), so page data can never produce a `javascript:` link.
 */
export function linkDestination(url: string): string | null {
  const trimmed = url.trim();
  if (!startsWithLinkScheme(trimmed) || safeHref(trimmed) === null) return null;
  // `|` too: a link may sit in a table cell, where a raw pipe would split the cell.
  return trimmed.replace(/[\s<>()\\`"|\u0000-\u001f\u007f]/g, percentEncode);
}

/**
 * `[label](url)` to one of the extension's own pages (`safeHref`'s `ownOrigin` exception), or null
 * when `url` is not exactly such a page, written as the parser writes it.
 */
export function ownPageLink(label: string, url: string, ownOrigin: string): string | null {
  if (!url.startsWith(`${ownOrigin}/`) || ownPageHref(url, ownOrigin) !== url) return null;
  return `[${escapeOneLine(label)}](${url.replace(/[\s<>()\\`"|\u0000-\u001f\u007f]/g, percentEncode)})`;
}

/** `[label](url)`, or just the escaped label when the URL cannot be linked. */
export function markdownLink(label: string, url: string): string {
  const destination = linkDestination(url);
  const text = escapeOneLine(label);
  return destination === null ? text : `[${text}](${destination})`;
}

/** A URL shown as itself: an autolink when it is linkable, else escaped text. */
export function markdownUrl(url: string): string {
  const destination = linkDestination(url);
  return destination === null ? escapeOneLine(url) : `<${destination}>`;
}

// Edge punctuation and whitespace stay outside the delimiters: `**“引文”**后` would not close under the
// CommonMark flanking rules, `“**引文**”后` does. An escape (`\*`) counts as one punctuation mark.
const EDGE = String.raw`(?:\s|\\[!-/:-@[-\x60{-~]|[\p{P}\p{S}])*`;
const EDGES = new RegExp(`^(${EDGE})([\\s\\S]*?)(${EDGE})$`, 'u');

/** Wraps escaped Markdown in an inline delimiter; nothing but punctuation and spaces stays unwrapped. */
export function wrapDelimited(markdown: string, delimiter: string): string {
  const m = EDGES.exec(markdown);
  const [lead, core, trail] = m ? [m[1] ?? '', m[2] ?? '', m[3] ?? ''] : ['', markdown, ''];
  if (core.trim() === '') return markdown;
  return `${lead}${delimiter}${core}${delimiter}${trail}`;
}
