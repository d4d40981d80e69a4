import { describe, expect, test } from 'vitest';
import { summariseBaselines, type BaselineRun } from '../../../../bench/lib/baseline-report.ts';
import { summariseRuns, type RunMeasurement } from '../../../../bench/lib/bench-report.ts';
import { chartOf, checkTargets, loadNote, type ScalePoint } from '../../../../bench/lib/scale-targets.ts';

const GB = 1024 ** 3;
const cost = (wallSeconds: number, cpu: number, peakBytes: number) => ({ wallSeconds, userSeconds: cpu, systemSeconds: 0, peakRssBytes: peakBytes, exitStatus: 0 });
const point = (papers: number, folioCpu: number, hugoCpu: number, peak: number, pageBytes: number, atOnce?: number): ScalePoint => {
  const run: RunMeasurement & BaselineRun = {
    ingest: cost(1, 1, 0.1 * GB),
    build: {
      ...cost(folioCpu / 1.5, folioCpu, peak),
      tree: {
        cpuSeconds: folioCpu,
        peakRssBytes: peak,
        ...(atOnce ? { together: { bytes: atOnce, atSeconds: 10, byName: { node: atOnce - peak, pagefind_extend: peak } } } : {}),
        byName: { node: { cpuSeconds: folioCpu * 0.7, peakRssBytes: peak * 0.8, processes: 1 }, pagefind_extend: { cpuSeconds: folioCpu * 0.3, peakRssBytes: peak, processes: 1 } },
      },
    },
    reingest: cost(0.1, 0.1, 0.1 * GB),
    entries: papers,
    pages: papers,
    distBytes: 0,
    pagefindBytes: 0,
    reingestWrites: 0,
    reingestWritten: [],
    phases: { setupSeconds: 1, renderSeconds: folioCpu / 3 },
    loadAverage: 1,
    paperPageBytes: pageBytes,
    hugo: { ...cost(hugoCpu, hugoCpu, 0.4 * GB), pages: papers },
    floor: cost(1, 1, 0.05 * GB),
  };
  runs.set(papers, run);
  return { corpus: `synthetic-${papers}`, papers, summary: summariseRuns([run]), baselines: summariseBaselines([run]) };
};
const runs = new Map<number, RunMeasurement & BaselineRun>();
/** The run a point was summarised from. */
const runOf = (p: ScalePoint) => runs.get(p.papers)!;

