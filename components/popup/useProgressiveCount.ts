import { useEffect, useState } from 'preact/hooks';

/** Items rendered at once, then per frame: a screenful first, the rest without blocking input. */
export const FIRST_BATCH = 40;
const NEXT_BATCH = 120;

/**
 * How many of `total` items to render now: `FIRST_BATCH` (or up to `atLeast`, an item the user asked
 * to see) at once, then more on each animation frame until all are there.
 */
export function useProgressiveCount(total: number, atLeast = 0): number {
  const [count, setCount] = useState(() => Math.min(total, Math.max(FIRST_BATCH, atLeast)));
  const wanted = Math.min(total, Math.max(count, atLeast, Math.min(total, FIRST_BATCH)));
  useEffect(() => {
    if (wanted !== count) setCount(wanted);
    if (wanted >= total) return;
    const frame = requestAnimationFrame(() => setCount((c) => Math.min(total, c + NEXT_BATCH)));
    return () => cancelAnimationFrame(frame);
  }, [wanted, count, total]);
  return wanted;
}
