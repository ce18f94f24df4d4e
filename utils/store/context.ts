import type { IDBPIndex, IDBPObjectStore } from 'idb';
import type { ClipperDatabase, ClipperDB, ClipperStoreName } from './db-schema';
import type { LiveSearchIndex } from './search-live';
import type { StoreChange } from './types';
import { normaliseTag, normaliseTags, tagKey } from '../tags';

/** What every operation needs: the open database, the clock, id source, and the live search index. */
export interface StoreContext {
  readonly db: ClipperDatabase;
  /** The environment's IDBKeyRange (resolved once at open). */
  readonly keyRange: typeof IDBKeyRange;
  readonly now: () => number;
  readonly newId: () => string;
  readonly search: LiveSearchIndex;
  /** Reports a committed write (`StoreChange`). */
  readonly changed: (change: StoreChange) => void;
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

type TagsIndex<T extends TxStores, Mode extends IDBTransactionMode> = IDBPIndex<
  ClipperDB,
  T,
  'clips',
  'tags',
  Mode
>;

/**
 * The stored spellings of one tag (`Trade`, `trade`, `Ｔｒａｄｅ`…). Case variants lie between the
 * tag's all-upper-case and all-lower-case forms in the index's order, so those few keys are walked
 * first; only when none is there does it walk every distinct tag, for the compatibility forms
 * (full-width letters) that sort elsewhere.
 */
export async function spellingsOf<T extends TxStores, Mode extends IDBTransactionMode>(
  index: TagsIndex<T, Mode>,
  keyRange: typeof IDBKeyRange,
  tag: string,
): Promise<string[]> {
  const key = tagKey(tag);
  if (!key) return [];
  const lower = normaliseTag(tag).toLowerCase();
  const upper = lower.toUpperCase();
  const range = keyRange.bound(upper < lower ? upper : lower, upper < lower ? lower : upper);
  const found: string[] = [];
  for (let c = await index.openKeyCursor(range, 'nextunique'); c; c = await c.continue()) {
    if (tagKey(c.key) === key) found.push(c.key);
  }
  if (found.length > 0) return found;
  for (let c = await index.openKeyCursor(null, 'nextunique'); c; c = await c.continue()) {
    if (tagKey(c.key) === key) found.push(c.key);
  }
  return found;
}

/**
 * `tags` normalised and written the way the library already writes them: `Tariffs` typed on a new
 * clip joins an existing `tariffs`. A tag already stored as typed costs one key lookup; only a new
 * spelling looks for its other spellings (`spellingsOf`).
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
      if ((await index.getKey(tag)) !== undefined) return tag;
      return (await spellingsOf(index, keyRange, tag))[0] ?? tag;
    }),
  );
  return normaliseTags(spelled);
}
