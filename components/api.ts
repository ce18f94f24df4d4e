/**
 * The UI's side of the protocol: typed calls to the background. The transport is injected (the real
 * one is `browser.runtime.sendMessage`; tests pass a fake), so components never touch `browser.*`.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { RequestOf, RequestType } from '../utils/messages/requests';
import type { ErrorCode, Response, ResultOf } from '../utils/messages/responses';

export type Transport = (message: unknown) => Promise<unknown>;

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface Api {
  call<T extends RequestType>(request: RequestOf<T>): Promise<ResultOf<T>>;
}

export function createApi(send: Transport): Api {
  return {
    async call(request) {
      const response = (await send(request)) as Response<never> | undefined;
      if (!response || typeof response !== 'object' || !('ok' in response)) {
        throw new ApiError('internal', 'Policy Clipper did not answer. Reload the extension and try again.');
      }
      if (!response.ok) throw new ApiError(response.error.code, response.error.message);
      return response.result;
    },
  };
}

export const ApiContext = createContext<Api | null>(null);

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() outside <ApiContext.Provider>');
  return api;
}
