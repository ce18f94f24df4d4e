/**
 * The rules of tags, in one place for every entry point: the popup and library editors, the in-page
 * menu, the wire schemas, the store and backup validation. How typed text becomes tags, when two tags
 * are the same, and how long and how many they may be.
 */
import * as v from 'valibot';

/** Limits, counted in code points (a tag is never cut inside a character). */
export const TAG_LIMITS = { codePoints: 100, perClip: 50 } as const;

/**
 * Everything a Chinese or an English user types between two tags: ASCII and full-width commas and
 * semicolons, the enumeration comma, and line breaks (pasting a list).
 */
const SEPARATORS = /[,，、;；\r\n]/u;

/** Display form: NFC, inner whitespace (the ideographic space too) collapsed to one space, trimmed. */
export function normaliseTag(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

const codePoints = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/** `normaliseTag`, then shortened to the limit at a character boundary (what an editor keeps of a paste). */
export function clampTag(raw: string): string {
  const tag = normaliseTag(raw);
  return codePoints(tag) <= TAG_LIMITS.codePoints
    ? tag
    : Array.from(tag).slice(0, TAG_LIMITS.codePoints).join('').trim();
}

/**
 * The identity of a tag: `Tariffs`, `tariffs` and full-width `ｔａｒｉｆｆｓ` are one tag. Locale-free
 * lower case, so two machines in different languages agree.
 */
export function tagKey(tag: string): string {
  return normaliseTag(tag).normalize('NFKC').toLowerCase();
}

/** Normalised, no empty tags, no duplicates (the first spelling wins), order kept. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = normaliseTag(raw);
    const key = tagKey(tag);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** Typed or pasted text → tags: split on every separator, normalised, clamped, duplicates dropped. */
export function splitTags(text: string): string[] {
  return normaliseTags(text.split(SEPARATORS).map(clampTag));
}

/**
 * While typing: the tags completed by a separator, and the unfinished remainder to keep in the input
 * (`科技, 金融；绿` → tags `科技`, `金融`; remainder `绿`).
 */
export function takeCompleteTags(text: string): { complete: string[]; rest: string } {
  const parts = text.split(SEPARATORS);
  const rest = parts.pop() ?? '';
  return { complete: normaliseTags(parts.map(clampTag)), rest };
}

/** `current` plus each of `incoming` not already there (by `tagKey`), in order, up to the limit per clip. */
export function addTags(current: readonly string[], incoming: readonly string[]): string[] {
  const seen = new Set(current.map(tagKey));
  const next = [...current];
  for (const raw of incoming) {
    const tag = clampTag(raw);
    const key = tagKey(tag);
    if (key === '' || seen.has(key) || next.length >= TAG_LIMITS.perClip) continue;
    seen.add(key);
    next.push(tag);
  }
  return next;
}

/** True when `tags` contains `tag` (by `tagKey`). */
export function hasTag(tags: readonly string[], tag: string): boolean {
  const key = tagKey(tag);
  return tags.some((t) => tagKey(t) === key);
}

/** `tags` without any of `remove` (by `tagKey`). */
export function withoutTags(tags: readonly string[], remove: readonly string[]): string[] {
  const keys = new Set(remove.map(tagKey));
  return tags.filter((t) => !keys.has(tagKey(t)));
}

export function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

const NormalisedTag = v.pipe(
  v.string('must be text'),
  v.transform((tag: string): string => normaliseTag(tag)),
  v.check(
    (tag) => codePoints(tag) <= TAG_LIMITS.codePoints,
    `must be at most ${TAG_LIMITS.codePoints} characters`,
  ),
);

/** One tag as it crosses a boundary (message, store, backup): normalised, not empty, within the limit. */
export const TagSchema = v.pipe(NormalisedTag, v.minLength(1, 'must not be empty'));

/**
 * A clip's tags: each normalised and within the limit, at most the limit per clip; blank entries
 * dropped and duplicates (by key) merged, as `normaliseTags` does.
 */
export const TagListSchema = v.pipe(
  v.array(NormalisedTag, 'must be a list of tags'),
  v.maxLength(TAG_LIMITS.perClip, `must hold at most ${TAG_LIMITS.perClip} tags`),
  v.transform((tags: string[]): string[] => normaliseTags(tags)),
);
