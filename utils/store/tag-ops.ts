import { allFromStored, bumped, toStored } from './clip-records';
import { readTagSpellings, spellingsOf, type StoreContext, withKnownSpellings } from './context';
import { invalid, notFound } from './errors';
import { clipDoc } from './search-index';
import type { IndexChange } from './search-live';
import { TAG_LIMITS, TagListSchema, TagSchema, normaliseTags, sameTags, tagKey, withoutTags } from '../tags';
import { type StoreTx, transact } from './transact';
import type { ClipRecord, TagCount } from './types';
import { parseOrThrow } from './validation';

function requireTags(raw: readonly string[], path: string): string[] {
  const tags = parseOrThrow(TagListSchema, raw, path);
  if (tags.length === 0) throw invalid('must name at least one tag', path);
  return tags;
}

type TagTx = StoreTx<('articles' | 'clips')[], 'readwrite'>;

/**
 * Rewrites the tags of `clips` with `edit` in the caller's transaction, writing only clips whose tags
 * change. Returns the changed clips as stored now.
 */
async function rewriteTags(
  tx: TagTx,
  clips: readonly ClipRecord[],
  edit: (tags: string[]) => string[],
  now: number,
): Promise<ClipRecord[]> {
  const changed: Array<{ before: ClipRecord; after: ClipRecord }> = [];
  for (const clip of clips) {
    const tags = normaliseTags(edit(clip.tags));
    if (sameTags(tags, clip.tags)) continue;
    if (tags.length > TAG_LIMITS.perClip)
      throw invalid(`a clip may have at most ${TAG_LIMITS.perClip} tags`, 'tags');
    changed.push({ before: clip, after: { ...clip, tags, ...bumped(clip, now) } });
  }
  const store = tx.objectStore('clips');
  await Promise.all(changed.map(({ after }) => store.put(toStored(after))));
  return changed.map(({ after }) => after);
}

/** After a tag write committed: search and every open surface see the new tags. */
function published(ctx: StoreContext, changed: ClipRecord[]): number {
  ctx.search.apply(changed.map((clip): IndexChange => ({ clip: clipDoc(clip) })));
  if (changed.length) ctx.changed({ clips: changed });
  return changed.length;
}

async function clipsById(tx: TagTx, ids: readonly string[]): Promise<ClipRecord[]> {
  const unique = [...new Set(ids)];
  const store = tx.objectStore('clips');
  const found = await Promise.all(unique.map((id) => store.get(id)));
  const missing = unique.find((_, i) => !found[i]);
  if (missing !== undefined) throw notFound(`Clip ${missing}`);
  return allFromStored(found.filter((c) => c !== undefined));
}

async function editTagsOf(
  ctx: StoreContext,
  ids: readonly string[],
  edit: (tx: TagTx) => Promise<(tags: string[]) => string[]>,
): Promise<number> {
  const now = ctx.now();
  const changes = await transact(ctx.db, ['articles', 'clips'], 'readwrite', async (tx) => {
    const clips = await clipsById(tx, ids);
    return rewriteTags(tx, clips, await edit(tx), now);
  });
  return published(ctx, changes);
}

/** Adds tags to many clips; returns how many clips changed. */
export async function addTags(
  ctx: StoreContext,
  ids: readonly string[],
  raw: readonly string[],
): Promise<number> {
  const tags = requireTags(raw, 'tags');
  return editTagsOf(ctx, ids, async (tx) => {
    const adopted = await withKnownSpellings(tx.objectStore('clips'), ctx.keyRange, tags);
    return (current) => [...current, ...adopted];
  });
}

/** Removes tags (ignoring case) from many clips; returns how many clips changed. */
export async function removeTags(
  ctx: StoreContext,
  ids: readonly string[],
  raw: readonly string[],
): Promise<number> {
  const tags = requireTags(raw, 'tags');
  return editTagsOf(ctx, ids, async () => (current) => withoutTags(current, tags));
}

/**
 * Replaces every tag in `sources` (ignoring case) by `target` on every clip; returns how many clips
 * changed. A target that differs from an existing tag only in case takes that tag's spelling, unless
 * the rename is exactly such a change of case.
 */
export async function mergeTags(
  ctx: StoreContext,
  rawSources: readonly string[],
  rawTarget: string,
): Promise<number> {
  const sources = requireTags(rawSources, 'sources');
  const target = parseOrThrow(TagSchema, rawTarget, 'target');
  const sourceKeys = new Set(sources.map(tagKey));
  const now = ctx.now();
  const changes = await transact(ctx.db, ['articles', 'clips'], 'readwrite', async (tx) => {
    const index = tx.objectStore('clips').index('tags');
    const stored = (await Promise.all(sources.map((s) => spellingsOf(index, ctx.keyRange, s)))).flat();
    if (stored.length === 0) throw notFound(`The tag “${sources.join('”, “')}”`);
    const existing = sourceKeys.has(tagKey(target)) ? [] : await spellingsOf(index, ctx.keyRange, target);
    const spelling = existing[0] ?? target;
    const byId = new Map<string, ClipRecord>();
    const lists = await Promise.all(stored.map((tag) => index.getAll(tag)));
    for (const clip of allFromStored(lists.flat())) byId.set(clip.id, clip);
    const replace = (tags: string[]) => tags.map((t) => (sourceKeys.has(tagKey(t)) ? spelling : t));
    return rewriteTags(tx, [...byId.values()], replace, now);
  });
  return published(ctx, changes);
}

/** Renames a tag across all clips (merging it into `to` if that tag exists); returns clips changed. */
export async function renameTag(ctx: StoreContext, from: string, to: string): Promise<number> {
  return mergeTags(ctx, [from], to);
}

/** Every tag with the number of clips carrying it, most used first. */
export function listTags(ctx: StoreContext): Promise<TagCount[]> {
  return transact(ctx.db, ['clips'], 'readonly', async (tx) => {
    const store = tx.objectStore('clips');
    const spellings = await readTagSpellings(store);
    const index = store.index('tags');
    const groups = [...spellings.values()];
    const counts = await Promise.all(groups.map((list) => Promise.all(list.map((tag) => index.count(tag)))));
    return groups
      .map((list, i) => {
        const perSpelling = counts[i] ?? [];
        const best = perSpelling.indexOf(Math.max(...perSpelling));
        return { tag: list[best] ?? list[0] ?? '', count: perSpelling.reduce((a, b) => a + b, 0) };
      })
      .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  });
}
