/**
 * The build-cost targets (issue 14) checked against a benchmark's figures,
 * and the scaling chart drawn from them. Pure: summaries in, lines and SVG out.
 */
import type { BaselineSummary } from './baseline-report.ts';
import type { CorpusSummary } from './bench-report.ts';
import { formatBytes, formatSeconds } from './format-table.ts';
import { scalingChart, type ChartSeries } from './scaling-chart.ts';

/** One corpus as the targets and the chart read it. */
export interface ScalePoint {
  corpus: string;
  papers: number;
  summary: CorpusSummary;
  baselines: BaselineSummary;
}

const GB = 1024 ** 3;
const KB = 1024;

/** The targets, with the figure they are checked at. */
export const TARGETS = {
  /** At 10,000 papers: full build with search at most this many times Hugo's CPU time. */
  cpuRatioAt10k: 5,
  peakAt10k: 1.2 * GB,
  peakAt30k: 2.5 * GB,
  /** Build CPU per page from 1,000 to 30,000 papers within this share of its lowest value. */
  flatPerPage: 0.2,
  paperPageBytes: 8 * KB,
} as const;

const verdict = (met: boolean): string => (met ? 'met' : 'NOT met');

/**
 * The memory target judged on what the build's processes held together at
 * their fullest moment (Astro and Pagefind run side by side, so a machine
 * needs their sum), with the largest single process beside it; on the
 * largest process alone only when the tree was not sampled, saying so.
 */
function peakLine(papers: string, point: ScalePoint, target: number): string {
  const { folioPeakAtOnceBytes: atOnce, folioPeakRssBytes: largest } = point.baselines;
  // The sum is sampled every 0.1 s and the largest process's peak is the kernel's exact high-water mark: a spike between
  // two samples can leave the sum below it, and the build needed at least the larger.
  const peak = Math.max(atOnce?.max ?? 0, largest.max);
  const measured = !atOnce
    ? `${formatBytes(peak)}, largest process (the processes were not sampled together)`
    : atOnce.max >= largest.max
      ? `${formatBytes(peak)}, all processes at once (largest process ${formatBytes(largest.max)})`
      : `${formatBytes(peak)}, the largest process (all processes at once, as sampled: ${formatBytes(atOnce.max)})`;
  return `${papers} papers: peak ${measured} (target <= ${formatBytes(target)}): ${verdict(peak <= target)}`;
}

const reachable = (met: boolean): string => (met ? 'reachable with Astro + Pagefind as decided' : 'NOT reachable with Astro + Pagefind as decided');

/**
 * Whether the 10,000-paper targets can be met at all on the decided stack:
 * the stack floor (a bare Astro site of the same papers, then Pagefind over
 * it) against the CPU target and the memory target. Above them, no Folio
 * built on Astro and Pagefind as they are can meet them.
 */
function stackLines(point: ScalePoint): string[] {
  const { stackCpuSeconds: cpu, stackAstroCpuSeconds: astro, stackSearchCpuSeconds: search, stackHugoRatio: ratio, folioStackRatio: folio, stackPeakBytes: peak } = point.baselines;
  const lines: string[] = [];
  if (cpu && astro && search && ratio && folio) {
    lines.push(
      `10,000 papers, the stack floor (a bare Astro site of the same papers + Pagefind over it): CPU ${formatSeconds(cpu.median)} (Astro ${formatSeconds(astro.median)} + Pagefind ${formatSeconds(search.median)}) = ` +
        `${ratio.median.toFixed(1)}x Hugo's (target <= ${TARGETS.cpuRatioAt10k}x): ${reachable(ratio.median <= TARGETS.cpuRatioAt10k)} (Folio ${folio.median.toFixed(1)}x the stack floor)`,
    );
  }
  if (peak) lines.push(`10,000 papers, the stack floor: peak ${formatBytes(peak.max)}, the larger of its two steps (target <= ${formatBytes(TARGETS.peakAt10k)}): ${reachable(peak.max <= TARGETS.peakAt10k)}`);
  return lines;
}

