/**
 * The team space in the background (docs/sync.md): credentials in `storage.local` only, a PouchDB
 * replica beside the idb store (the `utils/sync` engine maps between them), live two-way replication
 * with back-off while the worker lives, a one-shot sync on an alarm otherwise, and the status every
 * surface shows. Nothing here waits for the network on behalf of the UI: the store is written first,
 * the replica after, the server whenever it answers.
 */
import PouchDB from 'pouchdb-browser';
import type { ClipStore, StoreChange } from '@/utils/store';
import { createSyncEngine, type SyncEngine } from '@/utils/sync/engine';
import { dbUrlOf, probeTeamSpace, type Fetch } from '@/utils/sync/probe';
import { createPullProgress, type PullProgress } from '@/utils/sync/progress';
import { REPLICATION_BATCHES } from '@/utils/sync/replication';
import {
  SYNC_OFF,
  syncErrorOf,
  TEAM_SPACE_KEY,
  TEAM_STATUS_KEY,
  TeamSpaceSchema,
  type SyncErrorCode,
  type SyncStatus,
  type TeamSpace,
} from '@/utils/sync/team-space';
import * as v from 'valibot';
import type { SettingsPort } from './deps';

const REPLICA = 'policy-clipper-team';
const META = 'policy-clipper-team-meta';
/** Longest wait between two attempts while the server is down. */
const MAX_BACK_OFF_MS = 5 * 60_000;
/** A first sync this large shows progress. */
const PROGRESS_FROM = 200;

export interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface TeamSyncDeps {
  store: () => Promise<ClipStore>;
  settings: SettingsPort;
  local: LocalArea;
  fetch: Fetch;
  now: () => number;
  /** Every status change, as it happens (the background tells the open surfaces). */
  onStatus?: (status: SyncStatus) => void;
}

export interface TeamSync {
  status(): SyncStatus;
  /** Checks the space, stores it, and starts syncing; the status says what failed, in a code. */
  join(space: TeamSpace): Promise<SyncStatus>;
  /** Forgets the credentials and the replica (the local library stays). */
  leave(): Promise<SyncStatus>;
  /** On worker start and on the alarm: resume the stored space, sync once. */
  resume(): Promise<SyncStatus>;
  /** After every committed store write. */
  recordLocal(change: StoreChange): void;
  recordColours(): void;
}

interface Running {
  space: TeamSpace;
  engine: SyncEngine;
  replica: PouchDB.Database;
  meta: PouchDB.Database;
  remote: PouchDB.Database;
  live: PouchDB.Emitter<unknown> | null;
  /** The replica's update sequence when the server last had everything. */
  pushedSeq: number | string;
  /** A large pull's bar, from its first batch to the end. */
  progress: PullProgress;
}

