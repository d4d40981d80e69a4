import { describe, expect, test } from 'vitest';
import { formatReport, summariseRuns, type RunMeasurement } from '../../../../bench/lib/bench-report.ts';

const cost = (wallSeconds: number, peakMb: number, cpuSeconds = wallSeconds) => ({
  wallSeconds,
  userSeconds: cpuSeconds,
  systemSeconds: 0,
  peakRssBytes: peakMb * 1024 ** 2,
  exitStatus: 0,
});

const run = (build: number, ingest: number, reingest: number): RunMeasurement => ({
  ingest: cost(ingest, 120),
  build: cost(build, 900, build * 1.5),
  reingest: cost(reingest, 110),
  entries: 438,
  pages: 500,
  distBytes: 40 * 1024 ** 2,
  pagefindBytes: 3 * 1024 ** 2,
  reingestWrites: 0,
  reingestWritten: [],
  phases: { bundleSeconds: build / 2, renderSeconds: build / 4, searchSeconds: 1.5 },
  loadAverage: 0.5,
});

describe('summariseRuns', () => {
  const summary = summariseRuns([run(10, 1.2, 0.1), run(12, 1.0, 0.12), run(11, 1.1, 0.09)]);

  test('takes the median, min and max of each step', () => {
    expect(summary.buildSeconds).toEqual({ median: 11, min: 10, max: 12, runs: 3 });
    expect(summary.ingestSeconds).toEqual({ median: 1.1, min: 1.0, max: 1.2, runs: 3 });
  });

  test('derives ms per page, cores kept busy, and re-ingest as a share of ingest', () => {
    expect(summary.buildMsPerPage.median).toBe(22);
    expect(summary.buildCores.median).toBeCloseTo(1.5);
    expect(summary.reingestPercent.max).toBeCloseTo(12);
  });

  test('refuses an empty list', () => {
    expect(() => summariseRuns([])).toThrowErrorMatchingInlineSnapshot(`[Error: Expected at least one run to summarise]`);
  });
});

describe('formatReport', () => {
  test('prints one row per corpus with median (min-max) cells', () => {
    const table = formatReport([{ corpus: 'seeds', summary: summariseRuns([run(10, 1.2, 0.1), run(12, 1.0, 0.12), run(11, 1.1, 0.09)]) }]);
    expect(`\n${table}`).toMatchInlineSnapshot(`
      "
      corpus  runs  papers  pages                ingest  ingest RSS  build (incl. search)  bundle  render  search  build RSS                 ms/page  cores             re-ingest  re-ing %     dist  pagefind
      ------  ----  ------  -----  --------------------  ----------  --------------------  ------  ------  ------  ---------  ----------------------  -----  --------------------  --------  -------  --------
      seeds      3     438    500  1.10 s (1.00-1.20 s)      120 MB  11.0 s (10.0-12.0 s)  5.50 s  2.75 s  1.50 s     900 MB  22.0 ms (20.0-24.0 ms)   1.50  0.10 s (0.09-0.12 s)        8%  40.0 MB   3.00 MB"
    `);
  });
});
