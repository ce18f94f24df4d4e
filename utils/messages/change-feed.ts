/**
 * The change feed: after every committed write, the background tells each open extension page (popup,
 * library tabs, in-page frames, panels, readers) what changed, over a long-lived port, so no surface
 * shows a stale copy. A surface whose port drops (the worker stopped) connects again and re-reads what
 * it shows: the feed says what changed, it is not the only way to learn it.
 *
 * A port is only listened to once the background has taken it (`runtime.connect` has no reply), which
 * may be long after a surface read what it shows (a busy machine, a background tab whose timers are
 * throttled): the background says so with `store/live`, and a surface that read before that re-reads
 * then, so no change falls between its read and its first message.
 */
import * as v from 'valibot';
import { SyncStatusSchema, type SyncStatus } from '../sync/team-space';
import { oldestFirst } from '../store/clip-records';
import type { ClipRecord } from '../store/types';
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

/** The background's first message on every change port: from here on, every change is posted. */
export const FEED_LIVE_MESSAGE = { type: 'store/live' } as const;
const FeedLiveSchema = v.strictObject({ type: v.literal(FEED_LIVE_MESSAGE.type) });

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
   * change too large to list (anything may have changed: re-read). With `catchUp`, `onReconnect` is
   * also called once the background listens to this page (at once if it already does): for a surface
   * showing what it read before subscribing. Returns the unsubscribe function.
   */
  subscribe(
    onChange: (change: StoreChangeMessage) => void,
    onReconnect: () => void,
    options?: { catchUp?: boolean; onTeamStatus?: (status: SyncStatus) => void },
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

/**
 * One article's clip list (as the popup, panel and readers show it) with a change applied: updated and
 * removed clips, and the article's new ones, in the store's order. The same array when nothing changed,
 * so a view that did not change does not render again.
 */
export function applyChangeToArticleClips(
  clips: ClipRecord[],
  change: Pick<StoreChangeMessage, 'clips' | 'removedClipIds'>,
  articleId: string | null | undefined,
): ClipRecord[] {
  const next = applyChangeToClips(clips, change, (c) => c);
  const known = new Set(next.map((c) => c.id));
  const fresh = change.clips.filter((c) => c.articleId === articleId && !known.has(c.id));
  const same = fresh.length === 0 && next.length === clips.length && next.every((c, i) => c === clips[i]);
  return same ? clips : [...next, ...fresh].sort(oldestFirst);
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
  interface Listener {
    onChange: (c: StoreChangeMessage) => void;
    onReconnect: () => void;
    onTeamStatus?: (status: SyncStatus) => void;
    /** Re-reads once the background listens (it read before the port was taken). */
    catchingUp: boolean;
  }
  const listeners = new Set<Listener>();
  let port: PortLike | null = null;
  /** The background has taken the current port: every change from now on reaches it. */
  let live = false;
  const catchUp = (): void => {
    for (const l of listeners) {
      if (!l.catchingUp) continue;
      l.catchingUp = false;
      l.onReconnect();
    }
  };
  const open = (reconnected: boolean): void => {
    live = false;
    try {
      port = connect();
    } catch {
      port = null; // the extension was reloaded or removed: this page is stale anyway
      return;
    }
    port.onMessage.addListener((raw) => {
      if (v.is(FeedLiveSchema, raw)) {
        live = true;
        catchUp();
        return;
      }
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
      live = false;
      if (listeners.size > 0) schedule(() => open(true), RECONNECT_MS);
    });
    // Whatever changed while no port was open is re-read once the new one is listened to.
    if (reconnected) for (const l of listeners) l.catchingUp = true;
  };
  return {
    subscribe(onChange, onReconnect, options) {
      const entry: Listener = {
        onChange,
        onReconnect,
        catchingUp: options?.catchUp === true,
        ...(options?.onTeamStatus ? { onTeamStatus: options.onTeamStatus } : {}),
      };
      listeners.add(entry);
      if (!port) open(false);
      else if (live) catchUp();
      return () => {
        listeners.delete(entry);
        if (listeners.size === 0 && port) {
          port.disconnect();
          port = null;
          live = false;
        }
      };
    },
  };
}
