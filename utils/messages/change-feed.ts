/**
 * The change feed: after every committed write, the background tells each open extension page (popup,
 * library tabs, in-page frames, panels, readers) what changed, over a long-lived port, so no surface
 * shows a stale copy. A surface whose port drops (the worker stopped) connects again and re-reads what
 * it shows: the feed says what changed, it is not the only way to learn it.
 */
import * as v from 'valibot';
import { SyncStatusSchema, type SyncStatus } from '../sync/team-space';
import { ArticleRecordSchema, ClipRecordSchema } from './reply-schemas';

export const CHANGE_PORT = 'policy-clipper-changes';

/** Above this many changed records a change is sent as "re-read" instead of the records themselves. */
export const LISTED_CHANGE_LIMIT = 500;

export const StoreChangeMessageSchema = v.object({
  type: v.literal('store/changed'),
  clips: v.array(ClipRecordSchema),
  removedClipIds: v.array(v.string()),
  articles: v.array(ArticleRecordSchema),
  /** Settings changed (tag colours, export options): re-read them. */
  settings: v.boolean(),
  /**
   * Too much changed to list (an import, a bulk operation on thousands of clips): re-read what is
   * shown. Copying 10,000 records into every open page would block each for about half a second.
   */
  reload: v.boolean(),
});
export type StoreChangeMessage = v.InferOutput<typeof StoreChangeMessageSchema>;

export function parseChangeMessage(raw: unknown): StoreChangeMessage | null {
  const parsed = v.safeParse(StoreChangeMessageSchema, raw);
  return parsed.success ? parsed.output : null;
}

/** The team sync's status changed (state, last sync, pending changes, error, progress): every surface shows it. */
export const TeamStatusMessageSchema = v.object({
  type: v.literal('team/status'),
  status: SyncStatusSchema,
});
export type TeamStatusMessage = v.InferOutput<typeof TeamStatusMessageSchema>;

/** What a surface subscribes to (the real one is a runtime port; tests pass a fake). */
export interface ChangeFeed {
  /**
   * `onChange` for every change; `onReconnect` after the connection dropped and came back, or after a
   * change too large to list (anything may have changed: re-read). Returns the unsubscribe function.
   */
  subscribe(
    onChange: (change: StoreChangeMessage) => void,
    onReconnect: () => void,
    onTeamStatus?: (status: SyncStatus) => void,
  ): () => void;
}

/** Applies a change to a list of clips a surface shows: updated in place, removed ones dropped. */
export function applyChangeToClips<C extends { id: string; version: number }>(
  clips: readonly C[],
  change: Pick<StoreChangeMessage, 'clips' | 'removedClipIds'>,
  asShown: (clip: StoreChangeMessage['clips'][number]) => C,
): C[] {
  const removed = new Set(change.removedClipIds);
  const updated = new Map(change.clips.map((c) => [c.id, c]));
  return clips
    .filter((c) => !removed.has(c.id))
    .map((c) => {
      const next = updated.get(c.id);
      // An older copy than the one shown (changes can cross a reply in flight) is ignored.
      return next && next.version >= c.version ? asShown(next) : c;
    });
}

/** The part of `runtime.Port` the feed uses (a fake in tests). */
export interface PortLike {
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

/** How long to wait before connecting again after the worker stopped (connecting wakes it). */
export const RECONNECT_MS = 300;

/**
 * A feed over ports opened by `connect` (`runtime.connect({ name: CHANGE_PORT })`). One port is shared
 * by every subscriber of the page; when it drops, a new one is opened and subscribers re-read.
 */
export function portChangeFeed(
  connect: () => PortLike,
  schedule: (run: () => void, ms: number) => void = (run, ms) => void setTimeout(run, ms),
): ChangeFeed {
  const listeners = new Set<{
    onChange: (c: StoreChangeMessage) => void;
    onReconnect: () => void;
    onTeamStatus?: (status: SyncStatus) => void;
  }>();
  let port: PortLike | null = null;
  const open = (reconnected: boolean): void => {
    try {
      port = connect();
    } catch {
      port = null; // the extension was reloaded or removed: this page is stale anyway
      return;
    }
    port.onMessage.addListener((raw) => {
      const team = v.safeParse(TeamStatusMessageSchema, raw);
      if (team.success) {
        for (const l of listeners) l.onTeamStatus?.(team.output.status);
        return;
      }
      const change = parseChangeMessage(raw);
      if (!change) return;
      for (const l of listeners) {
        if (change.reload) l.onReconnect();
        else l.onChange(change);
      }
    });
    port.onDisconnect.addListener(() => {
      port = null;
      if (listeners.size > 0) schedule(() => open(true), RECONNECT_MS);
    });
    if (reconnected) for (const l of listeners) l.onReconnect();
  };
  return {
    subscribe(onChange, onReconnect, onTeamStatus) {
      const entry = { onChange, onReconnect, ...(onTeamStatus ? { onTeamStatus } : {}) };
      listeners.add(entry);
      if (!port) open(false);
      return () => {
        listeners.delete(entry);
        if (listeners.size === 0 && port) {
          port.disconnect();
          port = null;
        }
      };
    },
  };
}
