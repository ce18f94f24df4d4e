// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChangeFeedContext } from '@/components/change-feed';
import { TeamStatusBar } from '@/components/team/TeamStatus';
import enMessages from '@/public/_locales/en/messages.json';
import zhMessages from '@/public/_locales/zh_CN/messages.json';
import { portChangeFeed, type PortLike } from '@/utils/messages/change-feed';
import { SYNC_OFF, type SyncStatus } from '@/utils/sync/team-space';
import { byTestId, click, fakeApi, mount, settle, type Locale, type Mounted } from './harness';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const joined = (over: Partial<SyncStatus> = {}): SyncStatus => ({
  ...SYNC_OFF,
  state: 'synced',
  space: { server: 'https://couch.example.org', db: 'desk', username: 'alice' },
  lastSyncedAt: Date.UTC(2026, 0, 2, 3, 4),
  ...over,
});

/** A change-feed port the test pushes messages through, as the background does. */
function fakePort() {
  const listeners: Array<(m: unknown) => void> = [];
  const port: PortLike & { deliver(m: unknown): void } = {
    onMessage: { addListener: (l) => void listeners.push(l) },
    onDisconnect: { addListener: () => undefined },
    disconnect: () => undefined,
    deliver: (m) => void act(() => listeners.forEach((l) => l(m))),
  };
  return port;
}

async function bar(first: SyncStatus, locale: Locale = 'en') {
  const port = fakePort();
  const feed = portChangeFeed(() => port);
  const fake = fakeApi({ 'team/status': () => first });
  const openSettings = vi.fn();
  mounted = mount(
    <ChangeFeedContext.Provider value={feed}>
      <TeamStatusBar openSettings={openSettings} />
    </ChangeFeedContext.Provider>,
    { api: fake.api, locale },
  );
  await settle();
  return { port, openSettings, root: mounted.container, fake };
}

describe('TeamStatusBar (popup and side panel)', () => {
  it('shows nothing without a team space', async () => {
    const { root } = await bar(SYNC_OFF);
    expect(root.querySelector('[data-testid="team-status"]')).toBeNull();
  });

  it('shows the state, last sync and pending changes, and links to the team settings', async () => {
    const { root, openSettings } = await bar(joined({ pending: 3 }));
    expect(byTestId(root, 'team-status').dataset['state']).toBe('synced');
    expect(byTestId(root, 'team-status').textContent).toContain(enMessages.libTeamStateSynced.message);
    expect(byTestId(root, 'team-status').textContent).toContain('Last synced');
    expect(byTestId(root, 'team-pending').textContent).toBe('3 changes waiting to be sent');
    click(byTestId(root, 'team-settings'));
    expect(openSettings).toHaveBeenCalledTimes(1);
  });

  it('follows the status live, pushed over the change feed: progress, then an error in words', async () => {
    const { root, port, fake } = await bar(joined());
    port.deliver({
      type: 'team/status',
      status: joined({ state: 'syncing', progress: { done: 500, total: 10_000 } }),
    });
    expect(byTestId(root, 'team-status').dataset['state']).toBe('syncing');
    expect(byTestId<HTMLProgressElement>(root, 'team-progress').querySelector('progress')!.value).toBe(500);
    expect(byTestId(root, 'team-progress').textContent).toContain('Syncing 500 of 10,000');
    port.deliver({ type: 'team/status', status: joined({ state: 'error', error: 'sync-session-expired' }) });
    expect(byTestId(root, 'team-error').textContent).toBe(enMessages.errSyncSessionExpired.message);
    // A malformed message is ignored, and no polling: one read, the rest pushed.
    port.deliver({ type: 'team/status', status: { state: 'nonsense' } });
    expect(byTestId(root, 'team-status').dataset['state']).toBe('error');
    expect(fake.callsOf('team/status')).toHaveLength(1);
  });

  it('says it in Chinese', async () => {
    const { root } = await bar(joined({ state: 'error', error: 'sync-forbidden', pending: 2 }), 'zh_CN');
    expect(byTestId(root, 'team-status').textContent).toContain(zhMessages.libTeamStateError.message);
    expect(byTestId(root, 'team-error').textContent).toBe(zhMessages.errSyncForbidden.message);
    expect(byTestId(root, 'team-pending').textContent).toBe('2 项更改等待发送');
    expect(byTestId(root, 'team-settings').textContent).toBe(zhMessages.teamSettingsLink.message);
  });

  it('does not repeat "not reachable" when offline says the changes are kept', async () => {
    const { root } = await bar(joined({ state: 'offline', error: 'sync-unreachable', pending: 1 }));
    expect(byTestId(root, 'team-status').textContent).toContain(enMessages.libTeamStateOffline.message);
    expect(root.querySelector('[data-testid="team-error"]')).toBeNull();
  });
});
