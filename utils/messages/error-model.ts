/**
 * Any failure as a `MessageError`: what the background answers with, and what every surface words in
 * the user's language (`errorText` in `user-text.ts`). One mapping for the store's errors, the
 * channels' errors and everything else (a bug, reported without internals).
 */
import { StoreError } from '../store/errors';
import type { StoreErrorCode } from '../store/types';
import { ChannelError, type ErrorCode, type MessageError, type WireError } from './errors';

const STORE_CODES: Record<StoreErrorCode, ErrorCode> = {
  quota: 'quota',
  'not-found': 'not-found',
  invalid: 'invalid',
  conflict: 'conflict',
  unknown: 'internal',
};

export const INTERNAL_ERROR: MessageError = {
  code: 'internal',
  message: 'Something went wrong in Policy Clipper; nothing was changed. Please try again.',
};

export function toMessageError(e: unknown): WireError {
  if (e instanceof ChannelError) return e.error;
  if (e instanceof StoreError) {
    const error: MessageError = { code: STORE_CODES[e.code], message: e.message };
    if (e.detail) error.detail = e.detail;
    if (e.subs.length > 0) error.subs = e.subs;
    return error;
  }
  return INTERNAL_ERROR;
}
