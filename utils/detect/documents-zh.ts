/**
 * Chinese cited titles: `《…》`, nested titles and quotes inside (`《关于印发〈…〉的通知》`,
 * `《“十四五”…规划》`, `《…方案(2021-2023)》`). One pass with a stack of open marks: each mark is pushed
 * and popped at most once, and a paragraph break forgets unclosed marks, so `《` without `》` costs O(n).
 */
import type { DocumentType } from './types';
import { EN_TITLE_HEADS, ZH_TITLE_ENDINGS } from './document-types';
import { matchEndingAt } from './literal-table';
import type { TitleCandidate } from './documents-en';

/** Longer "titles" are a lost `》`, not a document. */
const MAX_TITLE_LENGTH = 100;

/** Drops what follows the name proper: `(2021-2023)`, `（试行）`, `3.0`, spaces. */
function titleStem(inner: string): string {
  let stem = inner.trim();
  for (let guard = 0; guard < 4; guard++) {
    const before = stem;
    const last = stem[stem.length - 1];
    if (last === ')' || last === '）') {
      const open = Math.max(stem.lastIndexOf('('), stem.lastIndexOf('（'));
      if (open > 0) stem = stem.slice(0, open).trim();
    }
    stem = stem.replace(/[\s\d.]+$/, '').replace(/[〉>]$/, '');
    if (stem === before) break;
  }
  return stem;
}

export function titleType(inner: string): DocumentType {
  const stem = titleStem(inner);
  const zh = matchEndingAt(ZH_TITLE_ENDINGS, stem, stem.length);
  if (zh) return zh.value;
  const en = matchEndingAt(EN_TITLE_HEADS, stem, stem.length);
  return en ? en.value : 'other';
}

export function detectChineseTitles(text: string): TitleCandidate[] {
  if (!text.includes('《')) return [];
  const pairs: { start: number; end: number }[] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) open.length = 0;
    else if (c === 0x300a) {
      open.push(i);
      // A mark more than MAX_TITLE_LENGTH marks back can only close too far away: forget it (bounded stack).
      if (open.length > 2 * (MAX_TITLE_LENGTH + 1)) open.splice(0, open.length - (MAX_TITLE_LENGTH + 1));
    } else if (c === 0x300b) {
      const start = open.pop();
      const length = i - (start ?? i) - 1;
      if (start !== undefined && length >= 1 && length <= MAX_TITLE_LENGTH) pairs.push({ start, end: i + 1 });
    }
  }
  // Pairs come out innermost first; keep the outermost of each nest.
  pairs.sort((a, b) => a.start - b.start || b.end - a.end);
  const found: TitleCandidate[] = [];
  let lastEnd = -1;
  for (const p of pairs) {
    if (p.start < lastEnd) continue;
    found.push({ start: p.start, end: p.end, type: titleType(text.slice(p.start + 1, p.end - 1)) });
    lastEnd = p.end;
  }
  return found;
}
