/**
 * String similarity for ranking candidates: edit distance of short strings (context of at most 32
 * characters on each side of a quote).
 */

/** Levenshtein distance (insert, delete, substitute: 1 each) of two short strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Uint16Array(b.length + 1);
  let curr = new Uint16Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = (prev[j - 1] as number) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const deletion = (prev[j] as number) + 1;
      const insertion = (curr[j - 1] as number) + 1;
      curr[j] = Math.min(substitution, deletion, insertion);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length] as number;
}

/** 1 − distance / expected length, in [0, 1]. */
export function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return actual.length === 0 ? 1 : 0;
  return Math.max(0, 1 - editDistance(expected, actual) / expected.length);
}
