/**
 * What each process of a command's tree cost, read from Linux's `/proc`
 * while the command runs. GNU time only sees the processes the command
 * waited for: Pagefind's Node API kills its indexing binary without waiting,
 * so a build's own figures can leave the indexer out. Sampling the tree
 * counts every process and says which one holds the peak, and what the
 * processes held together at the moment their sum was largest: the memory a
 * machine must have for the build, as Astro and Pagefind run side by side.
 */
import { readdir, readFile } from 'node:fs/promises';

/** One process as sampled: its own CPU time and the peak of its resident memory. */
export interface ProcessSample {
  pid: number;
  ppid: number;
  /** The executable's name as the kernel reports it (`node`, `pagefind_extended`). */
  name: string;
  /** User + system CPU time of the process itself (not its children), in seconds. */
  cpuSeconds: number;
  /** Peak resident memory (`VmHWM`), in bytes. */
  peakRssBytes: number;
}

/** Clock ticks per second of `/proc/<pid>/stat` times (USER_HZ, 100 on every Linux build in use). */
export const CLOCK_TICKS = 100;

/**
 * Parse `/proc/<pid>/stat`: the name in parentheses (which may itself hold
 * spaces and parentheses), the parent pid, and utime + stime in seconds.
 */
export function parseProcStat(text: string): { pid: number; name: string; ppid: number; cpuSeconds: number } {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) throw new Error(`Expected \`pid (name) state ppid ...\` in /proc/<pid>/stat, got \`${text.slice(0, 80)}\``);
  // Fields after the name, from field 3 (state): ppid is field 4, utime 14, stime 15.
  const rest = text.slice(close + 2).trim().split(/\s+/);
  const field = (n: number): number => Number(rest[n - 3]);
  return { pid: Number(text.slice(0, open).trim()), name: text.slice(open + 1, close), ppid: field(4), cpuSeconds: (field(14) + field(15)) / CLOCK_TICKS };
}

/** `VmHWM` (peak resident set) from `/proc/<pid>/status`, in bytes; 0 for a process that has none (a zombie). */
export function parsePeakRss(status: string): number {
  const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** `VmRSS` (resident set now) from `/proc/<pid>/status`, in bytes; 0 for a process that has none (a zombie). */
export function parseRss(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** What each process of the tree held at one sampling moment, seconds after sampling began. */
export interface Moment {
  atSeconds: number;
  rss: Array<{ name: string; rssBytes: number }>;
}

/** The largest memory the processes held at one moment, when that was, and each executable's share. */
export interface PeakTogether {
  bytes: number;
  atSeconds: number;
  byName: Record<string, number>;
}

/**
 * The moment whose processes held the most memory together, leaving out the
 * wrappers named in `ignore`; `undefined` when no moment was sampled. A
 * sampled figure: a spike shorter than the interval can be missed.
 */
export function peakTogether(moments: readonly Moment[], ignore: readonly string[]): PeakTogether | undefined {
  let peak: PeakTogether | undefined;
  for (const moment of moments) {
    const byName: Record<string, number> = {};
    let bytes = 0;
    for (const { name, rssBytes } of moment.rss) {
      if (ignore.includes(name)) continue;
      byName[name] = (byName[name] ?? 0) + rssBytes;
      bytes += rssBytes;
    }
    if (!peak || bytes > peak.bytes) peak = { bytes, atSeconds: moment.atSeconds, byName };
  }
  return peak;
}

/** The pids of `root` and all its descendants, given each process's parent. */
export function descendants(root: number, parentOf: ReadonlyMap<number, number>): Set<number> {
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parentOf) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return tree;
}

async function readProcesses(): Promise<Map<number, { stat: ReturnType<typeof parseProcStat> }>> {
  const processes = new Map<number, { stat: ReturnType<typeof parseProcStat> }>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      processes.set(Number(entry), { stat: parseProcStat(await readFile(`/proc/${entry}/stat`, 'utf8')) });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return processes;
}

/** Samples a process tree until stopped; `stop()` returns the last sample of every process seen and what the tree held at each moment. */
export interface TreeSampler {
  stop(): Promise<{ processes: ProcessSample[]; moments: Moment[] }>;
}

/**
 * Sample the tree under `rootPid` every `intervalMs` (CPU time after a
 * process's last sample is missed: at most one interval per process).
 */
export function sampleProcessTree(rootPid: number, intervalMs = 100): TreeSampler {
  const seen = new Map<number, ProcessSample>();
  const moments: Moment[] = [];
  const began = performance.now();
  let stopped = false;
  const sampleOnce = async (): Promise<void> => {
    const processes = await readProcesses();
    const tree = descendants(rootPid, new Map([...processes].map(([pid, p]) => [pid, p.stat.ppid])));
    const moment: Moment = { atSeconds: (performance.now() - began) / 1000, rss: [] };
    for (const pid of tree) {
      const { stat } = processes.get(pid) ?? {};
      if (!stat) continue;
      const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
      moment.rss.push({ name: stat.name, rssBytes: parseRss(status) });
      const before = seen.get(pid);
      seen.set(pid, {
        pid,
        ppid: stat.ppid,
        name: stat.name,
        cpuSeconds: Math.max(stat.cpuSeconds, before?.cpuSeconds ?? 0),
        peakRssBytes: Math.max(parsePeakRss(status), before?.peakRssBytes ?? 0),
      });
    }
    if (moment.rss.length > 0) moments.push(moment);
  };
  const loop = (async () => {
    while (!stopped) {
      await sampleOnce().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return { processes: [...seen.values()], moments };
    },
  };
}

/** The cost of a process tree by process name: CPU seconds summed, peak memory the largest single process's and the tree's at its fullest moment. */
export interface TreeCost {
  cpuSeconds: number;
  peakRssBytes: number;
  /** What the processes held together at the sampled moment they held the most (absent when no moment was sampled). */
  together?: PeakTogether;
  /** Per executable name (`node`, `pagefind_extended`): CPU summed over its processes, peak the largest. */
  byName: Record<string, { cpuSeconds: number; peakRssBytes: number; processes: number }>;
}

/** Sum a tree's samples into its cost, leaving out the wrappers named in `ignore` (e.g. `time`). */
export function treeCost(samples: readonly ProcessSample[], ignore: readonly string[] = [], moments: readonly Moment[] = []): TreeCost {
  const byName: TreeCost['byName'] = {};
  let cpuSeconds = 0;
  let peakRssBytes = 0;
  for (const sample of samples) {
    if (ignore.includes(sample.name)) continue;
    cpuSeconds += sample.cpuSeconds;
    peakRssBytes = Math.max(peakRssBytes, sample.peakRssBytes);
    const entry = (byName[sample.name] ??= { cpuSeconds: 0, peakRssBytes: 0, processes: 0 });
    entry.cpuSeconds += sample.cpuSeconds;
    entry.peakRssBytes = Math.max(entry.peakRssBytes, sample.peakRssBytes);
    entry.processes += 1;
  }
  const together = peakTogether(moments, ignore);
  return { cpuSeconds, peakRssBytes, ...(together ? { together } : {}), byName };
}
