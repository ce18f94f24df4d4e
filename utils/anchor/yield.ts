/**
 * Time and yielding for the batch APIs, with only what both a content script and Node provide.
 */

/** Milliseconds from a monotonic clock. */
export function clock(): number {
  return globalThis.performance.now();
}

interface SchedulerWithYield {
  yield(): Promise<void>;
}

/**
 * Lets the event loop run (input, rendering) before the caller continues. `scheduler.yield()` where the
 * browser has it (it resumes ahead of other tasks and is not clamped like nested timers), else a timer.
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (scheduler !== undefined && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
