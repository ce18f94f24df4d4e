/**
 * One step of the mapping between the idb store and the team replica for a set of records (docs/sync.md):
 * per record it compares the local copy, the replica's document and the base (the replica revision and
 * local version they were last in step at). Only the side that moved is copied; when both moved, the one
 * conflict rule merges them. Which records to compare, and when, is the engine's (engine.ts).
 */
import type { ClipStore } from '../store/store';
import type { ClipRecord } from '../store/types';
import type { HighlightColour } from '../vocabulary';
import { tagKey } from '../tags';
import { bodyAt, currentDocs, resolveConflicts } from './conflicts';
import {
  articleBody,
  bodyOfKind,
  clipBody,
  clipOfBody,
  contentBody,
  docId,
  isTombstone,
  kindOfDocId,
  parseBody,
  sameBody,
  tombstone,
  type ArticleBody,
  type ClipBody,
  type ContentBody,
  type TagColourBody,
} from './docs';
import { mergeArticle, mergeClip, mergeNewer } from './merge';
import { withRev, writeDocs, type RawDoc, type ReplicaDb } from './replica-db';
import type { Base, SyncMeta } from './sync-meta';

export type SyncStore = Pick<
  ClipStore,
  'getClips' | 'getArticles' | 'getContents' | 'applySynced' | 'listClipIds' | 'listArticles'
>;

/** Tag colours live in the extension's settings; the engine reads and sets them through this. */
export interface TagColourPort {
  get(): Promise<Record<string, HighlightColour>>;
  set(colours: Record<string, HighlightColour>): Promise<void>;
}

/** Documents compared, and applied to the store, in one transaction. */
export const PAGE_SIZE = 500;

export interface ReconcilerOptions {
  store: SyncStore;
  replica: ReplicaDb;
  meta: SyncMeta;
  /** The member's user name: the author of what this replica writes. */
  author: string;
  colours?: TagColourPort;
  now: () => number;
}