/** One line per target that the figures can speak to (a size not measured is skipped). */
export function checkTargets(points: readonly ScalePoint[]): string[] {
  const at = (papers: number) => points.find((p) => p.papers === papers && p.corpus.startsWith('synthetic'));
  const lines: string[] = [];
  const p10 = at(10_000);
  if (p10?.baselines.cpuRatio) {
    const ratio = p10.baselines.cpuRatio.median;
    lines.push(`10,000 papers: build CPU ${ratio.toFixed(1)}x Hugo's (target <= ${TARGETS.cpuRatioAt10k}x): ${verdict(ratio <= TARGETS.cpuRatioAt10k)}`);
  }
  if (p10) lines.push(peakLine('10,000', p10, TARGETS.peakAt10k));
  if (p10) lines.push(...stackLines(p10));
  const p30 = at(30_000);
  if (p30) lines.push(peakLine('30,000', p30, TARGETS.peakAt30k));
  const ranged = points.filter((p) => p.corpus.startsWith('synthetic') && p.papers >= 1_000 && p.papers <= 30_000).sort((a, b) => a.papers - b.papers);
  if (ranged.length >= 2) {
    const from = `${ranged[0]!.papers.toLocaleString('en-US')} to ${ranged.at(-1)!.papers.toLocaleString('en-US')}`;
    const spread = (values: number[]) => Math.max(...values) / Math.min(...values) - 1;
    const series = (label: string, values: number[]) => `${label} ${values.map((v) => v.toFixed(2)).join(' -> ')} ms (spread ${(spread(values) * 100).toFixed(0)}%)`;
    const pages = ranged.map((p) => p.summary.pages.median);
    // Rendering and indexing are the work done per page; the build's total also carries a fixed start-up cost.
    const render = ranged.map((p, i) => (p.summary.renderSeconds.median * 1000) / pages[i]!);
    const search = ranged.map((p, i) => (p.baselines.indexerCpuSeconds.median * 1000) / pages[i]!);
    const indexed = search.every((v) => v > 0);
    const flat = spread(render) <= TARGETS.flatPerPage && (!indexed || spread(search) <= TARGETS.flatPerPage);
    lines.push(
      `per page from ${from} papers: ${series('render (wall)', render)}, ${indexed ? `${series('Pagefind CPU', search)}, ` : ''}${series('whole build CPU', ranged.map((p) => p.baselines.cpuMsPerPage.median))} ` +
        `(target: render and indexing within ${TARGETS.flatPerPage * 100}%): ${verdict(flat)}`,
    );
  }
  for (const p of points) {
    if (!p.baselines.paperPageBytes) continue;
    const bytes = p.baselines.paperPageBytes.median;
    lines.push(`${p.corpus}: paper page ${formatBytes(bytes)} on average (target <= ${formatBytes(TARGETS.paperPageBytes)}): ${verdict(bytes <= TARGETS.paperPageBytes)}`);
  }
  return lines;
}

/** The load averages the runs started at, for a chart's note: `load 8.0-9.6` (above the core count, the figures are inflated). */
export function loadNote(loads: readonly number[]): string {
  if (loads.length === 0) return 'load not recorded';
  const low = Math.min(...loads).toFixed(1);
  const high = Math.max(...loads).toFixed(1);
  return `load ${low === high ? low : `${low}-${high}`}`;
}

/** The stack floor's line in the chart: what Astro and Pagefind cost before any of Folio's work (bench/lib/astro-floor-site.ts). */
const STACK_FLOOR = 'stack floor (bare Astro + Pagefind)';

const seconds = (v: number): string => `${v.toFixed(v < 10 && v !== 0 && !Number.isInteger(v) ? 1 : 0)} s`;

