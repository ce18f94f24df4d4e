/**
 * The change feed in Preact: surfaces subscribe to what other surfaces (and the page) change, so the
 * popup, library tabs and in-page menus always show the stored state.
 */
import { createContext } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';
import type { ChangeFeed, StoreChangeMessage } from '@/utils/messages/change-feed';

export const ChangeFeedContext = createContext<ChangeFeed | null>(null);

/**
 * Calls `onChange` for every store change, `onReconnect` when the feed came back after a gap (and, with
 * `catchUp`, once it is first listened to: for what the surface read before it subscribed).
 */
export function useStoreChanges(
  onChange: (change: StoreChangeMessage) => void,
  onReconnect: () => void,
  options?: { catchUp?: boolean },
): void {
  const feed = useContext(ChangeFeedContext);
  // The latest callbacks, without re-subscribing on every render.
  const latest = useRef({ onChange, onReconnect });
  latest.current = { onChange, onReconnect };
  useEffect(() => {
    if (!feed) return;
    return feed.subscribe(
      (c) => latest.current.onChange(c),
      () => latest.current.onReconnect(),
      { catchUp: options?.catchUp === true },
    );
  }, [feed]);
}
