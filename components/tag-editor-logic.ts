/**
 * Tag entry in the editors, kept apart from the component so it can be tested without a DOM: which
 * existing tags to suggest. How typed text becomes tags is `utils/tags.ts`, shared with every other
 * entry point.
 */
import { tagKey } from '@/utils/tags';

/** How many suggestions the listbox shows: enough to choose from, few enough to scan. */
export const MAX_SUGGESTIONS = 8;

export interface TagSuggestion {
  tag: string;
  count: number;
}

/** `current` without the tag at `index`. */
export function removeTagAt(current: readonly string[], index: number): string[] {
  return current.filter((_, i) => i !== index);
}

/**
 * Existing tags worth suggesting for `query`: not already on the item, matching by prefix first, then
 * anywhere inside (Chinese tags are often searched by their middle: `金融` finds `科技金融`), each group
 * most used first. An empty query suggests the most used tags.
 */
export function matchSuggestions(
  suggestions: readonly TagSuggestion[],
  query: string,
  current: readonly string[],
  limit = MAX_SUGGESTIONS,
): TagSuggestion[] {
  const taken = new Set(current.map(tagKey));
  const q = tagKey(query);
  const available = suggestions.filter((s) => !taken.has(tagKey(s.tag)));
  const byUse = (a: TagSuggestion, b: TagSuggestion): number => b.count - a.count;
  if (q === '') return [...available].sort(byUse).slice(0, limit);
  const prefix: TagSuggestion[] = [];
  const inside: TagSuggestion[] = [];
  for (const s of available) {
    const key = tagKey(s.tag);
    if (key.startsWith(q)) prefix.push(s);
    else if (key.includes(q)) inside.push(s);
  }
  return [...prefix.sort(byUse), ...inside.sort(byUse)].slice(0, limit);
}
