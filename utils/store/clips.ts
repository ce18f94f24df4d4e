import { applyClipEdit, ClipEditSchema, isEmptyEdit, type ClipEdit } from '../merge/clip-edit';
import { allFromStored, bumped, clipFromDraft, fromStored, toStored } from './clip-records';
import { type StoreContext, withKnownSpellings } from './context';
import { notFound, StoreError } from './errors';
import { clipDoc } from './search-index';
import { transact } from './transact';
import type { ClipAnchor, ClipDraft, ClipRecord, DeleteResult, TrashRecord } from './types';
import { clipAnchorSchema, clipDraftSchema, parseOrThrow } from './validation';

/**
 * Saves new clips in one transaction: all of them, or (on any failure: a missing article, a full
 * disk, a bad draft) none. Drafts are checked before anything is written.
 */
export async function addClips(
  ctx: StoreContext,
  raw: readonly ClipDraft[],
  /** How a bad draft is named in the error (`drafts[3].quote`; a single clip's fields by name). */
  pathOf: (index: number) => string = (i) => `drafts[${i}]`,
): Promise<ClipRecord[]> {
  const drafts = raw.map((draft, i) => parseOrThrow(clipDraftSchema, draft, pathOf(i)));
  if (drafts.length === 0) return [];
  const now = ctx.now();
  const saved = await transact(ctx.db, ['articles', 'clips'], 'readwrite', async (tx) => {
    const clips = tx.objectStore('clips');
    const articles = tx.objectStore('articles');
    const articleIds = [...new Set(drafts.map((d) => d.articleId))];
    const found = await Promise.all(articleIds.map((id) => articles.getKey(id)));
    if (found.some((key) => key === undefined)) throw notFound('The article of this clip');
    const out: ClipRecord[] = [];
    for (const draft of drafts) {
      const tags = await withKnownSpellings(clips, ctx.keyRange, draft.tags ?? []);
      const clip = clipFromDraft({ ...draft, tags }, ctx.newId(), now);
      await clips.add(toStored(clip));
      out.push(clip);
    }
    return out;
  });
  ctx.search.apply(saved.map((clip) => ({ clip: clipDoc(clip) })));
  ctx.changed({ clips: saved });
  return saved;
}

/**
 * Applies an edit (tags added or removed, a note with the note it was based on, a colour, a choice
 * about a kept note version) to the clip as stored now, in one transaction: the rule is
 * `applyClipEdit` (`utils/merge/clip-edit.ts`), so a stale surface never erases another's work.
 */
export async function editClip(
  ctx: StoreContext,
  id: string,
  rawEdit: ClipEdit,
  author?: string,
): Promise<ClipRecord> {
  const edit = parseOrThrow(ClipEditSchema, rawEdit, 'edit');
  const now = ctx.now();
  const clip = await transact(ctx.db, ['clips'], 'readwrite', async (tx) => {
    const clips = tx.objectStore('clips');
    const existing = fromStored(await clips.get(id));
    if (!existing) throw notFound('This clip');
    if (isEmptyEdit(edit)) return existing;
    const adopted = edit.addTags
      ? { ...edit, addTags: await withKnownSpellings(clips, ctx.keyRange, edit.addTags) }
      : edit;
    const clip: ClipRecord = { ...applyClipEdit(existing, adopted, now, author), ...bumped(existing, now) };
    await clips.put(toStored(clip));
    return clip;
  });
  ctx.search.apply([{ clip: clipDoc(clip) }]);
  ctx.changed({ clips: [clip] });
  return clip;
}

/** Moves a clip to a new passage (the page changed); keeps its tags, note and dates of creation. */
export async function reanchorClip(
  ctx: StoreContext,
  id: string,
  rawAnchor: ClipAnchor,
): Promise<ClipRecord> {
  const anchor = parseOrThrow(clipAnchorSchema, rawAnchor, 'anchor');
  const now = ctx.now();
  const clip = await transact(ctx.db, ['clips'], 'readwrite', async (tx) => {
    const clips = tx.objectStore('clips');
    const existing = fromStored(await clips.get(id));
    if (!existing) throw notFound('This clip');
    const clip: ClipRecord = {
      ...existing,
      quote: anchor.quote,
      selectors: anchor.selectors,
      context: anchor.context ?? existing.context,
      fragment: anchor.fragment ?? '',
      ...bumped(existing, now),
    };
    await clips.put(toStored(clip));
    return clip;
  });
  ctx.search.apply([{ clip: clipDoc(clip) }]);
  ctx.changed({ clips: [clip] });
  return clip;
}

