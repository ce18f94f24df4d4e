/**
 * The team space (docs/sync.md): join with a server, database, user name and password (host access for
 * that server is asked for right then, on the click); then the status (up to date, syncing, offline with
 * changes kept, an error in words), the last sync, what waits to be sent, a first sync's progress.
 *
 * Test hooks: `team-server`, `team-db`, `team-user`, `team-password`, `team-join`, `team-status`
 * (attribute `data-state`), `team-error`, `team-pending`, `team-progress`, `team-sync-now`, `team-leave`.
 */
import { useEffect, useState } from 'preact/hooks';
import { syncErrorText } from '@/utils/messages/user-text';
import { originPattern, serverOrigin, type SyncStatus } from '@/utils/sync/team-space';
import { useApi } from '../api';
import { useErrorMessage } from '../error-text';
import { localize, useI18n } from '../i18n';

/** How often the panel re-reads the status while it is open. */
const POLL_MS = 1_500;

interface Props {
  /** Asks the browser for access to the server's origin (must run in the click). */
  requestHostAccess(pattern: string): Promise<boolean>;
  /** The status changed (the library shows authors once a team space is in use). */
  onStatus?(status: SyncStatus): void;
}

export function TeamPanel({ requestHostAccess, onStatus }: Props) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const api = useApi();
  const message = useErrorMessage();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [form, setForm] = useState({ server: '', db: '', username: '', password: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    const read = () =>
      api.call({ type: 'team/status' }).then(
        (s) => {
          if (!current) return;
          setStatus(s);
          onStatus?.(s);
        },
        () => undefined,
      );
    void read();
    const timer = setInterval(() => void read(), POLL_MS);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [api, onStatus]);

  const show = (s: SyncStatus) => {
    setStatus(s);
    onStatus?.(s);
    setProblem(s.error ? localize(i18n, syncErrorText(s.error)) : null);
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
  const stateWords: Record<SyncStatus['state'], string> = {
    off: '',
    connecting: t('libTeamStateConnecting'),
    syncing: t('libTeamStateSyncing'),
    synced: t('libTeamStateSynced'),
    offline: t('libTeamStateOffline'),
    error: t('libTeamStateError'),
  };
  const errorWords = status?.error ? localize(i18n, syncErrorText(status.error)) : null;
  const shownProblem = problem ?? (joined ? errorWords : null);

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
          <p data-testid="team-status" data-state={status.state} role="status">
            {stateWords[status.state]}
            {' · '}
            {status.lastSyncedAt === null
              ? t('libTeamNeverSynced')
              : t('libTeamLastSynced', new Date(status.lastSyncedAt).toLocaleString(locale))}
          </p>
          {status.pending > 0 && <p data-testid="team-pending">{t('libTeamPending', status.pending)}</p>}
          {status.progress && (
            <div data-testid="team-progress">
              <progress value={status.progress.done} max={status.progress.total} />
              <span>{t('libTeamProgress', status.progress.done, status.progress.total)}</span>
            </div>
          )}
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
