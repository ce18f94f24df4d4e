/**
 * `Article.text`: the one string findings index, the store keeps and briefs quote. Its conventions:
 * - blocks (paragraphs, list items, headings, table rows…) are separated by "\n\n", `<br>` by "\n",
 *   table cells in a row by "\t" (as `innerText` does);
 * - inside a block, whitespace runs become one space, except a source line break between two CJK
 *   characters, which is dropped (CSS segment-break rule); nothing ever inserts a space between
 *   elements, so CJK text split across `<span>`s stays joined;
 * - invisible characters (zero-width spaces, BOMs, soft hyphens) are dropped; the result is trimmed.
 *
 * It is read from the sanitised article HTML as serialised by `innerHTML`, which `contentHtml` needs
 * anyway: that string escapes only `&`, `<`, `>` and U+00A0 in text and double-quotes every attribute,
 * so a small tokenizer reads it exactly, with no second walk over the DOM (costly on jsdom).
 */
import { BLOCK_TAGS } from '@/utils/block-elements';
import { isWideChar, WIDE_CLASS } from '@/utils/text/wide';
import { removeInvisible } from './text-normalise';

/** Separator strengths: when several are pending, the strongest is written. */
const Break = { None: 0, Cell: 1, Line: 2, Paragraph: 3 } as const;
type Break = (typeof Break)[keyof typeof Break];

const BREAK_TEXT: Readonly<Record<Break, string>> = {
  [Break.None]: '',
  [Break.Cell]: '\t',
  [Break.Line]: '\n',
  [Break.Paragraph]: '\n\n',
};

/** Elements whose content is not text (sanitising removes them; skipped here should any remain). */
const SKIPPED: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'title',
  'textarea',
]);
/** Serialised HTML: a comment, a start or end tag (attributes always double-quoted), or text. */
const HTML_TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][^\s/>]*)(?:"[^"]*"|[^>"])*>|([^<]+)|</g;
const ENTITY = /&(amp|lt|gt|nbsp|quot|#(\d+)|#x([0-9a-fA-F]+));/g;
const ENTITY_TEXT: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  nbsp: '\u00A0',
  quot: '"',
};

export interface PlainText {
  text: string;
  /** Characters of `text` (whitespace aside) that sit inside links. */
  linkLength: number;
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, name: string, dec?: string, hex?: string) => {
    if (dec || hex) return String.fromCodePoint(dec ? Number(dec) : parseInt(hex ?? '0', 16));
    return ENTITY_TEXT[name] ?? whole;
  });
}

/** JS `\s` covers the no-break and ideographic spaces too. */
function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x1680 ||
    code === 0x202f ||
    code === 0x205f
  );
}

/** A line break between two wide characters (the ideographic space is whitespace here and collapses anyway). */
const CJK_LINE_BREAK = new RegExp(`([${WIDE_CLASS}])[^\\S\\n]*\\n\\s*(?=[${WIDE_CLASS}])`, 'g');
const WHITESPACE_RUN = /\s+/g;
/** Whitespace that collapsing would change: two in a row, or one that is not a plain space. */
const NEEDS_COLLAPSE = /\s\s|[^\S ]/;

function countSpaces(text: string): number {
  let spaces = 0;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) spaces++;
  return spaces;
}

class TextBuilder {
  private readonly parts: string[] = [];
  private lastChar = '';
  private pendingBreak: Break = Break.None;
  private pendingSpace = false;
  private pendingSpaceHadNewline = false;
  linkLength = 0;

  requestBreak(level: Break): void {
    if (level > this.pendingBreak) this.pendingBreak = level;
  }

  /** Two `<br>` in a row mean a new paragraph. */
  lineBreak(): void {
    this.requestBreak(this.pendingBreak === Break.Line ? Break.Paragraph : Break.Line);
  }

  private space(whitespace: string): void {
    this.pendingSpace = true;
    if (whitespace.includes('\n') || whitespace.includes('\r')) this.pendingSpaceHadNewline = true;
  }

  private flush(nextChar: string): void {
    if (this.parts.length > 0) {
      if (this.pendingBreak !== Break.None) {
        this.parts.push(BREAK_TEXT[this.pendingBreak]);
      } else if (
        this.pendingSpace &&
        !(this.pendingSpaceHadNewline && isWideChar(this.lastChar) && isWideChar(nextChar))
      ) {
        this.parts.push(' ');
      }
    }
    this.pendingBreak = Break.None;
    this.pendingSpace = false;
    this.pendingSpaceHadNewline = false;
  }

  /** One run of inline text: its edges become pending spaces, its inside is collapsed in one pass. */
  private run(value: string, inLink: boolean): void {
    let start = 0;
    let end = value.length;
    while (start < end && isSpaceCode(value.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(value.charCodeAt(end - 1))) end--;
    if (start > 0) this.space(value.slice(0, start));
    if (end > start) {
      // Most runs hold only single spaces: the two replacements (one with the wide-character class)
      // are for the few that need them; on long articles they were a third of this conversion.
      let collapsed = value.slice(start, end);
      if (collapsed.includes('\n')) collapsed = collapsed.replace(CJK_LINE_BREAK, '$1');
      if (NEEDS_COLLAPSE.test(collapsed)) collapsed = collapsed.replace(WHITESPACE_RUN, ' ');
      this.flush(collapsed[0] as string);
      this.parts.push(collapsed);
      this.lastChar = collapsed[collapsed.length - 1] as string;
      if (inLink) this.linkLength += collapsed.length - countSpaces(collapsed);
    }
    if (end < value.length) this.space(value.slice(end));
  }

  text(raw: string, inLink: boolean, preformatted: boolean): void {
    const value = removeInvisible(raw);
    if (!preformatted) {
      this.run(value, inLink);
      return;
    }
    const lines = value.split('\n');
    lines.forEach((line, i) => {
      if (i > 0) this.lineBreak();
      this.run(line, inLink);
    });
  }

  result(): string {
    return this.parts.join('');
  }
}

/** Plain text of serialised (sanitised) article HTML, per the conventions above. */
export function htmlToPlainText(html: string): PlainText {
  const out = new TextBuilder();
  let links = 0;
  let pre = 0;
  let skipped = 0;
  HTML_TOKEN.lastIndex = 0;
  for (let m = HTML_TOKEN.exec(html); m; m = HTML_TOKEN.exec(html)) {
    const [token, slash, rawName, text] = m;
    if (text !== undefined || token === '<') {
      if (skipped === 0) out.text(decodeEntities(text ?? token), links > 0, pre > 0);
      continue;
    }
    if (rawName === undefined) continue; // a comment
    const name = rawName.toLowerCase();
    const closing = slash === '/';
    if (SKIPPED.has(name)) {
      skipped = Math.max(0, skipped + (closing ? -1 : 1));
    } else if (name === 'br') {
      out.lineBreak();
    } else if (name === 'td' || name === 'th') {
      if (!closing) out.requestBreak(Break.Cell);
    } else if (BLOCK_TAGS.has(name)) {
      out.requestBreak(Break.Paragraph);
      if (name === 'pre') pre = Math.max(0, pre + (closing ? -1 : 1));
    } else if (name === 'a') {
      links = Math.max(0, links + (closing ? -1 : 1));
    }
  }
  return { text: out.result(), linkLength: out.linkLength };
}

/** Plain text of an element's content (serialises it: callers holding `innerHTML` should pass that). */
export function toPlainText(root: Element): PlainText {
  return htmlToPlainText(root.innerHTML);
}