/** The clips with these ids that exist, in the order asked. */
export function getClips(ctx: StoreContext, ids: readonly string[]): Promise<ClipRecord[]> {
  return transact(ctx.db, ['clips'], 'readonly', async (tx) => {
    const store = tx.objectStore('clips');
    const found = await Promise.all(ids.map((id) => store.get(id)));
    return allFromStored(found.filter((c) => c !== undefined));
  });
}

/** Moves clips to the trash, all or none (an unknown id fails the whole call). */
export async function deleteClips(ctx: StoreContext, ids: readonly string[]): Promise<DeleteResult> {
  const unique = [...new Set(ids)];
  const token = ctx.newId();
  const deletedAt = ctx.now();
  await transact(ctx.db, ['clips', 'trash'], 'readwrite', async (tx) => {
    const clips = tx.objectStore('clips');
    const trash = tx.objectStore('trash');
    const found = await Promise.all(unique.map(async (id) => fromStored(await clips.get(id))));
    const missing = unique.find((_, i) => !found[i]);
    if (missing !== undefined) throw notFound(`Clip ${missing}`);
    await Promise.all(
      found.flatMap((clip) => (clip ? [trash.put({ clip, deletedAt, token }), clips.delete(clip.id)] : [])),
    );
  });
  ctx.search.apply(unique.map((id) => ({ removeClip: id })));
  ctx.changed({ removedClipIds: unique, deletedAt });
  return { token, deleted: unique.length };
}

export type RestoreTarget = readonly string[] | { token: string };

/** Undo: puts trashed clips back, by the token `deleteClips` returned or by clip ids. */
/** `onlyArticle`: restore only when every clip is that article's (a page undoing its own delete). */
export async function restoreClips(
  ctx: StoreContext,
  target: RestoreTarget,
  onlyArticle?: string,
): Promise<ClipRecord[]> {
  const now = ctx.now();
  const restored = await transact(ctx.db, ['articles', 'clips', 'trash'], 'readwrite', async (tx) => {
    const trash = tx.objectStore('trash');
    let records: TrashRecord[];
    if ('token' in target) {
      records = await trash.index('token').getAll(target.token);
      if (records.length === 0) throw notFound('Nothing to undo: these clips');
    } else {
      const ids = [...new Set(target)];
      const found = await Promise.all(ids.map((id) => trash.get(id)));
      const missing = ids.find((_, i) => !found[i]);
      if (missing !== undefined) throw notFound(`Deleted clip ${missing}`);
      records = found.filter((r): r is TrashRecord => r !== undefined);
    }
    const restored = records.map((r) => ({ ...r.clip, ...bumped(r.clip, now) }));
    // Same words as an unknown token: a page learns nothing about other pages' deletions.
    if (onlyArticle !== undefined && restored.some((c) => c.articleId !== onlyArticle))
      throw notFound('Nothing to undo: these clips');
    const articles = tx.objectStore('articles');
    const articleIds = [...new Set(restored.map((c) => c.articleId))];
    const known = await Promise.all(articleIds.map((id) => articles.count(id)));
    if (known.some((n) => n === 0)) throw notFound('The article of a deleted clip');
    const clips = tx.objectStore('clips');
    const present = await Promise.all(restored.map((c) => clips.get(c.id)));
    if (present.some((c) => c !== undefined)) {
      throw new StoreError(
        'conflict',
        'A clip with the same id is already in the library; nothing was restored.',
      );
    }
    await Promise.all(restored.flatMap((c) => [clips.add(toStored(c)), trash.delete(c.id)]));
    return restored;
  });
  ctx.search.apply(restored.map((c) => ({ clip: clipDoc(c) })));
  if (restored.length) ctx.changed({ clips: restored });
  return restored;
}

/** Deleted clips, most recently deleted first. */
export function listTrash(ctx: StoreContext): Promise<TrashRecord[]> {
  return transact(ctx.db, ['trash'], 'readonly', async (tx) =>
    (await tx.objectStore('trash').index('deletedAt').getAll()).reverse(),
  );
}

/** Forgets clips deleted before `before` (epoch ms); returns how many. */
export function purgeTrash(ctx: StoreContext, before: number): Promise<number> {
  return transact(ctx.db, ['trash'], 'readwrite', async (tx) => {
    const index = tx.objectStore('trash').index('deletedAt');
    let purged = 0;
    for (let c = await index.openCursor(ctx.keyRange.upperBound(before, true)); c; c = await c.continue()) {
      await c.delete();
      purged++;
    }
    return purged;
  });
}
