/**
 * One finding per distinct item: a document cited three times, a measure repeated in a summary, a
 * figure stated twice in the same words. The first occurrence stands for the item; `count` and
 * `occurrences` record the others. Which occurrences are the same item:
 * - documents: the same title (width, case, spaces and `《》` aside);
 * - measures: the same words (a trailing `等` aside);
 * - figures: the same words in the same clause (`21.5%` stating two different things stays two); a
 *   figure that is not suggested (a date, a table cell) is not merged: it is listed where it occurs.
 * An item is suggested when any occurrence is, unless one occurrence shows what it is not (a title once
 * called `话剧《…》` is a play wherever it appears).
 */
import type { Finding, TextSpan } from './types';

/** Full-width ASCII (`ＡＢＣ１２３`) folded to ASCII: what NFKC would do here, without its cost. */
function halfWidth(s: string): string {
  return /[\uff01-\uff5e]/.test(s)
    ? s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    : s;
}

function normalise(s: string): string {
  return halfWidth(s)
    .replace(/[\s《》〈〉<>「」“”"']/g, '')
    .toLowerCase();
}

export function itemKey(f: Finding): string {
  // Figures are many: their clause is compared as written (the article text's spaces are collapsed).
  if (f.kind === 'figure') return `figure\u0000${f.text}\u0000${f.context}`;
  // A measure repeated is the same words of the same text: no folding, a trailing `等` aside.
  if (f.kind === 'measure')
    return `measure\u0000${f.text.endsWith('等') ? f.text.replace(/等+$/, '') : f.text}`;
  // `Education Act 1989 No 80` and `Education Act 1989`, `…Order 2007 (SR 2007/185)`: one law.
  return `document\u0000${normalise(f.text.replace(/\s(?:No\.?\s?\d+|\([^)]*\))$/, ''))}`;
}

/** `《关于…的通知》（以下简称《通知》）`: the short name that follows a title stands for it. */
const ALIAS =
  /^\s?[（(](?:以下简称|以下簡稱|下称|下稱|简称|簡稱|hereinafter(?: referred to as)?)\s?[“"《]?([^）)”"》]{1,30})/;

/** Findings sorted by start → one per item, in order of first occurrence (counted in place). */
export function mergeDuplicates(text: string, findings: Finding[]): Finding[] {
  const out: Finding[] = [];
  const byKey = new Map<string, Finding>();
  // Figures are many: found by words, then by the length of their clause, and only then compared by
  // clause (hashing every clause would cost more than the rest of the merge).
  const byWords = new Map<string, Map<number, Finding[]>>();
  const aliases = new Map<string, string>();
  const occurrences = new Map<Finding, TextSpan[]>();
  // Most figures' words occur once: those need no key at all.
  const figureWords = new Map<string, number>();
  for (const f of findings)
    if (f.kind === 'figure' && f.suggested) figureWords.set(f.text, (figureWords.get(f.text) ?? 0) + 1);
  for (const f of findings) {
    let seen: Finding | undefined;
    if (f.kind === 'figure') {
      // A figure nobody is offered (a date, a cell) is listed where it occurs: each is the period or the
      // detail of its own sentence.
      if (!f.suggested || figureWords.get(f.text) === 1) {
        out.push(f);
        continue;
      }
      let byLength = byWords.get(f.text);
      if (byLength === undefined) byWords.set(f.text, (byLength = new Map()));
      let sameLength = byLength.get(f.context.length);
      if (sameLength === undefined) byLength.set(f.context.length, (sameLength = []));
      seen = sameLength.find((g) => g.context === f.context);
      if (seen === undefined) sameLength.push(f);
    } else {
      const own = itemKey(f);
      const key = aliases.get(own) ?? own;
      if (f.kind === 'document' && !aliases.has(own)) {
        const alias = ALIAS.exec(text.slice(f.end, f.end + 40))?.[1];
        if (alias !== undefined) aliases.set(`document\u0000${normalise(alias)}`, key);
      }
      seen = byKey.get(key);
      if (seen === undefined) byKey.set(key, f);
    }
    if (seen === undefined) {
      out.push(f);
      continue;
    }
    let spans = occurrences.get(seen);
    if (spans === undefined) occurrences.set(seen, (spans = [{ start: seen.start, end: seen.end }]));
    spans.push({ start: f.start, end: f.end });
    seen.count++;
    if (f.reason === 'work' || f.reason === 'source') {
      seen.suggested = false;
      seen.reason = f.reason;
    } else if (f.suggested && !seen.suggested && seen.reason !== 'work' && seen.reason !== 'source') {
      seen.suggested = true;
      seen.reason = undefined;
    }
  }
  for (const [first, spans] of occurrences) first.occurrences = spans;
  return out;
}
