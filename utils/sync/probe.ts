/**
 * Checks a team space before anything is stored or replicated: the server speaks the CouchDB protocol,
 * the user name and password are right, the database exists and the user may read it. Each failure is
 * its own code (`SyncErrorCode`). `fetch` is passed in (the background's, or Node's in tests).
 */
import { serverOrigin, type SyncErrorCode, type TeamSpace } from './team-space';

export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/** HTTP Basic credentials, UTF-8 (a Chinese password is sent as CouchDB reads it). */
export function basicAuth(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}

async function json(res: Response): Promise<unknown> {
  try {
    return (await res.json()) as unknown;
  } catch {
    return null;
  }
}

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;

export type ProbeResult = { ok: true; dbUrl: string } | { ok: false; code: SyncErrorCode };

/** The database's address on the server (null when the server address is not one we may use). */
export function dbUrlOf(space: Pick<TeamSpace, 'server' | 'db'>): string | null {
  const server = serverOrigin(space.server);
  return server.ok ? new URL(encodeURIComponent(space.db), server.base).href : null;
}

export async function probeTeamSpace(space: TeamSpace, fetch: Fetch): Promise<ProbeResult> {
  const server = serverOrigin(space.server);
  if (!server.ok) return server;
  const auth = { authorization: basicAuth(space.username, space.password), accept: 'application/json' };
  const get = async (path: string, withAuth: boolean): Promise<Response | null> => {
    try {
      return await fetch(new URL(path, server.base).href, {
        headers: withAuth ? auth : { accept: 'application/json' },
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      return null;
    }
  };
  const welcome = await get('./', false);
  if (!welcome) return { ok: false, code: 'sync-unreachable' };
  const hello = await json(welcome);
  // CouchDB answers { couchdb: "Welcome" }; PouchDB Server { "express-pouchdb": "Welcome!" }.
  if (!welcome.ok || (field(hello, 'couchdb') === undefined && field(hello, 'express-pouchdb') === undefined))
    return { ok: false, code: 'sync-not-couchdb' };
  const session = await get('_session', true);
  if (!session) return { ok: false, code: 'sync-unreachable' };
  const name = field(field(await json(session), 'userCtx'), 'name');
  if (session.status === 401 || name !== space.username) return { ok: false, code: 'sync-unauthorized' };
  const dbPath = `${encodeURIComponent(space.db)}/`;
  const dbUrl = dbUrlOf(space)!;
  const db = await get(dbPath, true);
  if (!db) return { ok: false, code: 'sync-unreachable' };
  // Credentials were accepted above: a refusal now means "not a member" (some servers say 401).
  if (db.status === 401 || db.status === 403) return { ok: false, code: 'sync-forbidden' };
  if (db.status === 404) return { ok: false, code: 'sync-no-database' };
  if (!db.ok) return { ok: false, code: 'sync-failed' };
  return { ok: true, dbUrl };
}
