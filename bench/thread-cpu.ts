/**
 * CPU time of one thread of another process, from Linux's /proc (a browser's page thread, for benches
 * of browsers that give automation no CPU-time metric). Elsewhere every function answers null and the
 * callers fall back to wall time.
 */
import { readdirSync, readFileSync } from 'node:fs';

const read = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

/** Milliseconds the main thread of `pid` has run on a CPU (schedstat: nanoseconds), or null. */
export function mainThreadCpuMs(pid: number): number | null {
  const stat = read(`/proc/${pid}/task/${pid}/schedstat`);
  const ns = stat === null ? NaN : Number(stat.split(' ')[0]);
  return Number.isFinite(ns) ? ns / 1e6 : null;
}

/** Ids of every process descending from `root` whose command line contains `marker`. */
export function descendantProcesses(root: number, marker: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  const parent = new Map<number, number>();
  for (const name of entries) {
    // Field 4 of /proc/<pid>/stat, after the parenthesised command (which may hold spaces).
    const stat = read(`/proc/${name}/stat`);
    const ppid = stat === null ? NaN : Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (Number.isFinite(ppid)) parent.set(Number(name), ppid);
  }
  const descends = (pid: number): boolean => {
    for (let p = parent.get(pid), hops = 0; p !== undefined && hops < 64; p = parent.get(p), hops++) {
      if (p === root) return true;
    }
    return false;
  };
  return [...parent.keys()].filter(
    (pid) => descends(pid) && (read(`/proc/${pid}/cmdline`) ?? '').includes(marker),
  );
}
