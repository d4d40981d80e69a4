import { describe, expect, test } from 'vitest';
import { cpuSeconds, formatBaselineReport, peakAtOnce, peakRss, summariseBaselines, type BaselineRun, type Cost } from '../../../../bench/lib/baseline-report.ts';

const MB = 1024 ** 2;
const cost = (wallSeconds: number, cpu: number, peakMb: number, tree?: Cost['tree']): Cost => ({
  wallSeconds,
  userSeconds: cpu,
  systemSeconds: 0,
  peakRssBytes: peakMb * MB,
  exitStatus: 0,
  ...(tree ? { tree } : {}),
});
/** A build whose own accounting missed the Pagefind process that the tree sampling saw. */
const build = (cpu: number) =>
  cost(cpu / 1.2, cpu, 900, {
    cpuSeconds: cpu + 15,
    peakRssBytes: 1400 * MB,
    together: { bytes: 2000 * MB, atSeconds: 17, byName: { node: 800 * MB, pagefind_extended: 1200 * MB } },
    byName: { node: { cpuSeconds: cpu, peakRssBytes: 900 * MB, processes: 1 }, pagefind_extended: { cpuSeconds: 15, peakRssBytes: 1400 * MB, processes: 1 } },
  });
const run = (folioCpu: number, hugoCpu: number): BaselineRun => ({
  build: build(folioCpu),
  pages: 10_000,
  paperPageBytes: 7.5 * 1024,
  hugo: { ...cost(hugoCpu, hugoCpu, 450), pages: 10_040 },
  floor: cost(2, 1.5, 80),
});

describe('cpuSeconds and peakRss', () => {
  test('take the sampled tree when it saw more than GNU time (a child the build did not wait for)', () => {
    expect(cpuSeconds(build(40))).toBe(55);
    expect(peakRss(build(40))).toBe(1400 * MB);
  });

  test('take GNU time when there is no tree', () => {
    expect(cpuSeconds(cost(1, 2, 10))).toBe(2);
  });
});

describe('peakAtOnce', () => {
  test('is what the whole tree held at its fullest sampled moment, above the largest single process', () => {
    expect(peakAtOnce(build(40))).toBe(2000 * MB);
  });

  test('is unknown when the tree was not sampled', () => {
    expect(peakAtOnce(cost(1, 2, 10))).toBeUndefined();
  });
});

describe('summariseBaselines', () => {
  const summary = summariseBaselines([run(40, 4), run(45, 5), run(35, 4)]);

  test('ratios are taken run by run, then summarised', () => {
    // 55/4, 60/5, 50/4
    expect(summary.cpuRatio).toEqual({ median: 12.5, min: 12, max: 13.75, runs: 3 });
  });

  test('splits out the search indexer’s process', () => {
    expect(summary.indexerCpuSeconds.median).toBe(15);
    expect(summary.indexerPeakRssBytes.max).toBe(1400 * MB);
  });

  test('keeps the whole tree’s peak at one moment beside the largest process’s, only when every run sampled it', () => {
    expect(summary.folioPeakRssBytes.max).toBe(1400 * MB);
    expect(summary.folioPeakAtOnceBytes?.max).toBe(2000 * MB);
    expect(summariseBaselines([{ ...run(40, 4), build: cost(30, 40, 900) }, run(40, 4)]).folioPeakAtOnceBytes).toBeUndefined();
  });

  test('finds Astro’s process under the name Node 24 gives it (`MainThread`) as under `node`', () => {
    const named = (name: string): BaselineRun => ({
      ...run(40, 4),
      build: cost(30, 40, 900, { cpuSeconds: 40, peakRssBytes: 900 * MB, byName: { [name]: { cpuSeconds: 40, peakRssBytes: 900 * MB, processes: 1 }, esbuild: { cpuSeconds: 1, peakRssBytes: 30 * MB, processes: 1 } } }),
    });
    expect(summariseBaselines([named('MainThread')]).astroPeakRssBytes.max).toBe(900 * MB);
    expect(summariseBaselines([named('node')]).astroPeakRssBytes.max).toBe(900 * MB);
  });

  test('leaves Hugo out when a run did not measure it', () => {
    const { hugo: _, ...withoutHugo } = run(40, 4);
    expect(summariseBaselines([withoutHugo]).cpuRatio).toBeUndefined();
  });
});

describe('formatBaselineReport', () => {
  test('prints Folio beside Hugo and the floor, median (min-max)', () => {
    const table = formatBaselineReport([{ corpus: 'synthetic-10000', papers: 10_000, summary: summariseBaselines([run(40, 4), run(45, 5), run(35, 4)]) }]);
    expect(`\n${table}`).toMatchInlineSnapshot(`
      "
      corpus           papers             Folio CPU             CPU ms/page  peak, all at once  largest process  Astro peak  Pagefind CPU, peak  paper page             Hugo wall              Hugo CPU  Hugo peak       Folio/Hugo CPU  floor wall  floor CPU      Folio/floor CPU
      ---------------  ------  --------------------  ----------------------  -----------------  ---------------  ----------  ------------------  ----------  --------------------  --------------------  ---------  -------------------  ----------  ---------  -------------------
      synthetic-10000   10000  55.0 s (50.0-60.0 s)  5.50 ms (5.00-6.00 ms)            1.95 GB          1.37 GB      900 MB     15.0 s, 1.37 GB     7.50 KB  4.00 s (4.00-5.00 s)  4.00 s (4.00-5.00 s)     450 MB  12.5x (12.0x-13.8x)      2.00 s     1.50 s  36.7x (33.3x-40.0x)"
    `);
  });
});
