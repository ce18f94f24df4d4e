/**
 * The team sync's status, live: read once from the background, then pushed over the change feed's port
 * on every change (state, progress, pending changes, errors). When the port drops (the worker stopped)
 * and comes back, it is read again.
 */
import { useContext, useEffect, useState } from 'preact/hooks';
import type { SyncStatus } from '@/utils/sync/team-space';
import { useApi } from '../api';
import { ChangeFeedContext } from '../change-feed';

export function useTeamStatus(): [SyncStatus | null, (status: SyncStatus) => void] {
  const api = useApi();
  const feed = useContext(ChangeFeedContext);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    let current = true;
    const read = (): void =>
      void api.call({ type: 'team/status' }).then(
        (s) => current && setStatus(s),
        () => undefined,
      );
    read();
    const unsubscribe = feed?.subscribe(() => undefined, read, {
      onTeamStatus: (s) => {
        if (current) setStatus(s);
      },
    });
    return () => {
      current = false;
      unsubscribe?.();
    };
  }, [api, feed]);
  return [status, setStatus];
}
