/**
 * Turn the measurements of each run into the figures the benchmark reports:
 * per-corpus summaries (median, min, max) and the printed table.
 */
import type { ProcessCost } from './parse-time-output.ts';
import { cpuSeconds, peakRss, type BaselineRun, type Cost } from './baseline-report.ts';
import { summarise, type Summary } from './summarise.ts';
import type { BuildPhases } from './parse-astro-log.ts';
import { formatBytes, formatSeconds, formatSummary, formatTable, type Column } from './format-table.ts';

/** Everything measured in one run over one corpus. */
export interface RunMeasurement extends BaselineRun {
  ingest: ProcessCost;
  /** The build, with its whole process tree (the search indexer included) when sampled. */
  build: Cost;
  /** The second ingest of the same input (nothing should change). */
  reingest: ProcessCost;
  /** Entries the first ingest wrote (`.mdx` files). */
  entries: number;
  /** HTML files in the built site. */
  pages: number;
  distBytes: number;
  /** Size of `dist/pagefind`, 0 when the build made no search index. */
  pagefindBytes: number;
  /** Files in the content folder that the second ingest wrote anyway. */
  reingestWrites: number;
  /** The first ten of them, relative to the content folder. */
  reingestWritten: string[];
  /** The build's phases, from its log. */
  phases: BuildPhases;
  /** One-minute load average when the run started: other work on the machine skews the figures. */
  loadAverage: number;
}

/** The summaries of one corpus. */
export interface CorpusSummary {
  ingestSeconds: Summary;
  ingestPeakRssBytes: Summary;
  buildSeconds: Summary;
  buildPeakRssBytes: Summary;
  /** Build wall time divided by pages built. */
  buildMsPerPage: Summary;
  /** Build CPU time (user + system, every process) over wall time: how many cores the build kept busy. */
  buildCores: Summary;
  /** Config, content-layer sync and types inside the build (0 when the log did not show it). */
  setupSeconds: Summary;
  /** Vite/Rolldown bundling inside the build (0 when the log did not show it). */
  bundleSeconds: Summary;
  /** Rendering routes to HTML inside the build (0 when the log did not show it). */
  renderSeconds: Summary;
  /** Building the search index inside the build (0 when the log did not show it). */
  searchSeconds: Summary;
  reingestSeconds: Summary;
  /** Second ingest as a share of the first, in percent. */
  reingestPercent: Summary;
  entries: Summary;
  pages: Summary;
  distBytes: Summary;
  pagefindBytes: Summary;
  reingestWrites: Summary;
}

/** Summarise the runs over one corpus. Throws on an empty list. */
export function summariseRuns(runs: readonly RunMeasurement[]): CorpusSummary {
  if (runs.length === 0) throw new Error('Expected at least one run to summarise');
  const over = (pick: (run: RunMeasurement) => number): Summary => summarise(runs.map(pick));
  return {
    ingestSeconds: over((r) => r.ingest.wallSeconds),
    ingestPeakRssBytes: over((r) => r.ingest.peakRssBytes),
    buildSeconds: over((r) => r.build.wallSeconds),
    buildPeakRssBytes: over((r) => peakRss(r.build)),
    buildMsPerPage: over((r) => (r.pages === 0 ? 0 : (r.build.wallSeconds * 1000) / r.pages)),
    buildCores: over((r) => cpuSeconds(r.build) / Math.max(r.build.wallSeconds, 0.01)),
    setupSeconds: over((r) => r.phases.setupSeconds ?? 0),
    bundleSeconds: over((r) => r.phases.bundleSeconds ?? 0),
    renderSeconds: over((r) => r.phases.renderSeconds ?? 0),
    searchSeconds: over((r) => r.phases.searchSeconds ?? 0),
    reingestSeconds: over((r) => r.reingest.wallSeconds),
    reingestPercent: over((r) => (100 * r.reingest.wallSeconds) / Math.max(r.ingest.wallSeconds, 0.01)),
    entries: over((r) => r.entries),
    pages: over((r) => r.pages),
    distBytes: over((r) => r.distBytes),
    pagefindBytes: over((r) => r.pagefindBytes),
    reingestWrites: over((r) => r.reingestWrites),
  };
}

/** One row of the report: a corpus name and its summary. */
export interface ReportRow {
  corpus: string;
  summary: CorpusSummary;
}

const COLUMNS: Column[] = [
  { heading: 'corpus' },
  { heading: 'runs', align: 'right' },
  { heading: 'papers', align: 'right' },
  { heading: 'pages', align: 'right' },
  { heading: 'ingest', align: 'right' },
  { heading: 'ingest RSS', align: 'right' },
  { heading: 'build (incl. search)', align: 'right' },
  { heading: 'bundle', align: 'right' },
  { heading: 'render', align: 'right' },
  { heading: 'search', align: 'right' },
  { heading: 'build RSS', align: 'right' },
  { heading: 'ms/page', align: 'right' },
  { heading: 'cores', align: 'right' },
  { heading: 're-ingest', align: 'right' },
  { heading: 're-ing %', align: 'right' },
  { heading: 'dist', align: 'right' },
  { heading: 'pagefind', align: 'right' },
];

const count = (value: number): string => String(Math.round(value));

/** The benchmark's table: one row per corpus, each cell `median (min-max)`. */
export function formatReport(rows: readonly ReportRow[]): string {
  return formatTable(
    COLUMNS,
    rows.map(({ corpus, summary: s }) => [
      corpus,
      String(s.buildSeconds.runs),
      count(s.entries.median),
      count(s.pages.median),
      formatSummary(s.ingestSeconds, formatSeconds),
      formatBytes(s.ingestPeakRssBytes.max),
      formatSummary(s.buildSeconds, formatSeconds),
      s.bundleSeconds.max === 0 ? '-' : formatSeconds(s.bundleSeconds.median),
      s.renderSeconds.max === 0 ? '-' : formatSeconds(s.renderSeconds.median),
      s.searchSeconds.max === 0 ? '-' : formatSeconds(s.searchSeconds.median),
      formatBytes(s.buildPeakRssBytes.max),
      formatSummary(s.buildMsPerPage, (v) => `${v.toFixed(1)} ms`),
      s.buildCores.median.toFixed(2),
      formatSummary(s.reingestSeconds, formatSeconds),
      `${s.reingestPercent.median.toFixed(0)}%`,
      formatBytes(s.distBytes.median),
      s.pagefindBytes.max === 0 ? '-' : formatBytes(s.pagefindBytes.median),
    ]),
  );
}
