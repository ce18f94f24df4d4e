import type { ErrorCode, MessageError } from '@/utils/messages/responses';
import { StoreError } from '@/utils/store';
import type { StoreErrorCode } from '@/utils/store/types';

const STORE_CODES: Record<StoreErrorCode, ErrorCode> = {
  quota: 'quota',
  'not-found': 'not-found',
  invalid: 'invalid',
  conflict: 'conflict',
  unknown: 'internal',
};

/** Store errors keep their code (the UI words them) and English message; anything else is a bug, reported without internals. */
export function toMessageError(e: unknown): MessageError {
  if (e instanceof StoreError) {
    const error: MessageError = { code: STORE_CODES[e.code], message: e.message };
    if (e.detail) error.detail = e.detail;
    return error;
  }
  console.error('[policy-clipper] unexpected error', e);
  return {
    code: 'internal',
    message: 'Something went wrong in Policy Clipper; nothing was changed. Please try again.',
  };
}
