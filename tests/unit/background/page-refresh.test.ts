/**
 * The background's notice to open pages (`page-refresh.ts`): debounced, sent only to tabs whose
 * highlighter showed the changed article (removals to every tracked tab: ids only), carrying the clips
 * as the store holds them when it is sent, never injecting, and forgetting tabs that no longer answer.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageRefresher } from '@/entrypoints/background/page-refresh';
import type { ClipStore } from '@/utils/store';
import type { ClipRecord } from '@/utils/store/types';

const clip = (id: string, articleId: string, over: Partial<ClipRecord> = {}): ClipRecord =>
  ({
    id,
    articleId,
    selectors: [{ type: 'TextQuoteSelector', exact: id, prefix: '', suffix: '' }],
    colour: 'yellow',
    version: 1,
    tags: ['secret tag'],
    note: 'secret note',
    ...over,
  }) as ClipRecord;

let stored: ClipRecord[] = [];
const store = async () =>
  ({ getClips: async (ids: string[]) => stored.filter((c) => ids.includes(c.id)) }) as unknown as ClipStore;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createPageRefresher', () => {
  it('tells each tab showing the article, once per burst, what the store holds when it tells', async () => {
    const sent: { tabId: number; command: unknown }[] = [];
    const notify = vi.fn(async (tabId: number, command: unknown) => {
      sent.push({ tabId, command });
      return { changed: 1 };
    });
    const pages = createPageRefresher({ notify } as never, store, () => 42, 150);
    pages.track(1, 'A');
    pages.track(2, 'B');
    stored = [clip('a1', 'A', { colour: 'blue', version: 2 }), clip('b1', 'B')];
    pages.changed({ clips: [clip('a1', 'A')] });
    pages.changed({ clips: [clip('a1', 'A', { colour: 'pink' })], removedClipIds: ['a2'] });
    expect(notify).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(150);
    expect(sent).toEqual([
      {
        tabId: 1,
        command: {
          type: 'hl/refresh',
          // As stored at sending time (blue, version 2), where and how to paint only: no tags, no note.
          clips: [{ id: 'a1', selectors: stored[0]!.selectors, colour: 'blue', version: 2 }],
          removedIds: ['a2'],
          readAt: 42,
        },
      },
      { tabId: 2, command: { type: 'hl/refresh', clips: [], removedIds: ['a2'], readAt: 42 } },
    ]);
  });

  it('reports a clip deleted meanwhile as removed, and forgets a tab that does not answer', async () => {
    const notify = vi.fn(async () => {
      throw new Error('Receiving end does not exist');
    });
    const pages = createPageRefresher({ notify } as never, store, () => 7, 150);
    stored = [];
    pages.changed({ clips: [clip('a1', 'A')] });
    await vi.advanceTimersByTimeAsync(150);
    expect(notify).not.toHaveBeenCalled(); // no tab shows anything yet
    pages.track(1, 'A');
    pages.changed({ clips: [clip('a1', 'A')] });
    await vi.advanceTimersByTimeAsync(150);
    expect(notify).toHaveBeenCalledWith(1, { type: 'hl/refresh', clips: [], removedIds: ['a1'], readAt: 7 });
    pages.changed({ removedClipIds: ['a3'] });
    await vi.advanceTimersByTimeAsync(150);
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it('says nothing of tabs that showed no article, nor of changes without clips', async () => {
    const notify = vi.fn(async () => ({ changed: 0 }));
    const pages = createPageRefresher({ notify } as never, store, () => 1, 150);
    pages.track(1, 'A');
    pages.track(1, null);
    pages.changed({ articles: [] });
    pages.changed({ removedClipIds: ['x'] });
    await vi.advanceTimersByTimeAsync(300);
    expect(notify).not.toHaveBeenCalled();
  });
});
