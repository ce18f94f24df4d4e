import type { BackgroundDeps } from './deps';
import type { PageHandlersFor } from './router';

type TeamRequest = 'team/status' | 'team/join' | 'team/leave' | 'team/sync';

/** The team space's messages: the status carries the server, database and user name, never the password. */
export function teamHandlers(deps: BackgroundDeps): PageHandlersFor<TeamRequest> {
  return {
    'team/status': () => deps.team.status(),
    'team/join': ({ space }) => deps.team.join(space),
    'team/leave': () => deps.team.leave(),
    'team/sync': () => deps.team.resume(),
  };
}
