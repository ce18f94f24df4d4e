/** Cited documents: Chinese `《…》` titles and English named laws, plans, reports and media. */
import type { DocumentFinding } from './types';
import { detectEnglishTitles, type TitleCandidate } from './documents-en';
import { detectChineseTitles } from './documents-zh';
import { contextOf, type Segmentation } from './segments';

/** Earliest first; of two overlapping candidates the longer wins (`…Plan and Roadmap` over `…Plan`). */
function withoutOverlaps(candidates: TitleCandidate[]): TitleCandidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TitleCandidate[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (last === undefined || c.start >= last.end) kept.push(c);
    else if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c;
  }
  return kept;
}

export function detectDocuments(text: string, segmentation: Segmentation): DocumentFinding[] {
  const candidates = withoutOverlaps([...detectChineseTitles(text), ...detectEnglishTitles(text)]);
  return candidates.map((c) => ({
    kind: 'document',
    type: c.type,
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    context: contextOf(text, segmentation.clauses, c.start, c.end),
  }));
}