export function createTeamSync(deps: TeamSyncDeps): TeamSync {
  let status: SyncStatus = SYNC_OFF;
  let running: Running | null = null;
  let starting: Promise<SyncStatus> | null = null;

  const publish = (patch: Partial<SyncStatus>): SyncStatus => {
    status = { ...status, ...patch };
    deps.onStatus?.(status);
    void deps.local.set({ [TEAM_STATUS_KEY]: status }).catch(() => undefined);
    return status;
  };
  const fail = (error: SyncErrorCode, state: SyncStatus['state'] = 'error') => publish({ state, error });

  async function refreshPending(r: Running): Promise<void> {
    const page = await r.replica.changes({ since: r.pushedSeq, limit: 100_000 });
    publish({ pending: page.results.length });
  }

  async function pullIn(r: Running): Promise<void> {
    const applied = await r.engine.applyIncoming((done, total) =>
      publish({ progress: r.progress.step(done, total) }),
    );
    r.progress.applied(applied);
    // Still shown while the server has more to send; gone once everything is in.
    publish({ progress: r.progress.step(0, 0) });
  }

  async function markSynced(r: Running): Promise<void> {
    await pullIn(r);
    if (running !== r) return; // left or restarted meanwhile: this replication's news is stale
    r.progress.reset();
    publish({ progress: null });
    // PouchDB also pauses (without an error) while waiting to retry: "synced" only if the server answers.
    const seq = (await r.replica.info()).update_seq;
    try {
      await r.remote.info();
    } catch (e) {
      fail(syncErrorOf(e, true), 'offline');
      await refreshPending(r);
      return;
    }
    if (running !== r) return;
    r.pushedSeq = seq;
    publish({ state: 'synced', lastSyncedAt: deps.now(), error: null });
    await refreshPending(r);
  }

  function startLive(r: Running): void {
    const live = r.replica.sync(r.remote, {
      live: true,
      retry: true,
      ...REPLICATION_BATCHES,
      back_off_function: (delay) => (delay === 0 ? 1_000 : Math.min(delay * 2, MAX_BACK_OFF_MS)),
    });
    r.live = live;
    // Its failures arrive as events below; the promise itself must not be an unhandled rejection.
    live.catch(() => undefined);
    // A cancelled replication (the space left, or restarted) may still report: only the current one counts.
    const current = (): boolean => running === r && r.live === live;
    void live
      .on('active', () => current() && publish({ state: 'syncing' }))
      .on('change', (info) => {
        if (info.direction !== 'pull' || !current()) return;
        r.progress.arrived(info.change.pending);
        void pullIn(r).catch(() => undefined);
      })
      .on('paused', (error) => {
        if (!current()) return;
        if (error) fail(syncErrorOf(error, true), 'offline');
        else void markSynced(r).catch(() => undefined);
      })
      .on('denied', () => current() && fail('sync-forbidden'))
      .on('error', (error) => current() && fail(syncErrorOf(error, true)));
  }

  async function open(space: TeamSpace, dbUrl: string): Promise<SyncStatus> {
    const replica = new PouchDB(REPLICA);
    const meta = new PouchDB(META);
    const remote = new PouchDB(dbUrl, {
      skip_setup: true,
      auth: { username: space.username, password: space.password },
    });
    const store = await deps.store();
    const engine = createSyncEngine({
      store,
      replica,
      meta,
      author: space.username,
      now: deps.now,
      colours: {
        get: async () => (await deps.settings.get()).tagColours,
        set: async (colours) => {
          await deps.settings.update((s) => ({ ...s, tagColours: { ...s.tagColours, ...colours } }));
        },
      },
    });
    const r: Running = {
      space,
      engine,
      replica,
      meta,
      remote,
      live: null,
      pushedSeq: 0,
      progress: createPullProgress(PROGRESS_FROM),
    };
    running = r;
    publish({
      state: 'syncing',
      space: { server: space.server, db: space.db, username: space.username },
      error: null,
    });
    // Everything already in the library goes into the replica (the outbox) before replication starts.
    await engine.reconcileAll();
    await refreshPending(r);
    startLive(r);
    return status;
  }

  async function stop(): Promise<void> {
    const r = running;
    running = null;
    if (!r) return;
    r.live?.cancel();
    await Promise.allSettled([r.replica.close(), r.meta.close(), r.remote.close()]);
  }

  async function storedSpace(): Promise<TeamSpace | null> {
    const raw = (await deps.local.get(TEAM_SPACE_KEY))[TEAM_SPACE_KEY];
    const parsed = v.safeParse(TeamSpaceSchema, raw);
    return parsed.success ? parsed.output : null;
  }

  return {
    status: () => status,
    async join(space) {
      await stop();
      publish({ ...SYNC_OFF, state: 'connecting' });
      const probe = await probeTeamSpace(space, deps.fetch);
      if (!probe.ok) return publish({ ...SYNC_OFF, state: 'error', error: probe.code });
      await deps.local.set({ [TEAM_SPACE_KEY]: space });
      return (starting = open(space, probe.dbUrl).catch((e: unknown) => fail(syncErrorOf(e, true))));
    },
    async leave() {
      const r = running;
      await stop();
      await deps.local.remove(TEAM_SPACE_KEY);
      if (r) await Promise.allSettled([new PouchDB(REPLICA).destroy(), new PouchDB(META).destroy()]);
      return publish(SYNC_OFF);
    },
    async resume() {
      if (running) {
        // "Sync now" or the alarm while running: start over at once (a live sync backing off after a
        // failure may otherwise wait minutes before its next try).
        const r = running;
        r.live?.cancel();
        startLive(r);
        return status;
      }
      if (starting) return starting;
      const space = await storedSpace();
      if (!space) return publish(SYNC_OFF);
      const probe = await probeTeamSpace(space, deps.fetch);
      const dbUrl = probe.ok ? probe.dbUrl : dbUrlOf(space);
      // A server that is away does not stop the replica: local changes queue in it until it is back.
      if ((!probe.ok && probe.code !== 'sync-unreachable') || !dbUrl) {
        publish({ space: { server: space.server, db: space.db, username: space.username } });
        const code = !probe.ok && probe.code === 'sync-unauthorized' ? 'sync-session-expired' : 'sync-failed';
        return fail(probe.ok ? 'sync-failed' : code === 'sync-failed' ? probe.code : code);
      }
      starting = open(space, dbUrl).catch((e: unknown) => fail(syncErrorOf(e, true)));
      try {
        return await starting;
      } finally {
        starting = null;
      }
    },
    recordLocal(change) {
      const r = running;
      if (!r) return;
      void r.engine
        .recordLocal(change)
        .then(() => refreshPending(r))
        .catch(() => undefined);
    },
    recordColours() {
      void running?.engine.recordColours().catch(() => undefined);
    },
  };
}
