/**
 * The UI's side of the protocol: typed calls to the background. The transport is injected (the real
 * one is `browser.runtime.sendMessage`; tests pass a fake), so components never touch `browser.*`.
 */
import { createContext } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import type { RequestOf, RequestType } from '../utils/messages/requests';
import type { ErrorCode, ErrorDetail, Response, ResultOf } from '../utils/messages/responses';
import { errorText } from '../utils/messages/user-text';
import { I18nContext, localize, type Translator } from './i18n';

export type Transport = (message: unknown) => Promise<unknown>;

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail?: ErrorDetail,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface Api {
  call<T extends RequestType>(request: RequestOf<T>): Promise<ResultOf<T>>;
}

const NO_ANSWER = 'Policy Clipper did not answer. Reload the extension and try again.';

export function createApi(send: Transport): Api {
  return {
    async call(request) {
      let response: Response<never> | undefined;
      try {
        response = (await send(request)) as Response<never> | undefined;
      } catch (e) {
        // The browser's own wording ("Receiving end does not exist") means nothing to the user.
        throw Object.assign(new ApiError('internal', NO_ANSWER, 'no-answer'), { cause: e });
      }
      if (!response || typeof response !== 'object' || !('ok' in response)) {
        throw new ApiError('internal', NO_ANSWER, 'no-answer');
      }
      if (!response.ok)
        throw new ApiError(response.error.code, response.error.message, response.error.detail);
      return response.result;
    },
  };
}

/**
 * The error with its message in the UI's language (from code and detail: the background's English is
 * kept only for codes this build does not know), so components can show `message` as it is.
 */
export function localizeError(e: unknown, i18n: Translator): unknown {
  if (!(e instanceof ApiError)) return e;
  const text = errorText(e);
  return text ? Object.assign(new ApiError(e.code, localize(i18n, text), e.detail), { cause: e }) : e;
}

function localizedApi(api: Api, i18n: Translator): Api {
  return {
    call: (request) =>
      api.call(request).catch((e: unknown) => {
        throw localizeError(e, i18n);
      }),
  };
}

export const ApiContext = createContext<Api | null>(null);

/** The API, its errors in the UI's language when a translator is provided. */
export function useApi(): Api {
  const api = useContext(ApiContext);
  const i18n = useContext(I18nContext);
  if (!api) throw new Error('useApi() outside <ApiContext.Provider>');
  return useMemo(() => (i18n ? localizedApi(api, i18n) : api), [api, i18n]);
}
