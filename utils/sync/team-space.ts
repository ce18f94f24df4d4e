/**
 * A team space as data: what the user enters (server, database, user name, password), the rules it must
 * meet, the sync status the surfaces show, and the words-by-code of every way joining or syncing fails.
 */
import * as v from 'valibot';

/** `storage.local` keys: the credentials (never `storage.sync`, never in a backup) and the status. */
export const TEAM_SPACE_KEY = 'teamSpace';
export const TEAM_STATUS_KEY = 'teamStatus';

/** The library's team settings (the section's id), where every surface's status links. */
export const TEAM_SETTINGS_ANCHOR = 'team';
export const TEAM_SETTINGS_PATH = `/library.html#${TEAM_SETTINGS_ANCHOR}`;

/** CouchDB's rule for database names. */
const DB_NAME = /^[a-z][a-z0-9_$()+/-]*$/u;

export const TeamSpaceSchema = v.strictObject({
  server: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(2_000)),
  db: v.pipe(v.string(), v.trim(), v.regex(DB_NAME), v.maxLength(238)),
  username: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  password: v.pipe(v.string(), v.minLength(1), v.maxLength(1_000)),
});
export type TeamSpace = v.InferOutput<typeof TeamSpaceSchema>;

/** Every way a team space fails, each with its own words in `_locales` (`errSync…`). */
export const SYNC_ERRORS = [
  'sync-bad-url',
  'sync-https-required',
  'sync-unreachable',
  'sync-not-couchdb',
  'sync-unauthorized',
  'sync-session-expired',
  'sync-forbidden',
  'sync-no-database',
  'sync-permission-refused',
  'sync-failed',
] as const;
export type SyncErrorCode = (typeof SYNC_ERRORS)[number];

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The server's origin, when the address is one we may use: HTTPS, or plain HTTP only on this machine
 * (a password sent in the clear to another machine is not an option we offer).
 */
export function serverOrigin(
  raw: string,
): { ok: true; origin: string; base: string } | { ok: false; code: SyncErrorCode } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, code: 'sync-bad-url' };
  }
  if (url.username || url.password || url.search || url.hash) return { ok: false, code: 'sync-bad-url' };
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname))
    return { ok: false, code: 'sync-https-required' };
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, code: 'sync-bad-url' };
  const base = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return { ok: true, origin: url.origin, base };
}

/** The match pattern for the server's origin (asked for with `permissions.request` when joining). */
export const originPattern = (origin: string): string => `${new URL(origin).origin}/*`;

export const SYNC_STATES = ['off', 'connecting', 'syncing', 'synced', 'offline', 'error'] as const;

export const SyncStatusSchema = v.object({
  state: v.picklist(SYNC_STATES),
  /** Which team space (never the password). */
  space: v.nullable(v.object({ server: v.string(), db: v.string(), username: v.string() })),
  lastSyncedAt: v.nullable(v.number()),
  /** Local changes the server has not received yet. */
  pending: v.number(),
  error: v.nullable(v.picklist(SYNC_ERRORS)),
  /** During a large first sync: documents applied so far of those known. */
  progress: v.nullable(v.object({ done: v.number(), total: v.number() })),
  /** Distinct authors in the library (the library shows authors only when there is more than one). */
  authors: v.number(),
});
export type SyncStatus = v.InferOutput<typeof SyncStatusSchema>;

export const SYNC_OFF: SyncStatus = {
  state: 'off',
  space: null,
  lastSyncedAt: null,
  pending: 0,
  error: null,
  progress: null,
  authors: 0,
};

/**
 * What a replication or request failure means for the user. PouchDB reports HTTP failures with
 * `status`; the test server says 401 where CouchDB says 403 for a non-member, so a 401 after the
 * credentials were accepted is "not a member" (`afterLogin`).
 */
export function syncErrorOf(e: unknown, afterLogin: boolean): SyncErrorCode {
  const status = typeof e === 'object' && e !== null ? Reflect.get(e, 'status') : undefined;
  const name = typeof e === 'object' && e !== null ? Reflect.get(e, 'name') : undefined;
  if (status === 401 || name === 'unauthorized')
    return afterLogin ? 'sync-session-expired' : 'sync-unauthorized';
  if (status === 403 || name === 'forbidden') return 'sync-forbidden';
  if (status === 404 || name === 'not_found') return 'sync-no-database';
  if (
    status === undefined ||
    status === 0 ||
    status === 500 ||
    status === 502 ||
    status === 503 ||
    status === 504
  )
    return 'sync-unreachable';
  return 'sync-failed';
}
