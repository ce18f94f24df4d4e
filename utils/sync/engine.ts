/**
 * The mapping between the idb store (what the UI reads) and the team replica (what PouchDB replicates),
 * both ways, one step at a time (docs/sync.md). Every step compares three things per record: the local
 * copy, the replica's document, and the base (the replica revision and local version they were last in
 * step at). Only the side that moved is copied; when both moved, the one conflict rule merges them.
 */
import type { ClipStore } from '../store/store';
import type { ClipRecord, StoreChange } from '../store/types';
import type { HighlightColour } from '../vocabulary';
import { tagKey } from '../tags';
import {
  articleBody,
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
  type Body,
  type ClipBody,
  type ContentBody,
  type TagColourBody,
} from './docs';
import { mergeArticle, mergeClip, mergeNewer } from './merge';
import { commonAncestor, historyOf, isMissing, type RawDoc, type ReplicaDb } from './replica-db';

export type SyncStore = Pick<
  ClipStore,
  'getClips' | 'getArticles' | 'getContents' | 'applySynced' | 'listClipIds' | 'listArticles'
>;

/** Tag colours live in the extension's settings; the engine reads and sets them through this. */
export interface TagColourPort {
  get(): Promise<Record<string, HighlightColour>>;
  set(colours: Record<string, HighlightColour>): Promise<void>;
}

export interface SyncEngineOptions {
  store: SyncStore;
  replica: ReplicaDb;
  /** Local only, never replicated: bases and the changes checkpoint. */
  meta: ReplicaDb;
  /** The member's user name: the author of what this replica writes. */
  author: string;
  colours?: TagColourPort;
  now?: () => number;
}

export interface SyncEngine {
  /** After a committed local write: copy it into the replica (offline too). */
  recordLocal(change: StoreChange): Promise<void>;
  /** Applies what replication brought into the replica since the last call; returns documents seen. */
  applyIncoming(onProgress?: (done: number, total: number) => void): Promise<number>;
  /** Compares every local record with the replica (on joining, and when the worker starts). */
  reconcileAll(): Promise<void>;
  /** Tag colours changed in settings. */
  recordColours(): Promise<void>;
}

interface Base {
  rev: string;
  /** Local version then (0: absent). */
  version: number;
  colour?: string;
}

const BATCH = 500;
const CHECKPOINT = '~checkpoint';

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

function mergeBodies(base: Body | null, winner: Body, other: Body): Body {
  if (winner.record === 'clip' && other.record === 'clip')
    return mergeClip(base?.record === 'clip' ? base : null, winner, other);
  if (winner.record === 'article' && other.record === 'article') return mergeArticle(winner, other);
  if (winner.record === 'content' && other.record === 'content') return mergeNewer(winner, other);
  if (winner.record === 'tagcolour' && other.record === 'tagcolour') return mergeNewer(winner, other);
  return winner;
}

type BodyOf<K extends Body['record']> = Extract<Body, { record: K }>;

