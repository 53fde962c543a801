/**
 * CPU time per process from /proc (Linux), to say where a run's time went:
 * the worker (its compute threads included), the api, the PostgreSQL backends
 * serving the bench database plus the server's WAL writer and checkpointer, and Redis.
 * On other systems every figure reads as 0 and the bench says so.
 */
import { readFileSync, readdirSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** utime + stime of a process in seconds (0 when it is gone or /proc is not there). */
export function cpuSeconds(pid: number, thread?: number): number {
  try {
    const stat = readFileSync(thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** The PostgreSQL server's own background processes (WAL writer, checkpointer, background writer), when on this machine. */
export function postgresAuxPids(): number[] {
  const pids: number[] = [];
  for (const d of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      if (/^postgres: .*(walwriter|checkpointer|background writer)/.test(cmd.replace(/\0/g, ' '))) pids.push(Number(d));
    } catch {
      /* gone */
    }
  }
  return pids;
}

export type CpuGroups = Record<string, number[]>;

/** A group whose name ends in `:main` counts only the main thread of its processes (for node: the event loop). */
export function snapshot(groups: CpuGroups): Record<string, Map<number, number>> {
  return Object.fromEntries(
    Object.entries(groups).map(([name, pids]) => [name, new Map(pids.map((p) => [p, name.endsWith(':main') ? cpuSeconds(p, p) : cpuSeconds(p)]))]),
  );
}

/** CPU seconds per group between two snapshots; a process first seen in `after` counts from its start. */
export function spent(before: Record<string, Map<number, number>>, after: Record<string, Map<number, number>>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(after).map(([name, pids]) => {
      let s = 0;
      for (const [pid, t] of pids) s += t - (before[name]?.get(pid) ?? 0);
      return [name, s];
    }),
  );
}

/** Every thread's CPU seconds since it started, largest first (the main thread marked), for a closer look with BENCH_THREADS=1. */
export function threadTimes(pid: number): string {
  try {
    return readdirSync(`/proc/${pid}/task`)
      .map((t) => ({ t: Number(t), s: cpuSeconds(pid, Number(t)) }))
      .filter((x) => x.s > 0)
      .sort((a, b) => b.s - a.s)
      .map((x) => `${x.t === pid ? 'main' : x.t} ${x.s.toFixed(2)}`)
      .join(', ');
  } catch {
    return '';
  }
}
