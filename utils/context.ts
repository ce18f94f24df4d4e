/**
 * The sentence (or clause, when the sentence is long) around a passage: what a clip shows as its
 * context and a brief prints after a figure. Works on CJK text without spaces and on English.
 */

const SENTENCE_END = /[。！？!?；;\n]|\.(?=\s)/g;
const CLAUSE_END = /[，,、：:]/g;

function lastBoundary(text: string, before: number, pattern: RegExp, floor: number): number {
  let at = floor;
  pattern.lastIndex = floor;
  for (let m = pattern.exec(text); m && m.index < before; m = pattern.exec(text)) at = m.index + m[0].length;
  return at;
}

function nextBoundary(text: string, after: number, pattern: RegExp, ceiling: number): number {
  pattern.lastIndex = after;
  const m = pattern.exec(text);
  return m && m.index < ceiling ? m.index + m[0].length : ceiling;
}

export function contextAround(text: string, start: number, end: number, max = 240): string {
  const floor = Math.max(0, start - max);
  const ceiling = Math.min(text.length, end + max);
  let from = lastBoundary(text, start, SENTENCE_END, floor);
  let to = nextBoundary(text, end, SENTENCE_END, ceiling);
  if (to - from > max) {
    // A very long sentence: narrow to the clause around the passage.
    from = Math.max(from, lastBoundary(text, start, CLAUSE_END, Math.max(from, start - max / 2)));
    to = Math.min(to, nextBoundary(text, end, CLAUSE_END, Math.min(to, end + max / 2)));
  }
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}
