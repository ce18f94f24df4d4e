// @vitest-environment jsdom
/**
 * The session on the `<pc-mark>` fallback (jsdom has no CSS.highlights): clips anchored and wrapped,
 * adjacent passages kept apart, the page's text untouched after clearing; the observer re-anchors after
 * a real page change but never after the painter's own writes (which once made each round start the next).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPainter } from '@/entrypoints/highlighter.content/painter';
import { HighlightSession } from '@/entrypoints/highlighter.content/session';
import type { ClipRecord } from '@/utils/store/types';
import { clipOf, instantYields, marks, textNodes } from './helpers';

const PAGE =
  '<article><p id="a">全国共登记技术合同549353项，成交金额28251.51亿元。</p><p id="b">Alpha beta gamma delta.</p></article>';

function setUp(clips: () => ClipRecord[]) {
  const report = vi.fn();
  const session = new HighlightSession(document, createPainter(document), {
    fetchClips: async () => clips(),
    report,
  });
  return { session, report };
}

const marked = (): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const m of marks()) out[m.dataset.clipId!] = (out[m.dataset.clipId!] ?? '') + m.textContent;
  return out;
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  instantYields();
  document.body.innerHTML = PAGE;
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('HighlightSession (fallback painter)', () => {
  it('wraps each clip, adjacent ones apart, and gives back the same text nodes on reset', async () => {
    const nodes = textNodes(document.body);
    const orphan = {
      ...clipOf('gone', 'delta'),
      selectors: [
        { type: 'TextQuoteSelector' as const, exact: 'nowhere on this page', prefix: '', suffix: '' },
      ],
    };
    const clips = [clipOf('c1', '技术合同'), clipOf('c2', '549353项'), clipOf('c3', 'beta gamma'), orphan];
    const { session, report } = setUp(() => clips);
    expect(await session.sync()).toEqual({ anchored: ['c1', 'c2', 'c3'], orphans: ['gone'] });
    expect(report).toHaveBeenCalledWith(['c1', 'c2', 'c3'], ['gone']);
    expect(marked()).toEqual({ c1: '技术合同', c2: '549353项', c3: 'beta gamma' });
    session.reset();
    expect(marks()).toHaveLength(0);
    expect(document.body.innerHTML).toBe(PAGE);
    textNodes(document.body).forEach((n, i) => expect(n).toBe(nodes[i]));
  });

  it('re-anchors after a page change, but not after its own writes', async () => {
    let clips = [clipOf('c1', '技术合同'), clipOf('c2', '28251.51亿元'), clipOf('c3', 'gamma')];
    const { session, report } = setUp(() => clips);
    await session.sync();
    expect(report).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(report).toHaveBeenCalledTimes(1);

    // A late paragraph: one round, which unwraps and rewraps every passage, and nothing after it.
    const late = document.createElement('p');
    late.textContent = 'A late paragraph.';
    document.querySelector('article')!.append(late);
    await vi.advanceTimersByTimeAsync(500);
    expect(report).toHaveBeenCalledTimes(2);
    expect(marked()).toEqual({ c1: '技术合同', c2: '28251.51亿元', c3: 'gamma' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(report).toHaveBeenCalledTimes(2);

    // The menu's delete and an undo re-render are our writes too.
    const c2 = session.clip('c2')!;
    clips = clips.filter((c) => c.id !== 'c2');
    session.remove(['c2']);
    session.render([c2]);
    session.update({ ...c2, colour: 'pink' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(report).toHaveBeenCalledTimes(2);
    expect(
      marks()
        .filter((m) => m.dataset.clipId === 'c2')
        .map((m) => m.dataset.colour),
    ).toEqual(['pink']);

    // A change of text (no node added) is a page change as well.
    late.firstChild!.textContent = 'The late paragraph, edited.';
    await vi.advanceTimersByTimeAsync(500);
    expect(report).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(report).toHaveBeenCalledTimes(3);
    expect(document.body.textContent).toBe(
      '全国共登记技术合同549353项，成交金额28251.51亿元。Alpha beta gamma delta.The late paragraph, edited.',
    );
  });

  it('counts page changes made while it was painting', async () => {
    const { session, report } = setUp(() => [clipOf('c1', 'beta')]);
    await session.sync();
    document.getElementById('b')!.append(' More.');
    // The page's record is queued when our write starts: it must survive the write.
    session.render([clipOf('c2', 'Alpha')]);
    await vi.advanceTimersByTimeAsync(500);
    expect(report).toHaveBeenCalledTimes(2);
  });

  it('ignores changes inside its own UI', async () => {
    const { session, report } = setUp(() => [clipOf('c1', 'beta')]);
    await session.sync();
    const ui = document.createElement('div');
    ui.setAttribute('data-pc-ui', '');
    document.body.append(ui);
    await vi.advanceTimersByTimeAsync(10);
    ui.textContent = 'menu text';
    await vi.advanceTimersByTimeAsync(1000);
    expect(report).toHaveBeenCalledTimes(1);
  });
});