/** The document's body when it is a valid record of `kind`; `foreign` when it exists but is not. */
function bodyOfKind<K extends Body['record']>(
  doc: RawDoc | null | undefined,
  kind: K,
): { body: BodyOf<K> | null; foreign: boolean } {
  if (!doc) return { body: null, foreign: false };
  const body = parseBody(doc);
  return body?.record === kind ? { body: body as BodyOf<K>, foreign: false } : { body: null, foreign: true };
}

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { store, replica, meta, author } = options;
  const now = options.now ?? (() => Date.now());
  let bases: Map<string, Base & { _rev?: string }> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  /**
   * Articles this engine itself wrote into the store (id → updatedAt): the store reports that write like
   * any other, and copying it back into the replica would only compare it with itself.
   */
  const applied = new Map<string, number>();
  /** When clips were deleted here, as the store reported it (until their tombstone is written). */
  const deletedAt = new Map<string, number>();
  const serial = <T>(step: () => Promise<T>): Promise<T> => {
    const next = queue.then(step);
    queue = next.catch(() => undefined);
    return next;
  };

  async function loadBases(): Promise<Map<string, Base & { _rev?: string }>> {
    if (bases) return bases;
    const rows = (await meta.allDocs({ include_docs: true })).rows;
    bases = new Map();
    for (const row of rows) {
      const doc = row.doc;
      if (!doc || row.key === CHECKPOINT) continue;
      bases.set(row.key, {
        rev: String(doc['rev']),
        version: Number(doc['version']),
        ...(typeof doc['colour'] === 'string' ? { colour: doc['colour'] } : {}),
        _rev: doc._rev,
      });
    }
    return bases;
  }

  async function saveBases(entries: Array<[string, Base]>): Promise<void> {
    if (entries.length === 0) return;
    const map = await loadBases();
    const docs = entries.map(([id, base]) => ({ _id: id, ...base, ...withRev(map.get(id)?._rev) }));
    const results = await meta.bulkDocs(docs);
    entries.forEach(([id, base], i) => map.set(id, { ...base, _rev: results[i]?.rev ?? map.get(id)?._rev }));
  }

  const withRev = (rev: string | undefined) => (rev ? { _rev: rev } : {});

  async function bodyAt(id: string, rev: string): Promise<Body | null> {
    try {
      return parseBody(await replica.get(id, { rev }));
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
  }

  /** Folds a conflicted document's other leaves into the winner (deterministic) and prunes them. */
  async function resolve(doc: RawDoc): Promise<RawDoc> {
    const id = doc._id;
    const winner = await replica.get(id, { rev: doc._rev, revs: true });
    let merged = parseBody(winner);
    const prune: Array<Record<string, unknown>> = [];
    for (const rev of [...(doc._conflicts ?? [])].sort()) {
      prune.push({ _id: id, _rev: rev, _deleted: true });
      const other = await replica.get(id, { rev, revs: true });
      const body = parseBody(other);
      if (!merged || !body) continue;
      const ancestor = commonAncestor(historyOf(winner), historyOf(other));
      merged = mergeBodies(ancestor ? await bodyAt(id, ancestor) : null, merged, body);
    }
    const writes = merged && !sameBody(merged, winner) ? [{ ...merged, _id: id, _rev: winner._rev }] : [];
    await replica.bulkDocs([...writes, ...prune]);
    return replica.get(id, { conflicts: true });
  }

  async function currentDocs(ids: string[]): Promise<Map<string, RawDoc>> {
    const rows = (await replica.allDocs({ keys: ids, include_docs: true, conflicts: true })).rows;
    const out = new Map<string, RawDoc>();
    for (const row of rows) {
      let doc = row.doc;
      if (!doc) continue;
      if (doc._conflicts?.length) doc = await resolve(doc);
      out.set(row.key, doc);
    }
    return out;
  }

  /** Writes to the replica; a document another write moved meanwhile is left for the next round. */
  async function put(docs: Array<Record<string, unknown>>): Promise<Map<string, string>> {
    const revs = new Map<string, string>();
    if (docs.length === 0) return revs;
    const results = await replica.bulkDocs(docs);
    results.forEach((r, i) => {
      const id = docs[i]?.['_id'];
      if (r.ok && r.rev && typeof id === 'string') revs.set(id, r.rev);
    });
    return revs;
  }

  async function reconcileClips(ids: string[]): Promise<void> {
    const map = await loadBases();
    const keys = ids.map(docId.clip);
    const docs = await currentDocs(keys);
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
        const baseBody = base ? await bodyAt(key, base.rev) : null;
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
    const revs = await put(writes);
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
    await saveBases(inStep);
  }

  /** The local copy as a document: authored by this member when it moved here, a tombstone when deleted. */
  function localBodyOf(mine: ClipRecord | null, remote: ClipBody | null, moved: boolean): ClipBody | null {
    if (mine) return clipBody(moved ? { ...mine, author } : mine, author);
    if (!remote) return null;
    return isTombstone(remote) ? remote : tombstone(remote, deletedAt.get(remote.id) ?? now(), author);
  }

  async function reconcileArticles(ids: string[]): Promise<void> {
    const docs = await currentDocs(ids.flatMap((id) => [docId.article(id), docId.content(id)]));
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
    await put(writes);
    if (batch.articles.length || batch.contents.length) {
      await store.applySynced(batch);
      for (const a of batch.articles) applied.set(a.id, a.updatedAt);
    }
  }

  async function reconcileColours(): Promise<void> {
    const port = options.colours;
    if (!port) return;
    const map = await loadBases();
    const rows = (
      await replica.allDocs({ startkey: 'tagcolour:', endkey: 'tagcolour:\uffff', include_docs: true })
    ).rows;
    const remote = new Map<string, { doc: RawDoc; body: TagColourBody }>();
    for (const row of rows) {
      let doc = row.doc;
      if (!doc) continue;
      if (doc._conflicts?.length) doc = await resolve(doc);
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
    const revs = await put(writes);
    for (const [id, rev] of revs)
      inStep.push([id, { rev, version: 0, colour: byKey.get(id.slice(10))?.colour }]);
    if (Object.keys(adopt).length) await port.set(adopt);
    await saveBases(inStep);
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
    for (const part of chunks([...articles], BATCH)) await reconcileArticles(part);
    for (const part of chunks([...clips], BATCH)) await reconcileClips(part);
    if (colours) await reconcileColours();
  }

  async function checkpoint(): Promise<{ seq: number | string; _rev?: string }> {
    try {
      const doc = await meta.get(CHECKPOINT);
      return { seq: doc['seq'] as number | string, _rev: doc._rev };
    } catch (e) {
      if (isMissing(e)) return { seq: 0 };
      throw e;
    }
  }

  return {
    recordLocal: (change) => {
      for (const id of change.removedClipIds ?? []) deletedAt.set(id, change.deletedAt ?? now());
      return serial(async () => {
        const map = await loadBases();
        // What the engine applied itself is in step already (its base has that version): skipped
        // without reading it back (at 10,000 clips pulled, that was a second pass over all of them).
        const clips = (change.clips ?? []).filter((c) => map.get(docId.clip(c.id))?.version !== c.version);
        const articles = (change.articles ?? []).filter((a) => {
          const own = applied.get(a.id) === a.updatedAt;
          applied.delete(a.id);
          return !own;
        });
        await reconcileIds([
          ...articles.map((a) => docId.article(a.id)),
          ...clips.map((c) => docId.clip(c.id)),
          ...(change.removedClipIds ?? []).map(docId.clip),
        ]);
      });
    },
    recordColours: () => serial(reconcileColours),
    applyIncoming: (onProgress) =>
      serial(async () => {
        let { seq, _rev } = await checkpoint();
        const total = Math.max(0, Number((await replica.info()).update_seq) - Number(seq)) || 0;
        let seen = 0;
        for (;;) {
          // `all_docs`: every leaf, so a conflict that left the winner as it was still shows.
          const page = await replica.changes({ since: seq, limit: BATCH, style: 'all_docs' });
          if (page.results.length === 0) break;
          // A document at the revision its base names is in step (this replica wrote it, or applied
          // it already): nothing to compare.
          const map = await loadBases();
          const moved = page.results.filter((r) => {
            const rev = r.changes?.[0]?.rev;
            return rev === undefined || r.changes.length > 1 || map.get(r.id)?.rev !== rev;
          });
          await reconcileIds(moved.map((r) => r.id));
          seen += page.results.length;
          seq = page.last_seq;
          const saved = await meta.bulkDocs([{ _id: CHECKPOINT, seq, ...withRev(_rev) }]);
          _rev = saved[0]?.rev ?? _rev;
          onProgress?.(seen, Math.max(total, seen));
        }
        return seen;
      }),
    reconcileAll: () =>
      serial(async () => {
        const articleIds = (await store.listArticles()).map((a) => docId.article(a.id));
        const clipIds = (await store.listClipIds()).map(docId.clip);
        const known = (await loadBases()).keys();
        await reconcileIds(new Set([...articleIds, ...clipIds, ...known]));
        await reconcileColours();
      }),
  };
}