/** The scaling chart of the synthetic corpora: wall time by phase, CPU time with the 5x-Hugo target, peak memory with its targets, cost per page; Folio beside Hugo, the floor and (when measured) the stack floor. */
export function chartOf(points: readonly ScalePoint[], note: string): string {
  const synthetic = points.filter((p) => p.corpus.startsWith('synthetic')).sort((a, b) => a.papers - b.papers);
  const line = (label: string, pick: (p: ScalePoint) => number | undefined, style: { dashed?: boolean; target?: boolean } = {}): ChartSeries => ({
    label,
    ...style,
    points: synthetic.flatMap((p) => {
      const value = pick(p);
      return value === undefined || !Number.isFinite(value) ? [] : [{ papers: p.papers, value }];
    }),
  });
  const nonEmpty = (series: ChartSeries[]) => series.filter((s) => s.points.length > 0);
  const perPage = (seconds: number | undefined, p: ScalePoint) => (seconds ? (seconds * 1000) / p.summary.pages.median : undefined);
  const peakTarget = (p: ScalePoint) => (p.papers === 10_000 ? TARGETS.peakAt10k / GB : p.papers === 30_000 ? TARGETS.peakAt30k / GB : undefined);
  return scalingChart(
    'Folio build cost against papers, beside a bare Hugo build of the same papers',
    [
      {
        title: 'Wall time by phase (median)',
        format: seconds,
        series: nonEmpty([
          line('Folio build', (p) => p.summary.buildSeconds.median),
          line('setup (content layer)', (p) => p.summary.setupSeconds.median || undefined),
          line('bundle', (p) => p.summary.bundleSeconds.median || undefined),
          line('render', (p) => p.summary.renderSeconds.median || undefined),
          line('search index (timed from the start)', (p) => p.summary.searchSeconds.median || undefined),
          line('Hugo build', (p) => p.baselines.hugoSeconds?.median, { dashed: true }),
          line('floor', (p) => p.baselines.floorSeconds?.median, { dashed: true }),
        ]),
      },
      {
        title: 'CPU time, all processes (median)',
        format: seconds,
        series: nonEmpty([
          line('Folio build', (p) => p.baselines.folioCpuSeconds.median),
          line('Pagefind process', (p) => p.baselines.indexerCpuSeconds.median || undefined),
          line('Hugo build', (p) => p.baselines.hugoCpuSeconds?.median, { dashed: true }),
          line('floor', (p) => p.baselines.floorCpuSeconds?.median, { dashed: true }),
          line(STACK_FLOOR, (p) => p.baselines.stackCpuSeconds?.median, { dashed: true }),
          line(`target: ${TARGETS.cpuRatioAt10k} x Hugo CPU`, (p) => (p.baselines.hugoCpuSeconds ? p.baselines.hugoCpuSeconds.median * TARGETS.cpuRatioAt10k : undefined), { target: true }),
        ]),
      },
      {
        // The build's line is all its processes at once (in the colour of the build's line in every panel), beside each process.
        title: 'Peak memory (max): build at once, each process',
        // In GB, so the axis gets round numbers.
        format: (v) => `${Number(v.toFixed(2))} GB`,
        series: nonEmpty([
          line('Folio build', (p) => (p.baselines.folioPeakAtOnceBytes ? p.baselines.folioPeakAtOnceBytes.max / GB : undefined)),
          line('Astro process', (p) => p.baselines.astroPeakRssBytes?.max / GB || undefined),
          line('Pagefind process', (p) => p.baselines.indexerPeakRssBytes.max / GB || undefined),
          line('Hugo build', (p) => (p.baselines.hugoPeakRssBytes ? p.baselines.hugoPeakRssBytes.max / GB : undefined), { dashed: true }),
          line(STACK_FLOOR, (p) => (p.baselines.stackPeakBytes ? p.baselines.stackPeakBytes.max / GB : undefined), { dashed: true }),
          line('target: peak at 10k, 30k', peakTarget, { target: true }),
        ]),
      },
      {
        // The same labels (and colours) as in the panels above: build, Pagefind and Hugo CPU, render wall.
        title: 'Per page: CPU, and render wall time (median, ms)',
        format: (v) => `${Number(v.toFixed(1))} ms`,
        series: nonEmpty([
          line('Folio build', (p) => p.baselines.cpuMsPerPage.median),
          line('render', (p) => perPage(p.summary.renderSeconds.median, p)),
          line('Pagefind process', (p) => perPage(p.baselines.indexerCpuSeconds.median, p)),
          line('Hugo build', (p) => (p.baselines.hugoCpuSeconds && p.baselines.hugoPages ? (p.baselines.hugoCpuSeconds.median * 1000) / p.baselines.hugoPages.median : undefined), { dashed: true }),
        ]),
      },
    ],
    note,
  );
}
