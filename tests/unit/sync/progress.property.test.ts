import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPullProgress } from '@/utils/sync/progress';

const PAGE = 500;

/**
 * A first pull of `count` documents as the background sees it: replicated batches arrive (the server
 * saying how many are left, when it says), and after each the engine applies what the replica holds,
 * a page at a time, reporting per call.
 */
function pull(count: number, batches: number[], serverTells: boolean) {
  const progress = createPullProgress(200);
  const shown: Array<{ done: number; total: number } | null> = [];
  let arrived = 0;
  let applied = 0;
  for (const size of [...batches, count]) {
    const batch = Math.min(size, count - arrived);
    if (batch <= 0) break;
    arrived += batch;
    progress.arrived(serverTells ? count - arrived : undefined);
    const waiting = arrived - applied;
    let done = 0;
    while (done < waiting) {
      done = Math.min(waiting, done + PAGE);
      shown.push(progress.step(done, waiting));
    }
    progress.applied(waiting);
    applied = arrived;
    shown.push(progress.step(0, 0));
  }
  return shown;
}

describe('a large pull’s progress bar', () => {
  it('only moves forward, never past its total, and is gone once everything is in', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12_000 }),
        fc.array(fc.integer({ min: 1, max: 1_000 }), { maxLength: 30 }),
        fc.boolean(),
        (count, batches, serverTells) => {
          const shown = pull(count, batches, serverTells);
          let last = 0;
          for (const bar of shown) {
            if (!bar) continue;
            expect(bar.done).toBeGreaterThanOrEqual(last);
            expect(bar.done).toBeLessThan(bar.total);
            last = bar.done;
            // When the server says what is left, the bar's total is the whole pull from the start.
            if (serverTells) expect(bar.total).toBe(count);
          }
          expect(shown.at(-1)).toBeNull();
        },
      ),
    );
  });

  it('is not shown for a small pull, and starts over after a reset', () => {
    const progress = createPullProgress(200);
    progress.arrived(0);
    expect(progress.step(50, 100)).toBeNull();
    progress.applied(100);
    progress.reset();
    progress.arrived(9_500);
    expect(progress.step(250, 500)).toEqual({ done: 250, total: 10_000 });
  });
});
