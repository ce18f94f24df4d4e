/**
 * The team space (docs/sync.md): join with a server, database, user name and password (host access for
 * that server is asked for right then, on the click); then the status (up to date, syncing, offline with
 * changes kept, an error in words), the last sync, what waits to be sent, a first sync's progress.
 *
 * The status itself is `TeamStatus`, the component the popup and side panel show too.
 *
 * Test hooks: `team-server`, `team-db`, `team-user`, `team-password`, `team-join`, `team-error` (a join
 * refused), `team-sync-now`, `team-leave`; the status's own in `components/team/TeamStatus.tsx`.
 */
import { useEffect, useState } from 'preact/hooks';
import { syncErrorText } from '@/utils/messages/user-text';
import { originPattern, serverOrigin, type SyncStatus } from '@/utils/sync/team-space';
import { useApi } from '../api';
import { useErrorMessage } from '../error-text';
import { localize, useI18n } from '../i18n';
import { TeamStatus } from '../team/TeamStatus';
import { useTeamStatus } from '../team/useTeamStatus';

interface Props {
  /** Asks the browser for access to the server's origin (must run in the click). */
  requestHostAccess(pattern: string): Promise<boolean>;
  /** The status changed (the library shows authors once a team space is in use). */
  onStatus?(status: SyncStatus): void;
}

export function TeamPanel({ requestHostAccess, onStatus }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const api = useApi();
  const message = useErrorMessage();
  const [status, setStatus] = useTeamStatus();
  const [form, setForm] = useState({ server: '', db: '', username: '', password: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (status) onStatus?.(status);
  }, [status, onStatus]);

  // A refused join stays said until the next action (a late status from the space just left must not
  // hide it); a joined space's errors are in its status.
  const show = (s: SyncStatus) => {
    setStatus(s);
    setProblem(!s.space && s.error ? localize(i18n, syncErrorText(s.error)) : null);
  };

  async function join(event: Event): Promise<void> {
    event.preventDefault();
    setProblem(null);
    const server = serverOrigin(form.server);
    if (!server.ok) {
      setProblem(localize(i18n, syncErrorText(server.code)));
      return;
    }
    // Asked first, in the click: browsers grant host access only during a user gesture.
    const granted = await requestHostAccess(originPattern(server.origin)).catch(() => false);
    if (!granted) {
      setProblem(localize(i18n, syncErrorText('sync-permission-refused')));
      return;
    }
    setBusy(true);
    try {
      const s = await api.call({ type: 'team/join', space: form });
      show(s);
      if (!s.error) setForm((f) => ({ ...f, password: '' }));
    } catch (e) {
      setProblem(message(e));
    } finally {
      setBusy(false);
    }
  }

  async function run(type: 'team/leave' | 'team/sync'): Promise<void> {
    setBusy(true);
    try {
      show(await api.call({ type }));
    } catch (e) {
      setProblem(message(e));
    } finally {
      setBusy(false);
    }
  }

  const field = (key: keyof typeof form, label: string, secret = false) => {
    const common = {
      id: `team-${key}`,
      value: form[key],
      'data-testid': `team-${key === 'username' ? 'user' : key}`,
      onInput: (e: { currentTarget: HTMLInputElement }) => setForm({ ...form, [key]: e.currentTarget.value }),
    };
    return (
      <div class="field">
        <label for={`team-${key}`}>{label}</label>
        {secret ? (
          <input type="password" autocomplete="current-password" {...common} />
        ) : (
          <input type="text" autocomplete="off" spellcheck={false} {...common} />
        )}
      </div>
    );
  };

  const joined = status !== null && status.space !== null;
  // A refused join is in the status (no space joined); a joined space shows its errors in the status.
  const refused = !joined && status?.error ? localize(i18n, syncErrorText(status.error)) : null;
  const shownProblem = problem ?? refused;

  return (
    <div class="team-panel">
      {!joined && (
        <form onSubmit={(e) => void join(e)}>
          <p class="muted">{t('libTeamIntro')}</p>
          {field('server', t('libTeamServer'))}
          {field('db', t('libTeamDb'))}
          {field('username', t('libTeamUser'))}
          {field('password', t('libTeamPassword'), true)}
          <button type="submit" data-testid="team-join" disabled={busy}>
            {t('libTeamJoin')}
          </button>
        </form>
      )}
      {joined && status.space && (
        <div>
          <p>{t('libTeamAs', status.space.username, status.space.db, status.space.server)}</p>
          <TeamStatus status={status} />
          <div class="row">
            <button
              type="button"
              data-testid="team-sync-now"
              disabled={busy}
              onClick={() => void run('team/sync')}
            >
              {t('libTeamSyncNow')}
            </button>
            <button
              type="button"
              data-testid="team-leave"
              disabled={busy}
              onClick={() => void run('team/leave')}
            >
              {t('libTeamLeave')}
            </button>
          </div>
        </div>
      )}
      {shownProblem && (
        <p class="notice error" role="alert" data-testid="team-error">
          {shownProblem}
        </p>
      )}
    </div>
  );
}