export interface Reconciler {
  /** Compares the records behind these replica document ids (any kind), a page at a time. */
  reconcileIds(ids: Iterable<string>): Promise<void>;
  /** Compares the tag colours in settings with the replica's. */
  reconcileColours(): Promise<void>;
  /** A clip was deleted here at `at` (its tombstone, written later, carries that time). */
  noteDeleted(id: string, at: number): void;
  /**
   * Whether the store reported this article write because the reconciler made it: copying it back into
   * the replica would only compare it with itself. Each write is answered once.
   */
  isOwnArticleWrite(article: { id: string; updatedAt: number }): boolean;
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export function createReconciler(options: ReconcilerOptions): Reconciler {
  const { store, replica, meta, author, colours, now } = options;
  /** Articles this reconciler wrote into the store (id → updatedAt), until the store reports them. */
  const ownArticles = new Map<string, number>();
  /** When clips were deleted here, as the store reported it (until their tombstone is written). */
  const deletedAt = new Map<string, number>();

  async function reconcileClips(ids: string[]): Promise<void> {
    const map = await meta.bases();
    const keys = ids.map(docId.clip);
    const docs = await currentDocs(replica, keys);
    const locals = new Map((await store.getClips(ids)).map((c) => [c.id, c]));
    const writes: Array<Record<string, unknown>> = [];
    const local: Array<{ id: string; body: ClipBody; expected: number; parent: string | null }> = [];
    const inStep: Array<[string, Base]> = [];
    for (const id of ids) {
      const key = docId.clip(id);
      const doc = docs.get(key) ?? null;
      const { body: remote, foreign } = bodyOfKind(doc, 'clip');
      if (foreign) continue; // not a record we can read: left alone
      const mine = locals.get(id) ?? null;
      const version = mine?.version ?? 0;
      const base = map.get(key);
      const localMoved = base ? base.version !== version : version > 0;
      const remoteMoved = doc !== null && (!base || base.rev !== doc._rev);
      if (!localMoved && !remoteMoved) continue;
      const localBody = localBodyOf(mine, remote, localMoved);
      if (localMoved && !remoteMoved) {
        if (!localBody) continue;
        writes.push({ ...localBody, _id: key, ...withRev(doc?._rev) });
        local.push({ id, body: localBody, expected: version, parent: null });
      } else if (!localMoved && remote) {
        local.push({ id, body: remote, expected: version, parent: doc!._rev });
      } else if (remote && localBody) {
        const baseBody = base ? await bodyAt(replica, key, base.rev) : null;
        const merged = mergeClip(baseBody?.record === 'clip' ? baseBody : null, remote, localBody);
        if (!sameBody(merged, remote)) writes.push({ ...merged, _id: key, _rev: doc!._rev });
        local.push({
          id,
          body: merged,
          expected: version,
          parent: sameBody(merged, remote) ? doc!._rev : null,
        });
      } else if (remote) inStep.push([key, { rev: doc!._rev, version }]);
    }
    const revs = await writeDocs(replica, writes);
    const clips: Array<{ clip: Omit<ClipRecord, 'version'>; expected: number }> = [];
    const deletions: Array<{ id: string; expected: number }> = [];
    const pending: Array<{ id: string; rev: string; body: ClipBody; expected: number }> = [];
    for (const entry of local) {
      const rev = entry.parent ?? revs.get(docId.clip(entry.id));
      if (!rev) continue; // the replica moved meanwhile: the next round merges again
      const mine = locals.get(entry.id);
      pending.push({ id: entry.id, rev, body: entry.body, expected: entry.expected });
      if (isTombstone(entry.body)) {
        if (mine) deletions.push({ id: entry.id, expected: entry.expected });
      } else if (!mine || mine.author !== entry.body.author || !sameBody(clipBody(mine, ''), entry.body)) {
        clips.push({ clip: clipOfBody(entry.body), expected: entry.expected });
      }
    }
    const applied = await store.applySynced({ clips, deletions });
    const skipped = new Set(applied.skipped);
    for (const p of pending) {
      if (skipped.has(p.id)) continue;
      inStep.push([docId.clip(p.id), { rev: p.rev, version: applied.versions.get(p.id) ?? p.expected }]);
      deletedAt.delete(p.id);
    }
    await meta.saveBases(inStep);
  }

  /** The local copy as a document: authored by this member when it moved here, a tombstone when deleted. */
  function localBodyOf(mine: ClipRecord | null, remote: ClipBody | null, moved: boolean): ClipBody | null {
    if (mine) return clipBody(moved ? { ...mine, author } : mine, author);
    if (!remote) return null;
    return isTombstone(remote) ? remote : tombstone(remote, deletedAt.get(remote.id) ?? now(), author);
  }

  async function reconcileArticles(ids: string[]): Promise<void> {
    const docs = await currentDocs(
      replica,
      ids.flatMap((id) => [docId.article(id), docId.content(id)]),
    );
    const locals = await store.getArticles(ids);
    const contents = await store.getContents([...locals.keys()]);
    const writes: Array<Record<string, unknown>> = [];
    const batch = { articles: [] as ArticleBody['article'][], contents: [] as ContentBody['content'][] };
    for (const id of ids) {
      const doc = docs.get(docId.article(id));
      const { body: remote, foreign } = bodyOfKind(doc, 'article');
      const mine = locals.get(id);
      if (foreign) continue;
      if (!mine && !remote) continue;
      const own = mine ? articleBody(mine, author) : null;
      const merged = remote && own ? mergeArticle(remote, own) : (remote ?? own!);
      if (!remote || !sameBody(merged.article, remote.article))
        writes.push({ ...merged, _id: docId.article(id), ...withRev(doc?._rev) });
      if (!mine || !sameBody(merged.article, mine)) batch.articles.push(merged.article);
      const cdoc = docs.get(docId.content(id));
      const { body: rc, foreign: foreignContent } = bodyOfKind(cdoc, 'content');
      if (foreignContent) continue;
      const content = mine ? (contents.get(id) ?? null) : null;
      const lc = content && mine ? contentBody(content, mine.updatedAt, author) : null;
      const mc = rc && lc ? mergeNewer(rc, lc) : (rc ?? lc);
      if (!mc) continue;
      if (!rc || !sameBody(mc.content, rc.content))
        writes.push({ ...mc, _id: docId.content(id), ...withRev(cdoc?._rev) });
      if (!content || !sameBody(mc.content, content)) batch.contents.push(mc.content);
    }
    await writeDocs(replica, writes);
    if (batch.articles.length || batch.contents.length) {
      await store.applySynced(batch);
      for (const a of batch.articles) ownArticles.set(a.id, a.updatedAt);
    }
  }

  async function reconcileColours(): Promise<void> {
    const port = colours;
    if (!port) return;
    const map = await meta.bases();
    const rows = (
      await replica.allDocs({ startkey: 'tagcolour:', endkey: 'tagcolour:\uffff', include_docs: true })
    ).rows;
    const remote = new Map<string, { doc: RawDoc; body: TagColourBody }>();
    for (const row of rows) {
      let doc = row.doc;
      if (!doc) continue;
      if (doc._conflicts?.length) doc = await resolveConflicts(replica, doc);
      const body = parseBody(doc);
      if (body?.record === 'tagcolour') remote.set(tagKey(body.tag), { doc, body });
    }
    const mine = await port.get();
    const byKey = new Map(Object.entries(mine).map(([tag, colour]) => [tagKey(tag), { tag, colour }]));
    const writes: Array<Record<string, unknown>> = [];
    const adopt: Record<string, HighlightColour> = {};
    const inStep: Array<[string, Base]> = [];
    for (const key of new Set([...byKey.keys(), ...remote.keys()])) {
      const id = `tagcolour:${key}`;
      const base = map.get(id);
      const here = byKey.get(key);
      const there = remote.get(key);
      const localMoved = here !== undefined && here.colour !== base?.colour;
      const remoteMoved = there !== undefined && there.doc._rev !== base?.rev;
      if (localMoved && !(remoteMoved && there.body.colour === here.colour)) {
        const body: TagColourBody = {
          record: 'tagcolour',
          tag: here.tag,
          colour: here.colour,
          at: now(),
          author,
        };
        writes.push({ ...body, _id: id, ...withRev(there?.doc._rev) });
      } else if (remoteMoved) {
        adopt[there.body.tag] = there.body.colour;
        inStep.push([id, { rev: there.doc._rev, version: 0, colour: there.body.colour }]);
      }
    }
    const revs = await writeDocs(replica, writes);
    for (const [id, rev] of revs)
      inStep.push([id, { rev, version: 0, colour: byKey.get(id.slice(10))?.colour }]);
    if (Object.keys(adopt).length) await port.set(adopt);
    await meta.saveBases(inStep);
  }

  async function reconcileIds(ids: Iterable<string>): Promise<void> {
    const clips = new Set<string>();
    const articles = new Set<string>();
    let colours = false;
    for (const id of ids) {
      const kind = kindOfDocId(id);
      const rest = id.slice(id.indexOf(':') + 1);
      if (kind === 'clip') clips.add(rest);
      else if (kind === 'article' || kind === 'content') articles.add(rest);
      else if (kind === 'tagcolour') colours = true;
    }
    // Articles first: a clip arriving on its own still finds its article.
    for (const part of chunks([...articles], PAGE_SIZE)) await reconcileArticles(part);
    for (const part of chunks([...clips], PAGE_SIZE)) await reconcileClips(part);
    if (colours) await reconcileColours();
  }

  return {
    reconcileIds,
    reconcileColours,
    noteDeleted: (id, at) => {
      deletedAt.set(id, at);
    },
    isOwnArticleWrite: (article) => {
      const own = ownArticles.get(article.id) === article.updatedAt;
      ownArticles.delete(article.id);
      return own;
    },
  };
}
