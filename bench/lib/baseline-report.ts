/**
 * Folio against the yardsticks measured in the same run: a bare Hugo build
 * of the same papers, the floor (read the content, write as many files) and
 * the stack floor (a bare Astro site of the same papers, then Pagefind).
 * CPU time is the fair comparison on a shared machine: wall time moves with
 * the load, CPU time much less. Ratios are taken run by run (each Folio build
 * with the Hugo build that followed it) and then summarised.
 */
import type { ProcessCost } from './parse-time-output.ts';
import type { TreeCost } from './process-tree.ts';
import { summarise, type Summary } from './summarise.ts';
import { formatBytes, formatSeconds, formatSummary, formatTable, type Column } from './format-table.ts';

/** A timed process, with its whole tree when it was sampled. */
export type Cost = ProcessCost & { tree?: TreeCost };

/** The yardsticks of one run. */
export interface BaselineRun {
  build: Cost;
  /** Pages Folio's build wrote. */
  pages: number;
  /** Average size of a paper page (`papers/<slug>/index.html`, redirects left out), in bytes. */
  paperPageBytes?: number;
  /** The bare Hugo build of the same entries; absent when Hugo is not installed. */
  hugo?: Cost & { pages: number };
  /** Reading the content and writing `pages` files. */
  floor?: Cost;
  /** The stack floor: a bare Astro build of the same papers, then Pagefind indexing its pages (bench/lib/astro-floor-site.ts). */
  astroFloor?: { build: Cost; search: Cost };
}

/**
 * CPU seconds of a command and everything it started. GNU time counts only
 * the children a process waited for; the sampled tree counts all of them
 * (less the last sampling interval of each): the larger is the better estimate.
 */
export function cpuSeconds(cost: Cost): number {
  return Math.max(cost.userSeconds + cost.systemSeconds, cost.tree?.cpuSeconds ?? 0);
}

/** Peak resident memory of the largest single process of a command's tree. */
export function peakRss(cost: Cost): number {
  return Math.max(cost.peakRssBytes, cost.tree?.peakRssBytes ?? 0);
}

/**
 * What the whole tree held at its fullest sampled moment: the memory a
 * machine needs for the command, as its processes run side by side (Astro
 * and Pagefind's binary); `undefined` when the tree was not sampled.
 */
export function peakAtOnce(cost: Cost): number | undefined {
  return cost.tree?.together?.bytes;
}

/** The part of a tree's cost spent in processes whose name matches (e.g. `/pagefind/`). */
export function treePart(cost: Cost, name: RegExp): { cpuSeconds: number; peakRssBytes: number } {
  const parts = Object.entries(cost.tree?.byName ?? {}).filter(([n]) => name.test(n));
  return { cpuSeconds: parts.reduce((s, [, p]) => s + p.cpuSeconds, 0), peakRssBytes: Math.max(0, ...parts.map(([, p]) => p.peakRssBytes)) };
}

/** Summaries of Folio against its yardsticks over the runs of one corpus. */
export interface BaselineSummary {
  folioCpuSeconds: Summary;
  /** Peak of the build's largest single process. */
  folioPeakRssBytes: Summary;
  /** The build's whole process tree at its fullest moment (when every run sampled it): what the machine must have. */
  folioPeakAtOnceBytes?: Summary;
  /** Peak of Astro's own process (the build's Node process, see NODE). */
  astroPeakRssBytes: Summary;
  /** CPU and peak of the search indexer's own process (Pagefind's binary). */
  indexerCpuSeconds: Summary;
  indexerPeakRssBytes: Summary;
  /** Build CPU time per page, in milliseconds. */
  cpuMsPerPage: Summary;
  paperPageBytes?: Summary;
  hugoSeconds?: Summary;
  hugoCpuSeconds?: Summary;
  hugoPeakRssBytes?: Summary;
  hugoPages?: Summary;
  /** Folio's build CPU over Hugo's, run by run. */
  cpuRatio?: Summary;
  floorSeconds?: Summary;
  floorCpuSeconds?: Summary;
  /** Folio's build CPU over the floor's, run by run. */
  floorRatio?: Summary;
  /** CPU of the bare Astro build of the same papers (the stack floor's first step). */
  stackAstroCpuSeconds?: Summary;
  /** CPU of Pagefind indexing the bare site, its binary included (the second step). */
  stackSearchCpuSeconds?: Summary;
  /** The two steps' CPU together: what Astro and Pagefind cost before any of Folio's own work. */
  stackCpuSeconds?: Summary;
  /** The stack floor's peak: the larger of its two steps (they run one after the other), each all processes at once. */
  stackPeakBytes?: Summary;
  /** The stack floor's CPU over Hugo's, run by run: above the 5x target, no Folio on this stack can meet it. */
  stackHugoRatio?: Summary;
  /** Folio's build CPU over the stack floor's, run by run: Folio's own share. */
  folioStackRatio?: Summary;
}

