import type { IDBPObjectStore } from 'idb';
import { normaliseTags } from '../tags';
import { normaliseUrl } from '../url';
import { DEFAULT_COLOUR, isHighlightColour } from '../vocabulary';
import { withoutAutomaticTags } from './automatic-tags';
import { tagDatesOf } from './clip-records';
import type { ClipperDatabase, UpgradeTransaction } from './db-schema';

/**
 * Schema history. Version N's upgrade is `MIGRATIONS[N - 1]`; a database at version K is brought to the
 * current version by running K+1…N in order inside the one upgrade transaction, so a failure in any
 * step aborts the whole upgrade and leaves the database at K. Never edit a released step: add one.
 */
/** An object store seen without the current schema's types (for indexes the schema no longer has). */
type LooseUpgradeStore = IDBPObjectStore<unknown, ArrayLike<string>, string, 'versionchange'>;

type Migration = (db: ClipperDatabase, tx: UpgradeTransaction) => void | Promise<void>;

/** Version 1: the initial schema. */
export function createInitialSchema(db: ClipperDatabase): void {
  const articles = db.createObjectStore('articles', { keyPath: 'id' });
  articles.createIndex('url', 'url', { unique: true });
  articles.createIndex('source', 'source');
  articles.createIndex('clippedAt', 'clippedAt');

  db.createObjectStore('contents', { keyPath: 'articleId' });

  const clips = db.createObjectStore('clips', { keyPath: 'id' });
  clips.createIndex('articleId', 'articleId');
  clips.createIndex('createdAt', 'createdAt');
  clips.createIndex('tags', 'tags', { multiEntry: true });

  const trash = db.createObjectStore('trash', { keyPath: 'clip.id' });
  trash.createIndex('token', 'token');
  trash.createIndex('deletedAt', 'deletedAt');
}

/**
 * Version 2: filter clips by kind through an index, and find an article filed under its canonical URL
 * from the page URL a revisit arrives with (`pageUrls`, backfilled from `url` and `originalUrl`).
 */
export async function indexKindsAndPageUrls(_db: ClipperDatabase, tx: UpgradeTransaction): Promise<void> {
  // Typed loosely: version 3 replaced this index, so the current schema no longer names it.
  (tx.objectStore('clips') as unknown as LooseUpgradeStore).createIndex('kind', 'kind');
  const articles = tx.objectStore('articles');
  articles.createIndex('pageUrls', 'pageUrls', { multiEntry: true });
  for (let cursor = await articles.openCursor(); cursor; cursor = await cursor.continue()) {
    const article = cursor.value;
    if (Array.isArray(article.pageUrls)) continue;
    const urls = [article.url, normaliseUrl(article.originalUrl)];
    await cursor.update({ ...article, pageUrls: [...new Set(urls)] });
  }
}

/**
 * Version 3: filters that read one page instead of every matching clip: `[kind, createdAt]` (replacing
 * version 2's `kind` index) and, over a new derived field `tagDates` (backfilled on every clip),
 * `[tagKey, createdAt]` per tag.
 */
export async function indexTagsAndKindsByDate(_db: ClipperDatabase, tx: UpgradeTransaction): Promise<void> {
  const clips = tx.objectStore('clips');
  (clips as unknown as LooseUpgradeStore).deleteIndex('kind');
  clips.createIndex('kindDate', ['kind', 'createdAt']);
  clips.createIndex('tagDate', 'tagDates', { multiEntry: true });
  for (let cursor = await clips.openCursor(); cursor; cursor = await cursor.continue()) {
    await cursor.update({ ...cursor.value, tagDates: tagDatesOf(cursor.value) });
  }
}

/**
 * Version 4: one tag rule and one colour vocabulary (`utils/tags.ts`, `utils/vocabulary.ts`). Tag
 * identity became NFKC + lower case (full-width `ＡＩ` is `ai`), so every clip's `tagDates` keys are
 * recomputed and its tags re-normalised (two spellings that are now one tag become one); a colour
 * outside the palette becomes the default one.
 */
export async function unifyTagsAndColours(_db: ClipperDatabase, tx: UpgradeTransaction): Promise<void> {
  const clips = tx.objectStore('clips');
  for (let cursor = await clips.openCursor(); cursor; cursor = await cursor.continue()) {
    const clip = cursor.value;
    const tags = normaliseTags(clip.tags);
    const colour = isHighlightColour(clip.colour) ? clip.colour : DEFAULT_COLOUR;
    await cursor.update({ ...clip, tags, colour, tagDates: tagDatesOf({ tags, createdAt: clip.createdAt }) });
  }
}

/**
 * Version 5: edits are patches applied to the stored clip, compared by version (`version`, bumped by
 * every write) and with note versions that could not be merged kept beside the note (`noteVariants`).
 * Backfilled on clips and on the trash (a restored clip is a clip again).
 */
export async function versionClips(_db: ClipperDatabase, tx: UpgradeTransaction): Promise<void> {
  const clips = tx.objectStore('clips');
  for (let cursor = await clips.openCursor(); cursor; cursor = await cursor.continue()) {
    await cursor.update({
      ...cursor.value,
      version: cursor.value.version ?? 1,
      noteVariants: cursor.value.noteVariants ?? [],
    });
  }
  const trash = tx.objectStore('trash');
  for (let cursor = await trash.openCursor(); cursor; cursor = await cursor.continue()) {
    const { clip } = cursor.value;
    await cursor.update({
      ...cursor.value,
      clip: { ...clip, version: clip.version ?? 1, noteVariants: clip.noteVariants ?? [] },
    });
  }
}

/**
 * Version 6: a clip's kind and category are its fields, not tags. The tags suggestions used to add
 * (`figure`, `figure/money`, `measure/tax-finance`) are removed from clips and the trash, the category
 * kept in `type` when the clip had none; `tagDates` follow. A user's own tags are untouched.
 */
export async function automaticTagsToFields(_db: ClipperDatabase, tx: UpgradeTransaction): Promise<void> {
  const clips = tx.objectStore('clips');
  for (let cursor = await clips.openCursor(); cursor; cursor = await cursor.continue()) {
    const clip = withoutAutomaticTags(cursor.value);
    if (clip === cursor.value) continue;
    await cursor.update({ ...clip, tagDates: tagDatesOf(clip) });
  }
  const trash = tx.objectStore('trash');
  for (let cursor = await trash.openCursor(); cursor; cursor = await cursor.continue()) {
    const clip = withoutAutomaticTags(cursor.value.clip);
    if (clip !== cursor.value.clip) await cursor.update({ ...cursor.value, clip });
  }
}

/** Version 7: find a PDF's article by its fingerprint (the same file opened from another address). */
export function indexFingerprints(_db: ClipperDatabase, tx: UpgradeTransaction): void {
  tx.objectStore('articles').createIndex('fingerprint', 'fingerprint');
}

const MIGRATIONS: readonly Migration[] = [
  createInitialSchema,
  indexKindsAndPageUrls,
  indexTagsAndKindsByDate,
  unifyTagsAndColours,
  versionClips,
  automaticTagsToFields,
  indexFingerprints,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export async function runMigrations(
  db: ClipperDatabase,
  oldVersion: number,
  tx: UpgradeTransaction,
): Promise<void> {
  for (let version = oldVersion + 1; version <= SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version - 1];
    if (!step) throw new Error(`No migration to schema version ${version}`);
    // Only await steps that issue requests: an upgrade transaction must not wait on anything else.
    const pending = step(db, tx);
    if (pending) await pending;
  }
}
