/**
 * Memory of a whole process tree, read from /proc (Linux): a build is a tree (tsx, then astro, then pagefind), and
 * the peak of the first process alone (what `/usr/bin/time` reports) misses its children. Resident sizes are
 * summed, so pages two processes share are counted twice: an upper bound, close for separate Node processes.
 */
import { readdirSync, readFileSync } from "node:fs";

function read(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null; // the process ended between listing and reading
  }
}

/** Parent of every process now running: /proc/<pid>/stat holds it after the command name in parentheses. */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    if (!stat) continue;
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    out.set(Number(name), ppid);
  }
  return out;
}

/** The process and all its descendants now running. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents()) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const tree: number[] = [];
  for (const queue = [root]; queue.length > 0; ) {
    const pid = queue.shift() as number;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Resident memory of one process in KiB (VmRSS), 0 when it has ended. */
export function rssKb(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(read(`/proc/${pid}/status`) ?? "");
  return match ? Number(match[1]) : 0;
}

/** Resident memory of a process and its descendants, in KiB. */
export function treeRssKb(root: number): number {
  return processTree(root).reduce((sum, pid) => sum + rssKb(pid), 0);
}

export interface PeakSampler {
  /** Samples taken so far. */
  readonly samples: number;
  /** The largest sum seen so far, in MB (2^20 bytes). */
  peakMb(): number;
  /** Stops sampling and returns the peak in MB. */
  stop(): number;
}

/** Samples the tree under `root` every `intervalMs` (250 ms by default) and keeps the largest sum. */
export function samplePeak(root: number, intervalMs = 250): PeakSampler {
  let peakKb = 0;
  let samples = 0;
  const sample = () => {
    peakKb = Math.max(peakKb, treeRssKb(root));
    samples++;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    get samples() {
      return samples;
    },
    peakMb: () => peakKb / 1024,
    stop: () => {
      clearInterval(timer);
      return peakKb / 1024;
    },
  };
}