/** What a step needed at its fullest: all its processes at once, never below its largest process (a spike between two samples). */
export function stepPeak(cost: Cost): number {
  return Math.max(peakAtOnce(cost) ?? 0, peakRss(cost));
}

/** The stack floor's CPU: the bare Astro build's and Pagefind's. */
const stackCpu = (stack: NonNullable<BaselineRun['astroFloor']>): number => cpuSeconds(stack.build) + cpuSeconds(stack.search);

const INDEXER = /pagefind/i;
/** Node's process as the kernel names it: `node`, or `MainThread` since Node 24 names its main thread (the process's name in `/proc`). */
const NODE = /^(?:node|MainThread)$/;

/** Summarise Folio's build against Hugo and the floor; Hugo's figures only when every run measured it. */
export function summariseBaselines(runs: readonly BaselineRun[]): BaselineSummary {
  if (runs.length === 0) throw new Error('Expected at least one run to summarise');
  const over = (pick: (run: BaselineRun) => number) => summarise(runs.map(pick));
  const summary: BaselineSummary = {
    folioCpuSeconds: over((r) => cpuSeconds(r.build)),
    folioPeakRssBytes: over((r) => peakRss(r.build)),
    astroPeakRssBytes: over((r) => treePart(r.build, NODE).peakRssBytes),
    indexerCpuSeconds: over((r) => treePart(r.build, INDEXER).cpuSeconds),
    indexerPeakRssBytes: over((r) => treePart(r.build, INDEXER).peakRssBytes),
    cpuMsPerPage: over((r) => (r.pages === 0 ? 0 : (cpuSeconds(r.build) * 1000) / r.pages)),
  };
  if (runs.every((r) => peakAtOnce(r.build) !== undefined)) summary.folioPeakAtOnceBytes = over((r) => peakAtOnce(r.build)!);
  if (runs.every((r) => r.paperPageBytes !== undefined)) summary.paperPageBytes = over((r) => r.paperPageBytes!);
  if (runs.every((r) => r.hugo)) {
    summary.hugoSeconds = over((r) => r.hugo!.wallSeconds);
    summary.hugoCpuSeconds = over((r) => cpuSeconds(r.hugo!));
    summary.hugoPeakRssBytes = over((r) => peakRss(r.hugo!));
    summary.hugoPages = over((r) => r.hugo!.pages);
    summary.cpuRatio = over((r) => cpuSeconds(r.build) / Math.max(cpuSeconds(r.hugo!), 0.01));
  }
  if (runs.every((r) => r.floor)) {
    summary.floorSeconds = over((r) => r.floor!.wallSeconds);
    summary.floorCpuSeconds = over((r) => cpuSeconds(r.floor!));
    summary.floorRatio = over((r) => cpuSeconds(r.build) / Math.max(cpuSeconds(r.floor!), 0.01));
  }
  if (runs.every((r) => r.astroFloor)) {
    summary.stackAstroCpuSeconds = over((r) => cpuSeconds(r.astroFloor!.build));
    summary.stackSearchCpuSeconds = over((r) => cpuSeconds(r.astroFloor!.search));
    summary.stackCpuSeconds = over((r) => stackCpu(r.astroFloor!));
    summary.stackPeakBytes = over((r) => Math.max(stepPeak(r.astroFloor!.build), stepPeak(r.astroFloor!.search)));
    summary.folioStackRatio = over((r) => cpuSeconds(r.build) / Math.max(stackCpu(r.astroFloor!), 0.01));
    if (runs.every((r) => r.hugo)) summary.stackHugoRatio = over((r) => stackCpu(r.astroFloor!) / Math.max(cpuSeconds(r.hugo!), 0.01));
  }
  return summary;
}

