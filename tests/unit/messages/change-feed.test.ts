import { describe, expect, it, vi } from 'vitest';
import {
  applyChangeToArticleClips,
  applyChangeToClips,
  FEED_LIVE_MESSAGE,
  portChangeFeed,
  type PortLike,
  type StoreChangeMessage,
} from '@/utils/messages/change-feed';
import { makeClip } from '../components/fixtures';

function fakePort() {
  const onMessage: ((m: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const port: PortLike & { deliver(m: unknown): void; drop(): void; disconnected: boolean } = {
    onMessage: { addListener: (l) => void onMessage.push(l) },
    onDisconnect: { addListener: (l) => void onDisconnect.push(l) },
    disconnected: false,
    disconnect() {
      this.disconnected = true;
    },
    deliver: (m) => onMessage.forEach((l) => l(m)),
    drop: () => onDisconnect.forEach((l) => l()),
  };
  return port;
}

const change = (over: Partial<StoreChangeMessage> = {}): StoreChangeMessage => ({
  type: 'store/changed',
  clips: [],
  removedClipIds: [],
  articles: [],
  settings: false,
  reload: false,
  ...over,
});

describe('portChangeFeed', () => {
  it('shares one port, delivers only well-formed changes, and reconnects (then asks to re-read) when it drops', () => {
    const ports: ReturnType<typeof fakePort>[] = [];
    const later: (() => void)[] = [];
    const feed = portChangeFeed(
      () => {
        const p = fakePort();
        ports.push(p);
        return p;
      },
      (run) => void later.push(run),
    );
    const a = { onChange: vi.fn(), onReconnect: vi.fn() };
    const b = { onChange: vi.fn(), onReconnect: vi.fn() };
    const offA = feed.subscribe(a.onChange, a.onReconnect);
    feed.subscribe(b.onChange, b.onReconnect);
    expect(ports).toHaveLength(1);
    ports[0]!.deliver(change({ removedClipIds: ['c1'] }));
    ports[0]!.deliver({ type: 'store/changed', clips: 'not a list' });
    expect(a.onChange).toHaveBeenCalledTimes(1);
    expect(b.onChange).toHaveBeenCalledWith(expect.objectContaining({ removedClipIds: ['c1'] }));

    ports[0]!.drop(); // the worker stopped
    expect(later).toHaveLength(1);
    later[0]!();
    expect(ports).toHaveLength(2);
    // Re-read only once the new port is listened to: a read before that could miss a change.
    expect(a.onReconnect).not.toHaveBeenCalled();
    ports[1]!.deliver(FEED_LIVE_MESSAGE);
    expect(a.onReconnect).toHaveBeenCalledTimes(1);
    expect(b.onReconnect).toHaveBeenCalledTimes(1);
    offA();
    expect(ports[1]!.disconnected).toBe(false); // b still listens
  });

  it('with catchUp, asks a surface to re-read once the background listens (no change falls between its read and the feed)', () => {
    const ports: ReturnType<typeof fakePort>[] = [];
    const feed = portChangeFeed(() => {
      const p = fakePort();
      ports.push(p);
      return p;
    });
    const early = { onChange: vi.fn(), onReconnect: vi.fn() };
    const plain = { onChange: vi.fn(), onReconnect: vi.fn() };
    feed.subscribe(early.onChange, early.onReconnect, { catchUp: true });
    feed.subscribe(plain.onChange, plain.onReconnect);
    expect(early.onReconnect).not.toHaveBeenCalled(); // not listened to yet
    ports[0]!.deliver(FEED_LIVE_MESSAGE);
    expect(early.onReconnect).toHaveBeenCalledTimes(1);
    expect(plain.onReconnect).not.toHaveBeenCalled();
    ports[0]!.deliver(FEED_LIVE_MESSAGE); // once only
    expect(early.onReconnect).toHaveBeenCalledTimes(1);

    // A surface subscribing to a port already listened to re-reads at once.
    const late = { onChange: vi.fn(), onReconnect: vi.fn() };
    feed.subscribe(late.onChange, late.onReconnect, { catchUp: true });
    expect(late.onReconnect).toHaveBeenCalledTimes(1);
    expect(ports).toHaveLength(1);
    expect(early.onChange).not.toHaveBeenCalled(); // the live message is not a change
  });

  it('turns a change too large to list into a re-read', () => {
    const ports: ReturnType<typeof fakePort>[] = [];
    const feed = portChangeFeed(() => {
      const p = fakePort();
      ports.push(p);
      return p;
    });
    const s = { onChange: vi.fn(), onReconnect: vi.fn() };
    feed.subscribe(s.onChange, s.onReconnect);
    ports[0]!.deliver(change({ reload: true }));
    expect(s.onReconnect).toHaveBeenCalledTimes(1);
    expect(s.onChange).not.toHaveBeenCalled();
  });
});

describe('applyChangeToClips', () => {
  it('updates shown clips to newer versions, drops deleted ones, ignores older copies', () => {
    const shown = [
      makeClip('c1', 'a', { version: 3, note: 'shown' }),
      makeClip('c2', 'a'),
      makeClip('c3', 'a'),
    ];
    const next = applyChangeToClips(
      shown,
      {
        clips: [
          makeClip('c1', 'a', { version: 2, note: 'older' }),
          makeClip('c2', 'a', { version: 2, note: 'newer' }),
        ],
        removedClipIds: ['c3'],
      },
      (c) => c,
    );
    expect(next.map((c) => [c.id, c.note])).toEqual([
      ['c1', 'shown'],
      ['c2', 'newer'],
    ]);
  });
});

describe('applyChangeToArticleClips', () => {
  it("adds the article's new clips in the store's order, and only that article's", () => {
    const shown = [makeClip('b', 'a', { createdAt: 10 }), makeClip('d', 'a', { createdAt: 20 })];
    const next = applyChangeToArticleClips(
      shown,
      {
        // One "Highlight all" batch (one instant) and another article's clip.
        clips: [
          makeClip('c', 'a', { createdAt: 10 }),
          makeClip('a', 'a', { createdAt: 10 }),
          makeClip('x', 'other', { createdAt: 5 }),
        ],
        removedClipIds: ['d'],
      },
      'a',
    );
    expect(next.map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('gives back the same list when the change does not touch it', () => {
    const shown = [makeClip('b', 'a')];
    expect(
      applyChangeToArticleClips(shown, { clips: [makeClip('x', 'other')], removedClipIds: ['y'] }, 'a'),
    ).toBe(shown);
  });
});
