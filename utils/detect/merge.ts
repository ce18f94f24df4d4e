/**
 * One finding per distinct item: a document cited three times, a measure repeated in a summary, a
 * figure stated twice in the same words. The first occurrence stands for the item; `count` and
 * `occurrences` record the others. Which occurrences are the same item:
 * - documents: the same title (width, case, spaces and `《》` aside);
 * - measures: the same words (a trailing `等` aside);
 * - figures: the same words in the same clause (`21.5%` stating two different things stays two).
 * An item is suggested when any occurrence is, unless one occurrence shows what it is not (a title once
 * called `话剧《…》` is a play wherever it appears).
 */
import type { Finding, TextSpan } from './types';

function normalise(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s《》〈〉<>「」“”"']/g, '')
    .toLowerCase();
}

export function itemKey(f: Finding): string {
  // Figures are many: their clause is compared as written (spaces aside), without the costlier folding.
  if (f.kind === 'figure') return `figure\u0000${f.text}\u0000${f.context.replace(/\s+/g, '')}`;
  if (f.kind === 'measure') return `measure\u0000${normalise(f.text).replace(/等+$/, '')}`;
  // `Education Act 1989 No 80` and `Education Act 1989`, `…Order 2007 (SR 2007/185)`: one law.
  return `document\u0000${normalise(f.text.replace(/\s(?:No\.?\s?\d+|\([^)]*\))$/, ''))}`;
}

/** `《关于…的通知》（以下简称《通知》）`: the short name that follows a title stands for it. */
const ALIAS =
  /^\s?[（(](?:以下简称|以下簡稱|下称|下稱|简称|簡稱|hereinafter(?: referred to as)?)\s?[“"《]?([^）)”"》]{1,30})/;

/** Findings sorted by start → one per item, in order of first occurrence. */
export function mergeDuplicates(text: string, findings: readonly Finding[]): Finding[] {
  const first = new Map<string, Finding>();
  const spans = new Map<string, TextSpan[]>();
  const aliases = new Map<string, string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const own = itemKey(f);
    const key = aliases.get(own) ?? own;
    if (f.kind === 'document' && !aliases.has(own)) {
      const alias = ALIAS.exec(text.slice(f.end, f.end + 40))?.[1];
      if (alias !== undefined) aliases.set(`document\u0000${normalise(alias)}`, key);
    }
    const seen = first.get(key);
    if (seen === undefined) {
      const copy = { ...f, count: 1 };
      first.set(key, copy);
      spans.set(key, [{ start: f.start, end: f.end }]);
      out.push(copy);
      continue;
    }
    seen.count++;
    spans.get(key)?.push({ start: f.start, end: f.end });
    if (f.reason === 'work' || f.reason === 'source') {
      seen.suggested = false;
      seen.reason = f.reason;
    } else if (f.suggested && !seen.suggested && seen.reason !== 'work' && seen.reason !== 'source') {
      seen.suggested = true;
      delete seen.reason;
    }
  }
  for (const f of out)
    if (f.count > 1) f.occurrences = spans.get(aliases.get(itemKey(f)) ?? itemKey(f)) ?? [];
  return out;
}
