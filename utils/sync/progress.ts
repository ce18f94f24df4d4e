/**
 * The progress of a large pull (a first sync of thousands of clips) as one bar from start to end. The
 * engine applies what has arrived in the replica a page at a time, and each call counts only what it
 * found then; the server tells (CouchDB 2+: `pending` on each replicated batch) how much is still to
 * come. The bar adds them up: done only grows, and the total is what was applied, what waits in the
 * replica and what the server still holds.
 */
export interface PullProgress {
  /** A replicated batch arrived; `serverPending`: what the server says is left (unknown: 0). */
  arrived(serverPending: number | undefined): void;
  /** The engine applied `done` of the `total` it found in this call: the bar, or null (none to show). */
  step(done: number, total: number): { done: number; total: number } | null;
  /** One call of the engine finished after applying `applied` documents. */
  applied(applied: number): void;
  /** Everything is in (replication paused without error): the next pull starts a new bar. */
  reset(): void;
}

export function createPullProgress(showFrom: number): PullProgress {
  let before = 0;
  let serverPending = 0;
  let shownDone = 0;
  return {
    arrived(pending) {
      serverPending = typeof pending === 'number' && pending > 0 ? pending : 0;
    },
    step(done, total) {
      const all = before + Math.max(total, done) + serverPending;
      shownDone = Math.max(shownDone, before + done);
      return all >= showFrom && shownDone < all ? { done: shownDone, total: all } : null;
    },
    applied(applied) {
      before += applied;
    },
    reset() {
      before = 0;
      serverPending = 0;
      shownDone = 0;
    },
  };
}