const COLUMNS: Column[] = [
  { heading: 'corpus' },
  { heading: 'papers', align: 'right' },
  { heading: 'Folio CPU', align: 'right' },
  { heading: 'CPU ms/page', align: 'right' },
  { heading: 'peak, all at once', align: 'right' },
  { heading: 'largest process', align: 'right' },
  { heading: 'Astro peak', align: 'right' },
  { heading: 'Pagefind CPU, peak', align: 'right' },
  { heading: 'paper page', align: 'right' },
  { heading: 'Hugo wall', align: 'right' },
  { heading: 'Hugo CPU', align: 'right' },
  { heading: 'Hugo peak', align: 'right' },
  { heading: 'Folio/Hugo CPU', align: 'right' },
  { heading: 'floor wall', align: 'right' },
  { heading: 'floor CPU', align: 'right' },
  { heading: 'Folio/floor CPU', align: 'right' },
  { heading: 'bare Astro CPU', align: 'right' },
  { heading: 'bare Pagefind CPU', align: 'right' },
  { heading: 'stack CPU', align: 'right' },
  { heading: 'stack peak', align: 'right' },
  { heading: 'stack/Hugo CPU', align: 'right' },
  { heading: 'Folio/stack CPU', align: 'right' },
];

/** One row of the comparison: a corpus, its number of papers and its summary. */
export interface BaselineRow {
  corpus: string;
  papers: number;
  summary: BaselineSummary;
}

const times = (v: number): string => `${v.toFixed(1)}x`;
const optional = (s: Summary | undefined, format: (v: number) => string): string => (s ? formatSummary(s, format) : '-');

/** The comparison table: Folio's build by CPU time and memory beside Hugo's, the floor's and the stack floor's, `median (min-max)`. */
export function formatBaselineReport(rows: readonly BaselineRow[]): string {
  return formatTable(
    COLUMNS,
    rows.map(({ corpus, papers, summary: s }) => [
      corpus,
      String(papers),
      formatSummary(s.folioCpuSeconds, formatSeconds),
      formatSummary(s.cpuMsPerPage, (v) => `${v.toFixed(2)} ms`),
      s.folioPeakAtOnceBytes ? formatBytes(s.folioPeakAtOnceBytes.max) : '-',
      formatBytes(s.folioPeakRssBytes.max),
      s.astroPeakRssBytes.max === 0 ? '-' : formatBytes(s.astroPeakRssBytes.max),
      s.indexerPeakRssBytes.max === 0 ? '-' : `${formatSeconds(s.indexerCpuSeconds.median)}, ${formatBytes(s.indexerPeakRssBytes.max)}`,
      s.paperPageBytes ? formatBytes(s.paperPageBytes.median) : '-',
      optional(s.hugoSeconds, formatSeconds),
      optional(s.hugoCpuSeconds, formatSeconds),
      s.hugoPeakRssBytes ? formatBytes(s.hugoPeakRssBytes.max) : '-',
      optional(s.cpuRatio, times),
      optional(s.floorSeconds, formatSeconds),
      optional(s.floorCpuSeconds, formatSeconds),
      optional(s.floorRatio, times),
      optional(s.stackAstroCpuSeconds, formatSeconds),
      optional(s.stackSearchCpuSeconds, formatSeconds),
      optional(s.stackCpuSeconds, formatSeconds),
      s.stackPeakBytes ? formatBytes(s.stackPeakBytes.max) : '-',
      optional(s.stackHugoRatio, times),
      optional(s.folioStackRatio, times),
    ]),
  );
}
