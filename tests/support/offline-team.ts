import type { TeamPort } from '@/entrypoints/background/deps';
import { SYNC_OFF } from '@/utils/sync/team-space';

/** A background with no team space (handler tests that are not about syncing). */
export function offlineTeam(): TeamPort {
  return {
    status: () => SYNC_OFF,
    join: () => Promise.resolve({ ...SYNC_OFF, state: 'error', error: 'sync-unreachable' }),
    leave: () => Promise.resolve(SYNC_OFF),
    resume: () => Promise.resolve(SYNC_OFF),
  };
}
