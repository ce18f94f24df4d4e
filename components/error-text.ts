/**
 * The one way the UI words a failure: a channel error (the background's refusal, or no answer), a
 * store error, or anything else, in the user's language from its code and detail.
 */
import { useCallback } from 'preact/hooks';
import { toMessageError } from '@/utils/messages/error-model';
import { errorText } from '@/utils/messages/user-text';
import { localize, useI18n, type Translator } from './i18n';

export function errorMessage(e: unknown, i18n: Translator): string {
  const error = toMessageError(e);
  const text = errorText(error);
  return text ? localize(i18n, text) : error.message;
}

/** `errorMessage` bound to the UI's translator. */
export function useErrorMessage(): (e: unknown) => string {
  const i18n = useI18n();
  return useCallback((e: unknown) => errorMessage(e, i18n), [i18n]);
}
