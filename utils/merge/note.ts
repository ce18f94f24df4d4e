/**
 * The rule for two edits of one note, written once: for two surfaces of one library (a tab that had an
 * older copy) and, with the same function, for two machines of a team. A stale edit is never applied
 * over a newer note silently: it merges when one side only added text at the end, and otherwise both
 * versions are kept and the user chooses.
 */

export interface NoteMerge {
  note: string;
  /** The incoming text, when it could not be merged: kept beside the note for the user to choose. */
  conflict: string | null;
}

/** `a` with `added` after it, on a new line when both are non-empty and nothing already separates them. */
export function joinAdditions(a: string, added: string): string {
  if (a === '' || added === '') return a + added;
  return /\s$/u.test(a) || /^\s/u.test(added) ? a + added : `${a}\n${added}`;
}

const lines = (text: string): string[] => text.split('\n');

/**
 * What `added` (text one side put after the base) brings that `other` does not already have: its whole
 * lines that the other side gained too since `base` are dropped, one for one. The other side may hold
 * them because it merged this side's earlier version already (two machines merging from different
 * bases), and appending them again would repeat them. When the base ends inside a line, the first piece
 * of `added` continues that line and is kept as it is.
 */
function newToOther(base: string, other: string, added: string): string {
  const gained = new Map<string, number>();
  for (const line of lines(other)) gained.set(line, (gained.get(line) ?? 0) + 1);
  for (const line of lines(base)) gained.set(line, (gained.get(line) ?? 0) - 1);
  const continues = base !== '' && !base.endsWith('\n');
  const [first = '', ...rest] = continues ? lines(added) : ['', ...lines(added)];
  const kept = rest.filter((line) => {
    const n = gained.get(line) ?? 0;
    if (n <= 0 || line.trim() === '') return true;
    gained.set(line, n - 1);
    return false;
  });
  return continues ? [first, ...kept].join('\n') : kept.join('\n');
}

/**
 * `base`: the note the editor started from; `current`: the note stored now; `incoming`: what the
 * editor wants it to be. Returns the note to store and, on a true conflict, the text to keep beside it.
 */
export function mergeNote(base: string, current: string, incoming: string): NoteMerge {
  if (incoming === current || incoming === base) return { note: current, conflict: null };
  if (current === base) return { note: incoming, conflict: null };
  // Both changed since `base`.
  if (incoming.startsWith(base))
    return {
      note: joinAdditions(current, newToOther(base, current, incoming.slice(base.length))),
      conflict: null,
    };
  if (current.startsWith(base))
    return {
      note: joinAdditions(incoming, newToOther(base, incoming, current.slice(base.length))),
      conflict: null,
    };
  return { note: current, conflict: incoming };
}
