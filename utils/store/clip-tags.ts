import type { IDBPObjectStore } from 'idb';
import type { ClipperDB, ClipperStoreName, TagDateKey } from './db-schema';
import { tagKey } from './tags';
import type { ClipRecord } from './types';

/** The `clipTags` entries of a clip: one per distinct tag (compared ignoring case). */
export function tagDateKeys(clip: ClipRecord): TagDateKey[] {
  const keys = new Set(clip.tags.map(tagKey).filter(Boolean));
  return [...keys].map((key) => [key, clip.createdAt, clip.id]);
}

const keyText = (k: TagDateKey) => JSON.stringify(k);

type ClipTagsStore<T extends ArrayLike<ClipperStoreName>> = IDBPObjectStore<ClipperDB, T, 'clipTags', 'readwrite'>;

/**
 * Brings a clip's `clipTags` entries from what they were (`before`, null for a new clip) to what they
 * must be (`after`, null for a removed clip), in the caller's transaction.
 */
export async function syncClipTags<T extends ArrayLike<ClipperStoreName>>(
  store: ClipTagsStore<T>,
  before: ClipRecord | null,
  after: ClipRecord | null,
): Promise<void> {
  const old = before ? tagDateKeys(before) : [];
  const next = after ? tagDateKeys(after) : [];
  const keep = new Set(next.map(keyText));
  const had = new Set(old.map(keyText));
  await Promise.all([
    ...old.filter((k) => !keep.has(keyText(k))).map((k) => store.delete(k)),
    ...next.filter((k) => !had.has(keyText(k))).map((k) => store.put(k[2], k)),
  ]);
}
