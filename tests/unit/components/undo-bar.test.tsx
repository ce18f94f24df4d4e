// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoBar } from '@/components/library/UndoBar';
import { UNDO_WINDOW_MS } from '@/utils/undo-window';
import { byTestId, click, mount, type Mounted } from './harness';

let mounted: Mounted | null = null;
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  vi.useRealTimers();
});

describe('UndoBar', () => {
  it('offers Undo, and expires once the undo window has passed', () => {
    const onUndo = vi.fn();
    const onExpire = vi.fn();
    mounted = mount(<UndoBar count={3} onUndo={onUndo} onExpire={onExpire} />);
    expect(byTestId(mounted.container, 'undo-bar').textContent).toContain('Clips deleted: 3.');
    void act(() => {
      vi.advanceTimersByTime(UNDO_WINDOW_MS - 1);
    });
    expect(onExpire).not.toHaveBeenCalled();
    click(byTestId(mounted.container, 'undo'));
    expect(onUndo).toHaveBeenCalledTimes(1);
    void act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it('stops its timer when it is removed', () => {
    const onExpire = vi.fn();
    mounted = mount(<UndoBar count={1} onUndo={() => {}} onExpire={onExpire} />);
    void act(() => {
      vi.advanceTimersByTime(UNDO_WINDOW_MS / 2);
    });
    mounted.unmount();
    mounted = null;
    void act(() => {
      vi.advanceTimersByTime(UNDO_WINDOW_MS);
    });
    expect(onExpire).not.toHaveBeenCalled();
  });
});
