/**
 * Cited documents: Chinese `《…》` titles and English named laws, plans and reports. Newspapers, agencies
 * and journals are the article's sources (`suggested: false`, reason `source`); titles of books, plays
 * and films are works (reason `work`): a title is a work when its clause calls it one (`话剧《…》`), or
 * when it has no document ending and nothing in its clause issues, applies or cites it.
 */
import type { DocumentFinding, UnsuggestedReason } from './types';
import { detectEnglishTitles, type TitleCandidate } from './documents-en';
import { detectChineseTitles } from './documents-zh';
import { DOCUMENT_CUES, WORK_CUES } from './document-types';
import { contextOf } from './contexts';
import { type Segmentation, spanIndexAt } from './segments';

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

/** How far before a title its clause is read for what the title is (`作家周立波笔下的《…》`). */
const CUE_WINDOW = 12;

function reasonFor(text: string, segmentation: Segmentation, c: TitleCandidate): UnsuggestedReason | null {
  if (c.type === 'media') return 'source';
  if (text[c.start] !== '《') return null;
  const clause = segmentation.clauses[spanIndexAt(segmentation.clauses, c.start)];
  const from = Math.max(clause?.start ?? 0, c.start - CUE_WINDOW);
  const before = text.slice(from, c.start);
  if (WORK_CUES.test(before)) return 'work';
  if (c.type !== 'other') return null;
  const to = Math.min(clause?.end ?? c.end, c.end + CUE_WINDOW);
  return DOCUMENT_CUES.test(before) || DOCUMENT_CUES.test(text.slice(c.end, to)) ? null : 'work';
}

export function detectDocuments(text: string, segmentation: Segmentation): DocumentFinding[] {
  const candidates = withoutOverlaps([...detectChineseTitles(text), ...detectEnglishTitles(text)]);
  return candidates.map((c) => {
    const finding: DocumentFinding = {
      kind: 'document',
      type: c.type,
      text: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      context: contextOf(text, segmentation.clauses, c.start, c.end),
      suggested: true,
      // Every document has the same fields, set or not: one object shape keeps the code reading them fast.
      reason: undefined,
      count: 1,
      occurrences: undefined,
    };
    const reason = reasonFor(text, segmentation, c);
    if (reason !== null) {
      finding.suggested = false;
      finding.reason = reason;
    }
    return finding;
  });
}
