/**
 * The whitespace rules of the normalised text, for strings (quotes, prefixes, article text). The DOM
 * walker (`text-model.ts`) applies the same rules node by node, so a string normalised here can be
 * compared character for character with the model's text.
 *
 * - A run of collapsible whitespace (space, tab, line breaks, form feed: what HTML collapses) becomes
 *   one space, or one "\n" when it holds a line break (in a DOM, a block boundary; in extracted article
 *   text, a paragraph break).
 * - A no-break space is a space that does not collapse, as browsers render it (four `&nbsp;` are four
 *   spaces, which Chromium's find, and so its text-fragment matching, sees as four spaces). The
 *   ideographic space (U+3000, indenting Chinese paragraphs) is kept as it is, for the same reason.
 * - Invisible characters that sites sprinkle into text (soft hyphen, zero-width space, word joiner,
 *   BOM) are dropped: they render as nothing and would break exact matching.
 */

const INVISIBLE_ALL = /[\u00ad\u200b\u2060\ufeff]/g;
const COLLAPSIBLE_RUN = /[ \t\n\r\f]+/g;

/** Whitespace HTML collapses. */
export function isCollapsibleCode(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12;
}

/** Any whitespace, for trimming the edges of a quote or a term. */
export function isSpaceCode(code: number): boolean {
  return isCollapsibleCode(code) || code === 0xa0 || code === 0x3000;
}

/** `s` with the text model's whitespace rules applied, trimmed. */
export function normalizeText(s: string): string {
  return collapseSpaces(s).trim();
}

/** Whitespace runs collapsed (see the module comment), not trimmed: context keeps its separator. */
export function collapseSpaces(s: string): string {
  return s
    .replace(INVISIBLE_ALL, '')
    .replace(COLLAPSIBLE_RUN, (run) => (run.includes('\n') || run.includes('\r') ? '\n' : ' '))
    .replace(/\u00a0/g, ' ');
}

/** `i` moved off the low half of a surrogate pair, so slicing at it never splits a character. */
export function alignToCodePoint(s: string, i: number): number {
  const code = s.charCodeAt(i);
  return code >= 0xdc00 && code <= 0xdfff && i > 0 ? i - 1 : i;
}
