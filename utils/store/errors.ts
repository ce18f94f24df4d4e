import type { StoreErrorCode } from './types';

/** A sub-kind of a code that the UI words differently (it words errors from code and detail). */
export type StoreErrorDetail = 'newer-library';

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

  constructor(
    code: StoreErrorCode,
    message: string,
    options: { path?: string; cause?: unknown; detail?: StoreErrorDetail } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.path = options.path ?? null;
    this.detail = options.detail ?? null;
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
