import { INTERNAL_ERROR, toMessageError } from '@/utils/messages/error-model';
import type { WireError } from '@/utils/messages/errors';

/** Store and channel errors keep their code (the UI words them); anything else is a bug, logged here. */
export function backgroundError(e: unknown): WireError {
  const error = toMessageError(e);
  if (error === INTERNAL_ERROR) console.error('[policy-clipper] unexpected error', e);
  return error;
}
