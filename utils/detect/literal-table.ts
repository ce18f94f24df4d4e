/**
 * Rule tables of literal words (units, verbs, markers) compiled into anchored regular expressions.
 * Each expression is an alternation of literals, longest first, run on a short slice starting or ending
 * at a position: the cost per call is bounded by the table, never by the text. The expressions have no
 * `g`/`y` flag, so they keep no `lastIndex` state between calls.
 */

export interface LiteralTable<T> {
  readonly starting: RegExp;
  readonly ending: RegExp;
  /** Source of an unanchored search for any entry (callers add the `g` flag on their own copy). */
  readonly searchSource: string;
  readonly values: ReadonlyMap<string, T>;
  readonly maxLength: number;
  readonly caseInsensitive: boolean;
}

export interface LiteralMatch<T> {
  text: string;
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

export function literalTable<T>(
  rows: readonly (readonly [string, T])[],
  options: LiteralTableOptions = {},
): LiteralTable<T> {
  const ci = options.caseInsensitive ?? false;
  const values = new Map<string, T>();
  for (const [literal, value] of rows) values.set(ci ? literal.toLowerCase() : literal, value);
  const alternation = [...values.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  const before = options.wholeWord ? '(?<![A-Za-z])' : '';
  const after = options.wholeWord ? '(?![A-Za-z])' : '';
  const flags = ci ? 'i' : '';
  return {
    starting: new RegExp(`^(?:${alternation})${after}`, flags),
    ending: new RegExp(`${before}(?:${alternation})$`, flags),
    searchSource: `${before}(?:${alternation})${after}`,
    values,
    maxLength: Math.max(0, ...[...values.keys()].map((k) => k.length)),
    caseInsensitive: ci,
  };
}

function lookup<T>(table: LiteralTable<T>, matched: string): T | undefined {
  return table.values.get(table.caseInsensitive ? matched.toLowerCase() : matched);
}

/** The longest entry of `table` starting exactly at `pos`. */
export function matchAt<T>(table: LiteralTable<T>, text: string, pos: number): LiteralMatch<T> | null {
  // One character of slack lets the whole-word look-ahead see the character after the entry.
  const m = table.starting.exec(text.slice(pos, pos + table.maxLength + 1));
  if (m === null) return null;
  const value = lookup(table, m[0]);
  return value === undefined ? null : { text: m[0], value, start: pos, end: pos + m[0].length };
}

/** The longest entry of `table` ending exactly at `pos` (and starting at or after `floor`). */
export function matchEndingAt<T>(
  table: LiteralTable<T>,
  text: string,
  pos: number,
  floor = 0,
): LiteralMatch<T> | null {
  // One character of slack lets the whole-word look-behind see the character before the entry.
  const from = Math.max(floor, pos - table.maxLength - 1);
  const m = table.ending.exec(text.slice(from, pos));
  if (m === null) return null;
  const value = lookup(table, m[0]);
  const start = from + m.index;
  return value === undefined ? null : { text: m[0], value, start, end: pos };
}

/** Every non-overlapping occurrence of an entry of `table` in `text`, in order (one linear scan). */
export function findAll<T>(table: LiteralTable<T>, text: string): LiteralMatch<T>[] {
  const found: LiteralMatch<T>[] = [];
  const re = new RegExp(table.searchSource, table.caseInsensitive ? 'gi' : 'g');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const value = lookup(table, m[0]);
    if (value !== undefined) found.push({ text: m[0], value, start: m.index, end: m.index + m[0].length });
  }
  return found;
}
