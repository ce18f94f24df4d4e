import type { IDBPIndex, IDBPObjectStore } from 'idb';
import type { ClipperDatabase, ClipperDB, ClipperStoreName } from './db-schema';
import type { LiveSearchIndex } from './search-live';
import { normaliseTags, tagKey } from './tags';

/** What every operation needs: the open database, the clock, id source, and the live search index. */
export interface StoreContext {
  readonly db: ClipperDatabase;
  /** The environment's IDBKeyRange (resolved once at open). */
  readonly keyRange: typeof IDBKeyRange;
  readonly now: () => number;
  readonly newId: () => string;
  readonly search: LiveSearchIndex;
}

type TxStores = ArrayLike<ClipperStoreName>;
type ClipsStore<T extends TxStores, Mode extends IDBTransactionMode> = IDBPObjectStore<
  ClipperDB,
  T,
  'clips',
  Mode
>;

/**
 * Every tag spelling stored, by `tagKey` (the first spelling in index order when an import brought in
 * several). Walks only the distinct keys of the tags index: one step per tag, not per clip.
 */
export async function readTagSpellings<T extends TxStores, Mode extends IDBTransactionMode>(
  clips: ClipsStore<T, Mode>,
): Promise<Map<string, string[]>> {
  const spellings = new Map<string, string[]>();
  const index = clips.index('tags');
  for (let c = await index.openKeyCursor(null, 'nextunique'); c; c = await c.continue()) {
    const key = tagKey(c.key);
    const list = spellings.get(key);
    if (list) list.push(c.key);
    else spellings.set(key, [c.key]);
  }
  return spellings;
}

function hasCase(tag: string): boolean {
  return tag.toLowerCase() !== tag.toUpperCase();
}

type TagsIndex<T extends TxStores, Mode extends IDBTransactionMode> = IDBPIndex<
  ClipperDB,
  T,
  'clips',
  'tags',
  Mode
>;

/**
 * The stored spellings of one tag (`Trade`, `trade`…), walking only the distinct keys between its
 * all-upper-case and all-lower-case forms: those bound every case variant in the index's order.
 */
export async function spellingsOf<T extends TxStores, Mode extends IDBTransactionMode>(
  index: TagsIndex<T, Mode>,
  keyRange: typeof IDBKeyRange,
  tag: string,
): Promise<string[]> {
  const key = tagKey(tag);
  if (!key) return [];
  if (!hasCase(key)) return (await index.getKey(key)) !== undefined ? [key] : [];
  const upper = key.toUpperCase();
  const range = keyRange.bound(upper < key ? upper : key, upper < key ? key : upper);
  const found: string[] = [];
  for (let c = await index.openKeyCursor(range, 'nextunique'); c; c = await c.continue()) {
    if (tagKey(c.key) === key) found.push(c.key);
  }
  return found;
}

/**
 * `tags` normalised and written the way the library already writes them: `Tariffs` typed on a new
 * clip joins an existing `tariffs`. A tag already stored as typed costs one key lookup; only a new
 * spelling walks the keys of its case variants.
 */
export async function withKnownSpellings<T extends TxStores, Mode extends IDBTransactionMode>(
  clips: ClipsStore<T, Mode>,
  keyRange: typeof IDBKeyRange,
  raw: readonly string[],
): Promise<string[]> {
  const tags = normaliseTags(raw);
  const index = clips.index('tags');
  const spelled = await Promise.all(
    tags.map(async (tag) => {
      if ((await index.getKey(tag)) !== undefined || !hasCase(tag)) return tag;
      return (await spellingsOf(index, keyRange, tag))[0] ?? tag;
    }),
  );
  return normaliseTags(spelled);
}
