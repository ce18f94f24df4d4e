import type { StoreErrorCode } from './types';

/**
 * Why a backup file is refused, each worded on its own by the UI (`errBackup…` in `_locales`), with the
 * values it names (`subs`): the field path first where there is one.
 */
export const BACKUP_PROBLEMS = [
  /** Not JSON at all. */
  'not-json',
  /** Larger than the import reads. subs: [limit in characters] */
  'too-large',
  /** Sent in parts, and not every part arrived (the extension restarted meanwhile). */
  'incomplete',
  /** JSON, but not a Policy Clipper backup. */
  'not-backup',
  /** From a newer Policy Clipper. subs: [the file's format version] */
  'newer-version',
  /** The checksum is missing or does not match: edited or damaged after export. */
  'checksum',
  /** An address field is not an absolute http(s) URL. subs: [path] */
  'bad-url',
  /** A key such as `__proto__` in some object. subs: [path ending in the key] */
  'forbidden-key',
  /** Objects or lists nested deeper than any backup. subs: [path, limit] */
  'too-deep',
  /** More records in a list than the import takes. subs: [list, limit] */
  'too-many',
  /** A text longer than its limit. subs: [path, limit in characters] */
  'too-long',
  /** A list in a record longer than its limit. subs: [path, limit] */
  'too-many-items',
  /** Two records with one id. subs: [path, path of the first] */
  'duplicate',
  /** A clip or a content naming no article in the file or the library. subs: [path] */
  'no-article',
  /** Any other field that is not what the format says. subs: [path] */
  'field',
] as const;
export type BackupProblem = (typeof BACKUP_PROBLEMS)[number];

/** A sub-kind of a code that the UI words differently (it words errors from code and detail). */
export type StoreErrorDetail = 'newer-library' | BackupProblem;

/**
 * The only kind of error the store rejects with. `message` is plain English (the CLI and logs show it;
 * extension pages word the error from `code` and `detail` in the user's language); `path` names the
 * offending field for validation errors (`clips[57].quote`); `cause` keeps the underlying DOMException.
 */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;
  readonly path: string | null;
  readonly detail: StoreErrorDetail | null;
  /** The values the UI's words name (a path, a limit), in order; `[path]` when only a path is given. */
  readonly subs: (string | number)[];

  constructor(
    code: StoreErrorCode,
    message: string,
    options: {
      path?: string;
      cause?: unknown;
      detail?: StoreErrorDetail;
      subs?: (string | number)[];
    } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.path = options.path ?? null;
    this.detail = options.detail ?? null;
    this.subs = options.subs ?? (options.path ? [options.path] : []);
  }
}

export const QUOTA_MESSAGE =
  'Your browser is out of storage space for Policy Clipper; nothing was saved. ' +
  'Free some disk space or export and delete old clips.';

const UNKNOWN_MESSAGE = 'Policy Clipper could not read or write its library; nothing was changed. Try again.';

export function isStoreError(e: unknown): e is StoreError {
  return e instanceof StoreError;
}

export function notFound(what: string): StoreError {
  return new StoreError('not-found', `${what} was not found; nothing was changed.`);
}

export function invalid(message: string, path?: string): StoreError {
  return new StoreError('invalid', path ? `${path}: ${message}` : message, path ? { path } : {});
}

/** A path the file chose (its keys) is shown, and sent, at a readable length. */
const PATH_CHARS = 200;
function shortened(text: string): string {
  return text.length <= PATH_CHARS ? text : `${text.slice(0, PATH_CHARS - 1)}…`;
}

/**
 * A refused backup: `invalid`, with the problem the UI words and the values it names. The English
 * `message` (logs, the CLI) is `path: message` when there is a path.
 */
export function refusedBackup(
  problem: BackupProblem,
  message: string,
  where: { path?: string; values?: (string | number)[] } = {},
): StoreError {
  const path = where.path === undefined ? undefined : shortened(where.path);
  const values = (where.values ?? []).map((x) => (typeof x === 'string' ? shortened(x) : x));
  return new StoreError('invalid', path ? `${path}: ${message}` : message, {
    detail: problem,
    ...(path ? { path } : {}),
    subs: path ? [path, ...values] : values,
  });
}

function errorName(e: unknown): string | null {
  if (typeof e !== 'object' || e === null || !('name' in e)) return null;
  const { name } = e;
  return typeof name === 'string' ? name : null;
}

/**
 * Maps whatever IndexedDB threw (a DOMException on a request, or the error a transaction aborted with)
 * to a StoreError. Quota errors surface under several names across browsers and versions.
 */
export function toStoreError(e: unknown): StoreError {
  if (isStoreError(e)) return e;
  const name = errorName(e);
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
    return new StoreError('quota', QUOTA_MESSAGE, { cause: e });
  }
  if (name === 'ConstraintError') {
    return new StoreError(
      'conflict',
      'This would duplicate a record that already exists; nothing was changed.',
      {
        cause: e,
      },
    );
  }
  if (name === 'VersionError') {
    return new StoreError(
      'conflict',
      'This library was saved by a newer version of Policy Clipper; update the extension to open it.',
      { cause: e, detail: 'newer-library' },
    );
  }
  return new StoreError('unknown', UNKNOWN_MESSAGE, { cause: e });
}
