/**
 * `Article.text`: the one string findings index, the store keeps and briefs quote. Its conventions:
 * - blocks (paragraphs, list items, headings, table rows…) are separated by "\n\n", `<br>` by "\n",
 *   table cells in a row by "\t" (as `innerText` does);
 * - inside a block, whitespace runs become one space, except a source line break between two CJK
 *   characters, which is dropped (CSS segment-break rule); nothing ever inserts a space between
 *   elements, so CJK text split across `<span>`s stays joined;
 * - invisible characters (zero-width spaces, BOMs, soft hyphens) are dropped; the result is trimmed.
 */
import { ELEMENT_NODE, TEXT_NODE, isBlock } from './dom';
import { isCjkChar, removeInvisible } from './text-normalise';

/** Separator strengths: when several are pending, the strongest is written. */
const Break = { None: 0, Cell: 1, Line: 2, Paragraph: 3 } as const;
type Break = (typeof Break)[keyof typeof Break];

const BREAK_TEXT: Readonly<Record<Break, string>> = { [Break.None]: '', [Break.Cell]: '\t', [Break.Line]: '\n', [Break.Paragraph]: '\n\n' };

const SKIPPED: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);
const TOKEN = /([^\s\u00A0\u3000]+)|([\s\u00A0\u3000]+)/g;

export interface PlainText {
  text: string;
  /** Characters of `text` (whitespace aside) that sit inside links. */
  linkLength: number;
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

  private flush(nextChar: string): void {
    if (this.parts.length > 0) {
      if (this.pendingBreak !== Break.None) {
        this.parts.push(BREAK_TEXT[this.pendingBreak]);
      } else if (this.pendingSpace && !(this.pendingSpaceHadNewline && isCjkChar(this.lastChar) && isCjkChar(nextChar))) {
        this.parts.push(' ');
      }
    }
    this.pendingBreak = Break.None;
    this.pendingSpace = false;
    this.pendingSpaceHadNewline = false;
  }

  text(raw: string, inLink: boolean, preformatted: boolean): void {
    const value = removeInvisible(raw);
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(value); m; m = TOKEN.exec(value)) {
      const word = m[1];
      if (word === undefined) {
        const space = m[2] ?? '';
        if (preformatted && space.includes('\n')) {
          for (const ch of space) if (ch === '\n') this.lineBreak();
        } else {
          this.pendingSpace = true;
          if (/[\n\r]/.test(space)) this.pendingSpaceHadNewline = true;
        }
        continue;
      }
      this.flush(word[0] as string);
      this.parts.push(word);
      this.lastChar = word[word.length - 1] as string;
      if (inLink) this.linkLength += word.length;
    }
  }

  result(): string {
    return this.parts.join('');
  }
}

function walk(node: Node, out: TextBuilder, inLink: boolean, preformatted: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      out.text(child.nodeValue ?? '', inLink, preformatted);
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const el = child as Element;
    const name = el.localName;
    if (SKIPPED.has(name)) continue;
    if (name === 'br') {
      out.lineBreak();
      continue;
    }
    const cell = name === 'td' || name === 'th';
    const block = !cell && isBlock(el);
    if (cell) out.requestBreak(Break.Cell);
    if (block) out.requestBreak(Break.Paragraph);
    walk(el, out, inLink || name === 'a', preformatted || name === 'pre' || name === 'textarea');
    if (block) out.requestBreak(Break.Paragraph);
  }
}

export function toPlainText(root: Element): PlainText {
  const out = new TextBuilder();
  walk(root, out, false, root.localName === 'pre');
  return { text: out.result(), linkLength: out.linkLength };
}