describe('checkTargets', () => {
  test('says for each target what was measured and whether it is met', () => {
    const lines = checkTargets([point(1_000, 6, 0.5, 0.5 * GB, 7_000), point(10_000, 48, 5, 1.1 * GB, 7_000), point(30_000, 150, 15, 2.7 * GB, 7_100)]);
    expect(lines).toEqual([
      "10,000 papers: build CPU 9.6x Hugo's (target <= 5x): NOT met",
      '10,000 papers: peak 1.10 GB, largest process (the processes were not sampled together) (target <= 1.20 GB): met',
      '30,000 papers: peak 2.70 GB, largest process (the processes were not sampled together) (target <= 2.50 GB): NOT met',
      'per page from 1,000 to 30,000 papers: render (wall) 2.00 -> 1.60 -> 1.67 ms (spread 25%), Pagefind CPU 1.80 -> 1.44 -> 1.50 ms (spread 25%), whole build CPU 6.00 -> 4.80 -> 5.00 ms (spread 25%) (target: render and indexing within 20%): NOT met',
      'synthetic-1000: paper page 6.84 KB on average (target <= 8.00 KB): met',
      'synthetic-10000: paper page 6.84 KB on average (target <= 8.00 KB): met',
      'synthetic-30000: paper page 6.93 KB on average (target <= 8.00 KB): met',
    ]);
  });

  test('judges memory on what the processes held together, when sampled, not on the largest alone', () => {
    const lines = checkTargets([point(10_000, 48, 5, 1.1 * GB, 7_000, 1.9 * GB), point(30_000, 150, 15, 2.0 * GB, 7_100, 2.4 * GB)]);
    expect(lines.filter((line) => line.includes('peak'))).toEqual([
      '10,000 papers: peak 1.90 GB, all processes at once (largest process 1.10 GB) (target <= 1.20 GB): NOT met',
      '30,000 papers: peak 2.40 GB, all processes at once (largest process 2.00 GB) (target <= 2.50 GB): met',
    ]);
  });

  test('never judges memory below the largest process, which the sampled sum can miss between two samples', () => {
    const lines = checkTargets([point(10_000, 48, 5, 1.3 * GB, 7_000, 1.15 * GB)]);
    expect(lines.filter((line) => line.includes('peak'))).toEqual(['10,000 papers: peak 1.30 GB, the largest process (all processes at once, as sampled: 1.15 GB) (target <= 1.20 GB): NOT met']);
  });

  test('says whether the stack floor (bare Astro + Pagefind) alone can meet the 10,000-paper targets', () => {
    const stacked = (astroCpu: number, searchCpu: number, peak: number): ScalePoint => {
      const p = point(10_000, 60, 6, 1.1 * GB, 7_000, 1.9 * GB);
      const run = { ...p, astroFloor: { build: cost(astroCpu, astroCpu, peak * 0.6), search: cost(searchCpu, searchCpu, peak) } };
      return { ...p, baselines: summariseBaselines([{ ...runOf(p), astroFloor: run.astroFloor }]) };
    };
    const stackLines = (p: ScalePoint) => checkTargets([p]).filter((line) => line.includes('stack floor'));
    expect(stackLines(stacked(24, 9, 1.3 * GB))).toEqual([
      "10,000 papers, the stack floor (a bare Astro site of the same papers + Pagefind over it): CPU 33.0 s (Astro 24.0 s + Pagefind 9.00 s) = 5.5x Hugo's (target <= 5x): NOT reachable with Astro + Pagefind as decided (Folio 1.8x the stack floor)",
      '10,000 papers, the stack floor: peak 1.30 GB, the larger of its two steps (target <= 1.20 GB): NOT reachable with Astro + Pagefind as decided',
    ]);
    expect(stackLines(stacked(12, 6, 0.9 * GB))).toEqual([
      "10,000 papers, the stack floor (a bare Astro site of the same papers + Pagefind over it): CPU 18.0 s (Astro 12.0 s + Pagefind 6.00 s) = 3.0x Hugo's (target <= 5x): reachable with Astro + Pagefind as decided (Folio 3.3x the stack floor)",
      '10,000 papers, the stack floor: peak 922 MB, the larger of its two steps (target <= 1.20 GB): reachable with Astro + Pagefind as decided',
    ]);
  });

  test('skips a target whose size was not measured', () => {
    expect(checkTargets([point(500, 4, 0.3, 0.4 * GB, 9_000)])).toEqual(['synthetic-500: paper page 8.79 KB on average (target <= 8.00 KB): NOT met']);
  });
});

describe('chartOf', () => {
  test('draws the synthetic corpora only, Folio beside Hugo, with the note', () => {
    const svg = chartOf([point(1_000, 6, 0.5, 0.5 * GB, 7_000), point(10_000, 48, 5, 1.1 * GB, 7_000)], 'machine note');
    expect(svg).toContain('<title>Hugo build</title>');
    expect(svg).toContain('Folio build: 48 s at 10,000 papers');
    expect(svg).toContain('machine note');
  });

  test('draws the stack floor (bare Astro + Pagefind) beside Hugo, in CPU time and peak memory, when it was measured', () => {
    const p = point(10_000, 60, 6, 1.1 * GB, 7_000, 1.9 * GB);
    const astroFloor = { build: cost(30, 30, 1.4 * GB), search: cost(20, 20, 1.5 * GB) };
    const svg = chartOf([{ ...p, baselines: summariseBaselines([{ ...runOf(p), astroFloor }]) }], 'machine note');
    expect(svg).toContain('stack floor (bare Astro + Pagefind): 50 s at 10,000 papers');
    expect(svg).toContain('stack floor (bare Astro + Pagefind): 1.5 GB at 10,000 papers');
    expect(chartOf([p], 'machine note')).not.toContain('stack floor');
  });
});

describe('loadNote', () => {
  test('gives the range of the load averages the runs started at', () => {
    expect(loadNote([8.04, 9.55, 9.3])).toBe('load 8.0-9.6');
    expect(loadNote([2])).toBe('load 2.0');
    expect(loadNote([])).toBe('load not recorded');
  });
});
