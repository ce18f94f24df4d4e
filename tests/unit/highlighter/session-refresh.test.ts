// @vitest-environment jsdom
/**
 * A change made elsewhere reaching an open page (`HighlightSession.refresh`): applied when newer than
 * what the page shows, ignored when the page's own handlers painted something since the store was
 * read (a stale notice never undoes a newer paint), and a repeat of a handler's paint changes nothing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPainter } from '@/entrypoints/highlighter.content/painter';
import { HighlightSession } from '@/entrypoints/highlighter.content/session';
import { paintedClip } from '@/utils/messages/highlighter-channel';
import type { ClipRecord } from '@/utils/store/types';
import { clipOf, instantYields, marks } from './helpers';

const PAGE =
  '<article><p>全国共登记技术合同549353项，成交金额28251.51亿元。</p><p>Alpha beta gamma delta.</p></article>';

let clock = 1_000;
function setUp(clips: ClipRecord[]) {
  const session = new HighlightSession(
    document,
    createPainter(document),
    { fetchClips: async () => clips.map(paintedClip), report: () => undefined },
    () => clock,
  );
  return session;
}
const colours = (): Record<string, string> =>
  Object.fromEntries(marks().map((m) => [m.dataset.clipId!, m.dataset.colour!]));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  instantYields();
  document.body.innerHTML = PAGE;
  clock = 1_000;
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('HighlightSession.refresh', () => {
  it('recolours, removes and adds what changed after the page last synced', async () => {
    const c1 = clipOf('c1', '技术合同');
    const c2 = clipOf('c2', 'beta gamma');
    const c3 = clipOf('c3', '549353项');
    const session = setUp([c1, c2]);
    await session.sync();
    clock = 2_000;
    const changed = session.refresh(
      [paintedClip({ ...c1, colour: 'blue', version: 2 }), paintedClip(c3)],
      ['c2'],
      1_500,
    );
    expect(changed).toBe(3);
    expect(colours()).toEqual({ c1: 'blue', c3: 'yellow' });
  });

  it('ignores a notice read before the page synced, or before a handler painted the clip', async () => {
    const c1 = clipOf('c1', '技术合同');
    const c2 = clipOf('c2', 'beta gamma');
    const session = setUp([c1, c2]);
    await session.sync(); // at 1000
    expect(session.refresh([], ['c1', 'c2'], 900)).toBe(0);
    // A handler repaints c2 (a restore, a recolour) at 3000; a notice read at 2500 is older.
    clock = 3_000;
    session.render([paintedClip({ ...c2, colour: 'pink', version: 3 })]);
    expect(session.refresh([paintedClip({ ...c2, colour: 'green', version: 2 })], ['c2'], 2_500)).toBe(0);
    expect(colours()).toEqual({ c1: 'yellow', c2: 'pink' });
    // A clip the handler erased at 3000 does not come back from a notice read at 2500.
    session.remove(['c1']);
    expect(session.refresh([paintedClip(c1)], [], 2_500)).toBe(0);
    expect(colours()).toEqual({ c2: 'pink' });
  });

  it('changes nothing for a version the page already shows, or for an edit it never paints', async () => {
    const c1 = clipOf('c1', '技术合同', { version: 4 });
    const session = setUp([c1]);
    await session.sync();
    const before = marks();
    // The handler's own paint repeated, and a tag edit (version 5, same colour and place: the page
    // gets no tags).
    expect(session.refresh([paintedClip(c1)], [], 2_000)).toBe(0);
    expect(session.refresh([paintedClip({ ...c1, version: 5 })], [], 2_000)).toBe(1);
    expect(marks()).toEqual(before); // the same elements: nothing unwrapped and rewrapped
  });
});
