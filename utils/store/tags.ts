/** Tag text rules: one spelling per tag, case kept as the user first typed it. */

export const MAX_TAG_LENGTH = 64;
export const MAX_TAGS_PER_CLIP = 50;

/** Trimmed, inner whitespace (including the ideographic space) collapsed to one space, NFC; '' if blank. */
export function normaliseTag(tag: string): string {
  return tag.normalize('NFC').replace(/\s+/gu, ' ').trim().slice(0, MAX_TAG_LENGTH).trim();
}

/** The identity of a tag for comparisons: `Tariffs` and `tariffs` are one tag. */
export function tagKey(tag: string): string {
  return normaliseTag(tag).toLowerCase();
}

/** Normalised, no empty tags, no duplicates (the first spelling wins), order kept. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = normaliseTag(raw);
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** True when `tags` contains `tag`, ignoring case. */
export function hasTag(tags: readonly string[], tag: string): boolean {
  const key = tagKey(tag);
  return tags.some((t) => tagKey(t) === key);
}

/** `tags` without any of `remove` (ignoring case). */
export function withoutTags(tags: readonly string[], remove: readonly string[]): string[] {
  const keys = new Set(remove.map(tagKey));
  return tags.filter((t) => !keys.has(tagKey(t)));
}

export function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}
