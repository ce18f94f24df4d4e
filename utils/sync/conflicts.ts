/**
 * The replica's documents as the engine reads them: one revision each. A document in conflict has its
 * other leaves folded into the winner with the one conflict rule (`mergeBodies`) and pruned, in revision
 * order, so every replica that resolves the same conflict writes the same content on the same parent
 * (the same revision id: no new conflict).
 */
import { parseBody, sameBody, type Body } from './docs';
import { mergeBodies } from './merge';
import { commonAncestor, historyOf, isMissing, type RawDoc, type ReplicaDb } from './replica-db';

/** The body at one revision of a document; null when the replica never held it (or it is not ours). */
export async function bodyAt(replica: ReplicaDb, id: string, rev: string): Promise<Body | null> {
  try {
    return parseBody(await replica.get(id, { rev }));
  } catch (e) {
    if (isMissing(e)) return null;
    throw e;
  }
}

/** Folds a conflicted document's other leaves into the winner (deterministic) and prunes them. */
export async function resolveConflicts(replica: ReplicaDb, doc: RawDoc): Promise<RawDoc> {
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
    merged = mergeBodies(ancestor ? await bodyAt(replica, id, ancestor) : null, merged, body);
  }
  const writes = merged && !sameBody(merged, winner) ? [{ ...merged, _id: id, _rev: winner._rev }] : [];
  await replica.bulkDocs([...writes, ...prune]);
  return replica.get(id, { conflicts: true });
}

/** The documents the replica holds of `ids` (absent ones left out), conflicts resolved. */
export async function currentDocs(replica: ReplicaDb, ids: string[]): Promise<Map<string, RawDoc>> {
  const rows = (await replica.allDocs({ keys: ids, include_docs: true, conflicts: true })).rows;
  const out = new Map<string, RawDoc>();
  for (const row of rows) {
    let doc = row.doc;
    if (!doc) continue;
    if (doc._conflicts?.length) doc = await resolveConflicts(replica, doc);
    out.set(row.key, doc);
  }
  return out;
}
