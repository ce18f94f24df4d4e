/**
 * The team sync's status in words, the same on every surface (library, popup, side panel): the state,
 * when it last synced, what waits to be sent, a first sync's progress, and what went wrong. The popup and
 * panel add a link to the team settings (in the library).
 *
 * Test hooks: `team-status` (attribute `data-state`), `team-pending`, `team-progress`, `team-error`,
 * `team-settings`.
 */
import { syncErrorText } from '@/utils/messages/user-text';
import type { SyncStatus } from '@/utils/sync/team-space';
import { localize, useI18n } from '../i18n';
import { useTeamStatus } from './useTeamStatus';

interface Props {
  status: SyncStatus;
  /** Opens the team settings (absent in the library, where they are beside it). */
  openSettings?: () => void;
}

export function TeamStatus({ status, openSettings }: Props) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const stateWords: Record<SyncStatus['state'], string> = {
    off: '',
    connecting: t('libTeamStateConnecting'),
    syncing: t('libTeamStateSyncing'),
    synced: t('libTeamStateSynced'),
    offline: t('libTeamStateOffline'),
    error: t('libTeamStateError'),
  };
  const number = new Intl.NumberFormat(locale);
  // "Server not reachable" already says the changes are kept: "does not answer" would say it twice.
  const repeats = status.state === 'offline' && status.error === 'sync-unreachable';
  const errorWords = status.error && !repeats ? localize(i18n, syncErrorText(status.error)) : null;
  return (
    <div class="team-status">
      <p data-testid="team-status" data-state={status.state} role="status">
        {openSettings && <strong>{t('libTeamPanel')}: </strong>}
        {stateWords[status.state]}
        {' · '}
        {status.lastSyncedAt === null
          ? t('libTeamNeverSynced')
          : t('libTeamLastSynced', new Date(status.lastSyncedAt).toLocaleString(locale))}
      </p>
      {status.pending > 0 && (
        <p data-testid="team-pending">{t('libTeamPending', number.format(status.pending))}</p>
      )}
      {status.progress && (
        <div data-testid="team-progress">
          <progress value={status.progress.done} max={status.progress.total} />
          <span>
            {t('libTeamProgress', number.format(status.progress.done), number.format(status.progress.total))}
          </span>
        </div>
      )}
      {errorWords && (
        <p class="notice error" role="alert" data-testid="team-error">
          {errorWords}
        </p>
      )}
      {openSettings && (
        <button type="button" class="link" data-testid="team-settings" onClick={openSettings}>
          {t('teamSettingsLink')}
        </button>
      )}
    </div>
  );
}

/** The status where a team space is joined, nothing otherwise (the popup and side panel). */
export function TeamStatusBar({ openSettings }: { openSettings: () => void }) {
  const [status] = useTeamStatus();
  if (!status?.space) return null;
  return <TeamStatus status={status} openSettings={openSettings} />;
}
