import type { IDBPObjectStore } from 'idb';
import type { ClipperDatabase, ClipperDB, ClipperStoreName } from './db-schema';
import type { ArticleFacts } from './search-index';
import type { LiveSearchIndex } from './search-live';
import { adoptKnownSpellings, normaliseTags, tagKey } from './tags';

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
type ArticlesStore<T extends TxStores, Mode extends IDBTransactionMode> = IDBPObjectStore<ClipperDB, T, 'articles', Mode>;
type ClipsStore<T extends TxStores, Mode extends IDBTransactionMode> = IDBPObjectStore<ClipperDB, T, 'clips', Mode>;

/** Title and source of each article, read in the caller's transaction (for search documents). */
export async function readArticleFacts<T extends TxStores, Mode extends IDBTransactionMode>(
  articles: ArticlesStore<T, Mode>,
  ids: Iterable<string>,
): Promise<Map<string, ArticleFacts>> {
  const unique = [...new Set(ids)];
  const records = await Promise.all(unique.map((id) => articles.get(id)));
  const facts = new Map<string, ArticleFacts>();
  for (const a of records) if (a) facts.set(a.id, { title: a.title, source: a.source });
  return facts;
}

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

/** `tagKey` → the spelling new tags should adopt. */
export function preferredSpellings(spellings: ReadonlyMap<string, readonly string[]>): Map<string, string> {
  const preferred = new Map<string, string>();
  for (const [key, list] of spellings) if (list[0] !== undefined) preferred.set(key, list[0]);
  return preferred;
}

function hasCase(tag: string): boolean {
  return tag.toLocaleLowerCase('und') !== tag.toLocaleUpperCase('und');
}

/**
 * `tags` normalised and written the way the library already writes them (see `adoptKnownSpellings`).
 * Walking every distinct tag is only needed for a tag not stored as typed that has letter case: most
 * calls (no tags, tags already in use, Chinese tags) cost one `count` per tag.
 */
export async function withKnownSpellings<T extends TxStores, Mode extends IDBTransactionMode>(
  clips: ClipsStore<T, Mode>,
  raw: readonly string[],
): Promise<string[]> {
  const tags = normaliseTags(raw);
  const index = clips.index('tags');
  const stored = await Promise.all(tags.map((tag) => index.count(tag)));
  const unsure = tags.some((tag, i) => stored[i] === 0 && hasCase(tag));
  if (!unsure) return tags;
  return adoptKnownSpellings(tags, preferredSpellings(await readTagSpellings(clips)));
}
