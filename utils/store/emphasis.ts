/**
 * Where to emphasise search terms in a text (for the UI): `[start, end)` ranges, sorted and merged.
 * Terms are the `ClipMatch.terms` of a result; they are lower-case and stemmed, so each is found
 * case-insensitively at the start of a word (`tariff` in `Tariffs`, not `art` in `start`), and Han
 * terms anywhere (`科技` in `促进科技成果`).
 */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

function startsWord(text: string, at: number, term: string): boolean {
  if (at === 0 || HAN.test(term)) return true;
  return !WORD_CHAR.test(text[at - 1] ?? '');
}

export function emphasisRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  const haystack = text.toLowerCase();
  // Lower-casing can change lengths in rare scripts; offsets are only trusted when it did not.
  if (haystack.length !== text.length) return [];
  const ranges: Array<[number, number]> = [];
  for (const term of new Set(terms)) {
    if (!term) continue;
    for (let at = haystack.indexOf(term); at >= 0; at = haystack.indexOf(term, at + term.length)) {
      if (startsWord(haystack, at, term)) ranges.push([at, at + term.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
