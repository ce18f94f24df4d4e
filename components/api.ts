/**
 * The UI's side of the page channel: typed calls to the background whose replies are checked against
 * their schemas. The transport is injected (the real one is `browser.runtime.sendMessage`; tests pass
 * a fake), so components never touch `browser.*`.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { pageChannel } from '@/utils/messages/page-channel';
import { createClient, type Client, type Transport } from '@/utils/messages/protocol';

export type Api = Client<typeof pageChannel.spec>;

export function createApi(send: Transport): Api {
  return createClient(pageChannel, send);
}

export const ApiContext = createContext<Api | null>(null);

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() outside <ApiContext.Provider>');
  return api;
}
