import { describe, expect, test } from 'vitest';
import { cpuSeconds, formatBaselineReport, peakAtOnce, peakRss, stepPeak, summariseBaselines, type BaselineRun, type Cost } from '../../../../bench/lib/baseline-report.ts';

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

describe('stepPeak', () => {
  test('is all processes at once, never below the largest process (a spike between two samples), nor unknown when not sampled', () => {
    expect(stepPeak(build(40))).toBe(2000 * MB);
    expect(stepPeak(cost(1, 2, 900, { cpuSeconds: 2, peakRssBytes: 1000 * MB, together: { bytes: 950 * MB, atSeconds: 1, byName: {} }, byName: {} }))).toBe(1000 * MB);
    expect(stepPeak(cost(1, 2, 10))).toBe(10 * MB);
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

describe('summariseBaselines: the stack floor (bare Astro, then Pagefind)', () => {
  /** A bare Astro build and Pagefind over its pages, each with its tree sampled. */
  const stack = (astroCpu: number, searchCpu: number, astroAtOnceMb: number, searchAtOnceMb: number): BaselineRun['astroFloor'] => ({
    build: cost(astroCpu, astroCpu, 600, { cpuSeconds: astroCpu, peakRssBytes: 600 * MB, together: { bytes: astroAtOnceMb * MB, atSeconds: 3, byName: {} }, byName: {} }),
    search: cost(searchCpu / 2, 0.2, 60, {
      cpuSeconds: searchCpu,
      peakRssBytes: 1000 * MB,
      together: { bytes: searchAtOnceMb * MB, atSeconds: 3, byName: {} },
      byName: { MainThread: { cpuSeconds: 0.2, peakRssBytes: 60 * MB, processes: 1 }, pagefind_extend: { cpuSeconds: searchCpu - 0.2, peakRssBytes: 1000 * MB, processes: 1 } },
    }),
  });
  const runs = [
    { ...run(40, 4), astroFloor: stack(16, 6, 700, 1100) },
    { ...run(45, 5), astroFloor: stack(18, 7, 750, 1050) },
    { ...run(35, 4), astroFloor: stack(14, 6, 800, 1000) },
  ];
  const summary = summariseBaselines(runs);

  test('gives bare Astro’s CPU, Pagefind’s (its binary included) and their sum', () => {
    expect(summary.stackAstroCpuSeconds?.median).toBe(16);
    expect(summary.stackSearchCpuSeconds).toEqual({ median: 6, min: 6, max: 7, runs: 3 });
    expect(summary.stackCpuSeconds).toEqual({ median: 22, min: 20, max: 25, runs: 3 });
  });

  test('takes the stack against Hugo and Folio against the stack run by run', () => {
    // 22/4, 25/5, 20/4; Folio 55/22, 60/25, 50/20
    expect(summary.stackHugoRatio).toEqual({ median: 5, min: 5, max: 5.5, runs: 3 });
    expect(summary.folioStackRatio).toEqual({ median: 2.5, min: 2.4, max: 2.5, runs: 3 });
  });

  test('peaks at the larger of its two steps, as they run one after the other, each step all processes at once', () => {
    expect(summary.stackPeakBytes?.max).toBe(1100 * MB);
  });

  test('is left out when a run did not measure it', () => {
    expect(summariseBaselines([run(40, 4), ...runs]).stackCpuSeconds).toBeUndefined();
  });

  test('is printed after the floor: bare Astro, bare Pagefind, their sum, its peak, the stack over Hugo and Folio over the stack', () => {
    const [header, , row] = formatBaselineReport([{ corpus: 'synthetic-10000', papers: 10_000, summary }]).split('\n');
    expect(header!.split(/\s{2,}/).slice(-6)).toEqual(['bare Astro CPU', 'bare Pagefind CPU', 'stack CPU', 'stack peak', 'stack/Hugo CPU', 'Folio/stack CPU']);
    expect(row!.split(/\s{2,}/).slice(-6)).toEqual(['16.0 s (14.0-18.0 s)', '6.00 s (6.00-7.00 s)', '22.0 s (20.0-25.0 s)', '1.07 GB', '5.0x (5.0x-5.5x)', '2.5x (2.4x-2.5x)']);
  });
});

describe('formatBaselineReport', () => {
  test('prints Folio beside Hugo and the floor, median (min-max)', () => {
    const table = formatBaselineReport([{ corpus: 'synthetic-10000', papers: 10_000, summary: summariseBaselines([run(40, 4), run(45, 5), run(35, 4)]) }]);
    expect(`\n${table}`).toMatchInlineSnapshot(`
      "
      corpus           papers             Folio CPU             CPU ms/page  peak, all at once  largest process  Astro peak  Pagefind CPU, peak  paper page             Hugo wall              Hugo CPU  Hugo peak       Folio/Hugo CPU  floor wall  floor CPU      Folio/floor CPU  bare Astro CPU  bare Pagefind CPU  stack CPU  stack peak  stack/Hugo CPU  Folio/stack CPU
      ---------------  ------  --------------------  ----------------------  -----------------  ---------------  ----------  ------------------  ----------  --------------------  --------------------  ---------  -------------------  ----------  ---------  -------------------  --------------  -----------------  ---------  ----------  --------------  ---------------
      synthetic-10000   10000  55.0 s (50.0-60.0 s)  5.50 ms (5.00-6.00 ms)            1.95 GB          1.37 GB      900 MB     15.0 s, 1.37 GB     7.50 KB  4.00 s (4.00-5.00 s)  4.00 s (4.00-5.00 s)     450 MB  12.5x (12.0x-13.8x)      2.00 s     1.50 s  36.7x (33.3x-40.0x)               -                  -          -           -               -                -"
    `);
  });
});
