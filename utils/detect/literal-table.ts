/**
 * Rule tables of literal words (units, verbs, markers). A table answers "which entry starts (or ends)
 * exactly here?" by walking a character trie from that position: no allocation, and a cost bounded by
 * the longest entry, never by the text. `findAll` scans a whole text once with one regular expression
 * (an alternation of literals, without nested quantifiers).
 */

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  /** Set on the node that ends an entry. */
  entry?: { literal: string; value: T };
}

export interface LiteralTable<T> {
  /** Entries read forwards (for `matchAt`). */
  readonly forward: TrieNode<T>;
  /** Entries read backwards (for `matchEndingAt`). */
  readonly backward: TrieNode<T>;
  /** Source of an unanchored search for any entry (callers add the `g` flag on their own copy). */
  readonly searchSource: string;
  readonly values: ReadonlyMap<string, T>;
  readonly caseInsensitive: boolean;
  readonly wholeWord: boolean;
  /** Per character code: 1 when an entry starts with it (read forwards), a cheaper test than the trie. */
  readonly firsts: Uint8Array;
  /** Per character code: 1 when an entry ends with it. */
  readonly lasts: Uint8Array;
}

export interface LiteralMatch<T> {
  value: T;
  start: number;
  end: number;
}

export interface LiteralTableOptions {
  /** Latin words: the match must not continue into or follow a letter (`m` in `€40m`, not in `40mm`). */
  wholeWord?: boolean;
  caseInsensitive?: boolean;
}

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function fold(code: number, caseInsensitive: boolean): number {
  return caseInsensitive && code >= 65 && code <= 90 ? code + 32 : code;
}

function isLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function insert<T>(root: TrieNode<T>, key: string, literal: string, value: T, ci: boolean): void {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const code = fold(key.charCodeAt(i), ci);
    let child = node.next.get(code);
    if (child === undefined) {
      child = { next: new Map() };
      node.next.set(code, child);
    }
    node = child;
  }
  node.entry = { literal, value };
}

/**
 * Tables are module constants, and the extractor script runs afresh on every injection: each trie
 * (and the search source) is built on first use only, so a page pays for the tables its language and
 * text reach, in the directions they are read, not for all of them at load.
 */
class LazyLiteralTable<T> implements LiteralTable<T> {
  readonly values: ReadonlyMap<string, T>;
  readonly caseInsensitive: boolean;
  readonly wholeWord: boolean;
  #forward: TrieNode<T> | undefined;
  #backward: TrieNode<T> | undefined;
  #searchSource: string | undefined;
  #firsts: Uint8Array | undefined;
  #lasts: Uint8Array | undefined;

  constructor(values: ReadonlyMap<string, T>, options: LiteralTableOptions) {
    this.values = values;
    this.caseInsensitive = options.caseInsensitive ?? false;
    this.wholeWord = options.wholeWord ?? false;
  }

  get forward(): TrieNode<T> {
    return (this.#forward ??= this.#trie((literal) => literal));
  }

  get backward(): TrieNode<T> {
    return (this.#backward ??= this.#trie((literal) => [...literal].reverse().join('')));
  }

  get firsts(): Uint8Array {
    return (this.#firsts ??= this.#edge(this.forward));
  }

  get lasts(): Uint8Array {
    return (this.#lasts ??= this.#edge(this.backward));
  }

  /** The root's characters as a table by code, both cases when the table ignores case. */
  #edge(root: TrieNode<T>): Uint8Array {
    const codes = new Uint8Array(0x10000);
    for (const code of root.next.keys()) {
      codes[code] = 1;
      if (this.caseInsensitive && code >= 97 && code <= 122) codes[code - 32] = 1;
    }
    return codes;
  }

  get searchSource(): string {
    if (this.#searchSource === undefined) {
      const alternation = [...this.values.keys()]
        .sort((a, b) => b.length - a.length)
        .map(escape)
        .join('|');
      // `\b` is twice as fast as a look-behind; it means the same before an entry starting with an ASCII
      // letter (a digit or `_` before the word aside, which never make a word of these tables).
      const keys = [...this.values.keys()];
      const lettersFirst = keys.every((k) => /^[A-Za-z]/.test(k));
      const lettersLast = keys.every((k) => /[A-Za-z]$/.test(k));
      const before = this.wholeWord ? (lettersFirst ? '\\b' : '(?<![A-Za-z])') : '';
      const after = this.wholeWord ? (lettersLast ? '\\b' : '(?![A-Za-z])') : '';
      this.#searchSource = `${before}(?:${alternation})${after}`;
    }
    return this.#searchSource;
  }

  #trie(keyOf: (literal: string) => string): TrieNode<T> {
    const root: TrieNode<T> = { next: new Map() };
    for (const [literal, value] of this.values)
      insert(root, keyOf(literal), literal, value, this.caseInsensitive);
    return root;
  }
}

export function literalTable<T>(
  rows: readonly (readonly [string, T])[],
  options: LiteralTableOptions = {},
): LiteralTable<T> {
  const ci = options.caseInsensitive ?? false;
  const values = new Map<string, T>();
  for (const [literal, value] of rows) values.set(ci ? literal.toLowerCase() : literal, value);
  return new LazyLiteralTable(values, options);
}

/** The longest entry of `table` starting exactly at `pos` (whole words only, for whole-word tables). */
export function matchAt<T>(table: LiteralTable<T>, text: string, pos: number): LiteralMatch<T> | null {
  // Most positions start no entry: one array read refuses them.
  if (table.firsts[text.charCodeAt(pos)] !== 1) return null;
  let node: TrieNode<T> | undefined = table.forward;
  let best: TrieNode<T> | undefined;
  let end = pos;
  for (let i = pos; i < text.length; i++) {
    node = node.next.get(fold(text.charCodeAt(i), table.caseInsensitive));
    if (node === undefined) break;
    if (node.entry && !(table.wholeWord && isLetterCode(text.charCodeAt(i + 1)))) {
      best = node;
      end = i + 1;
    }
  }
  return best?.entry ? { value: best.entry.value, start: pos, end } : null;
}

/** The longest entry of `table` ending exactly at `pos` and starting at or after `floor`. */
export function matchEndingAt<T>(
  table: LiteralTable<T>,
  text: string,
  pos: number,
  floor = 0,
): LiteralMatch<T> | null {
  if (pos <= floor || table.lasts[text.charCodeAt(pos - 1)] !== 1) return null;
  let node: TrieNode<T> | undefined = table.backward;
  let best: TrieNode<T> | undefined;
  let start = pos;
  for (let i = pos - 1; i >= floor; i--) {
    node = node.next.get(fold(text.charCodeAt(i), table.caseInsensitive));
    if (node === undefined) break;
    if (node.entry && !(table.wholeWord && i > 0 && isLetterCode(text.charCodeAt(i - 1)))) {
      best = node;
      start = i;
    }
  }
  return best?.entry ? { value: best.entry.value, start, end: pos } : null;
}

/** Every non-overlapping occurrence of an entry of `table` in `text`, in order (one linear scan). */
export function findAll<T>(table: LiteralTable<T>, text: string): LiteralMatch<T>[] {
  const found: LiteralMatch<T>[] = [];
  const re = new RegExp(table.searchSource, table.caseInsensitive ? 'gi' : 'g');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const value = table.values.get(table.caseInsensitive ? m[0].toLowerCase() : m[0]);
    if (value !== undefined) found.push({ value, start: m.index, end: m.index + m[0].length });
  }
  return found;
}
