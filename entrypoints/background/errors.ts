import type { MessageError } from '../../utils/messages/responses';
import { StoreError } from '../../utils/store';

/** Store errors carry words for the user; anything else is a bug, reported without internals. */
export function toMessageError(e: unknown): MessageError {
  if (e instanceof StoreError) {
    const code = e.code === 'quota' ? 'quota' : e.code === 'not-found' ? 'not-found' : e.code === 'invalid' ? 'invalid' : 'internal';
    return { code, message: e.message };
  }
  console.error('[policy-clipper] unexpected error', e);
  return { code: 'internal', message: 'Something went wrong in Policy Clipper; nothing was changed. Please try again.' };
}
