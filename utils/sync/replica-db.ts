/**
 * The part of a PouchDB database the sync engine uses, typed for what it reads: the extension passes a
 * `pouchdb-browser` database, tests and the bench a `pouchdb` one (memory adapter). Documents are read
 * as plain data and validated (`parseBody`), never trusted by type.
 */
export interface RawDoc {
  _id: string;
  _rev: string;
  _conflicts?: string[];
  _revisions?: { start: number; ids: string[] };
  [field: string]: unknown;
}

export interface WriteResult {
  ok?: boolean;
  id?: string;
  rev?: string;
  error?: boolean | string;
  status?: number;
  name?: string;
}

export interface ChangesPage {
  /** `changes`: the document's leaf revisions (more than one while it is in conflict). */
  results: Array<{ id: string; seq: number | string; deleted?: boolean; changes: Array<{ rev: string }> }>;
  last_seq: number | string;
}

export interface ReplicaDb {
  get(id: string, options?: { rev?: string; revs?: boolean; conflicts?: boolean }): Promise<RawDoc>;
  allDocs(options: {
    keys?: string[];
    include_docs?: boolean;
    conflicts?: boolean;
    startkey?: string;
    endkey?: string;
    limit?: number;
  }): Promise<{ rows: Array<{ id?: string; key: string; doc?: RawDoc | null; error?: string }> }>;
  bulkDocs(docs: Array<Record<string, unknown>>): Promise<WriteResult[]>;
  changes(options: { since: number | string; limit: number; style?: 'all_docs' }): Promise<ChangesPage>;
  info(): Promise<{ update_seq: number | string; doc_count: number }>;
}

/** PouchDB rejects a missing document or revision with status 404. */
export function isMissing(e: unknown): boolean {
  return typeof e === 'object' && e !== null && Reflect.get(e, 'status') === 404;
}

/** The revision ids of a document's history, newest first (`_revisions` from `get(…, { revs: true })`). */
export function historyOf(doc: RawDoc): string[] {
  const r = doc._revisions;
  if (!r) return [doc._rev];
  return r.ids.map((hash, i) => `${r.start - i}-${hash}`);
}

/** The newest revision both histories hold, if any. */
export function commonAncestor(a: readonly string[], b: readonly string[]): string | null {
  const inB = new Set(b);
  return a.find((rev) => inB.has(rev)) ?? null;
}

/** A write's `_rev`: none for a document the replica does not hold yet. */
export const withRev = (rev: string | undefined): { _rev?: string } => (rev ? { _rev: rev } : {});

/**
 * Writes documents; returns the new revision of each one written. A document another write moved
 * meanwhile is refused (a conflict result), not forced: it is left for the next round to compare again.
 */
export async function writeDocs(
  db: ReplicaDb,
  docs: Array<Record<string, unknown>>,
): Promise<Map<string, string>> {
  const revs = new Map<string, string>();
  if (docs.length === 0) return revs;
  const results = await db.bulkDocs(docs);
  results.forEach((r, i) => {
    const id = docs[i]?.['_id'];
    if (r.ok && r.rev && typeof id === 'string') revs.set(id, r.rev);
  });
  return revs;
}
