/**
 * The rules of tag entry, kept apart from the component so they can be tested without a DOM: how typed
 * text becomes tags, when two tags are the same, and which existing tags to suggest.
 */

/** The store's own limit on one tag (see `Tag` in `utils/messages/requests.ts`). */
export const MAX_TAG_LENGTH = 100;
/** The store's limit on tags per clip. */
export const MAX_TAGS = 50;
/** How many suggestions the listbox shows: enough to choose from, few enough to scan. */
export const MAX_SUGGESTIONS = 8;

export interface TagSuggestion {
  tag: string;
  count: number;
}

// Chinese keyboards type the full-width comma (and the enumeration comma) in place of `,`.
const SEPARATORS = /[,，、]/u;

/** The form used to compare tags: the store compares them case-insensitively. */
export function tagKey(tag: string): string {
  return tag.normalize('NFKC').trim().toLocaleLowerCase();
}

function cleanTag(raw: string): string {
  return Array.from(raw.trim()).slice(0, MAX_TAG_LENGTH).join('').trim();
}

/** Typed text → tags: split on commas (ASCII and Chinese), trimmed, empty pieces dropped. */
export function splitTags(text: string): string[] {
  return text
    .split(SEPARATORS)
    .map(cleanTag)
    .filter((tag) => tag !== '');
}

/**
 * While typing: the tags completed by a separator, and the unfinished remainder to keep in the input
 * (`科技, 金融，绿` → tags `科技`, `金融`; remainder `绿`).
 */
export function takeCompleteTags(text: string): { complete: string[]; rest: string } {
  const parts = text.split(SEPARATORS);
  const rest = parts.pop() ?? '';
  return { complete: parts.map(cleanTag).filter((tag) => tag !== ''), rest };
}

/** `current` plus each of `incoming` not already there (ignoring case), in order, up to `MAX_TAGS`. */
export function addTags(current: readonly string[], incoming: readonly string[]): string[] {
  const seen = new Set(current.map(tagKey));
  const next = [...current];
  for (const tag of incoming) {
    const key = tagKey(tag);
    if (key === '' || seen.has(key) || next.length >= MAX_TAGS) continue;
    seen.add(key);
    next.push(tag.trim());
  }
  return next;
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
