/**
 * `npm run bench -- [--quick] [--runs K] [--sizes N,...] [--no-seeds] [--keep] [--profile]`
 *
 * Measures the whole pipeline on the real seeds and on synthetic corpora: for
 * each run, in a fresh temp folder, the ingest, a clean `astro build` (search
 * index included), and a second ingest of the same input (the no-change
 * case), each as a whole process under `/usr/bin/time -v`. Prints one table
 * and writes bench/results/results.json and its chart. This file only runs, reads and reports; the
 * logic lives in bench/lib.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BENCH_USAGE, parseBenchArgs, type BenchOptions } from './lib/parse-bench-args.ts';
import { generateCorpus } from './lib/generate-corpus.ts';
import { writeCorpus } from './lib/write-corpus.ts';
import { hasGnuTime, runTimed, TIME_BINARY } from './lib/run-timed.ts';
import { changedSince, dirStats, snapshotMtimes } from './lib/dir-stats.ts';
import { prepareSite } from './lib/prepare-site.ts';
import { formatReport, summariseRuns, type CorpusSummary, type RunMeasurement } from './lib/bench-report.ts';
import { formatBytes, formatSeconds } from './lib/format-table.ts';
import { parseAstroLog, phaseSpans } from './lib/parse-astro-log.ts';
import { profileByPhase, summariseProfile, type CpuProfile, type PhaseSpan } from './lib/summarise-profile.ts';
import { cpuSeconds, formatBaselineReport, peakAtOnce, peakRss, stepPeak, summariseBaselines, type BaselineSummary } from './lib/baseline-report.ts';
import { astroBuildArgs, ingestArgs } from './lib/build-command.ts';
import { hugoVersion } from './lib/hugo-site.ts';
import { averagePaperPageBytes, measureYardsticks, type Yardsticks } from './lib/yardsticks.ts';
import { chartOf, checkTargets, loadNote } from './lib/scale-targets.ts';

const REPO = path.resolve(import.meta.dirname, '..');
const SEEDS_DIR = path.resolve(REPO, '../shared/seeds');
const PROFILE_OUT = path.join(REPO, 'bench/out');
const ASTRO = path.join(REPO, 'node_modules/.bin/astro');

/** A corpus to measure: a name and the dump folder the ingest reads. */
interface CorpusInput {
  name: string;
  dumpsDir: string;
  dumps: number;
}

interface CorpusResult {
  name: string;
  dumps: number;
  runs: RunMeasurement[];
  summary: CorpusSummary;
  baselines: BaselineSummary;
}

/** The environment of every measured process: the pinned Node first on PATH, no telemetry. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${path.join(REPO, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...extra,
  };
  // The harness chooses the output folder itself; an inherited one would win over nothing, but be confusing.
  delete env.FOLIO_OUT_DIR;
  return env;
}

/** The ingest exactly as `npm run ingest` runs it: the pinned Node with its built-in type stripping. */
function ingest(dumpsDir: string, contentDir: string, logPath: string) {
  return runTimed({ command: process.execPath, args: ingestArgs(['--content', contentDir, dumpsDir]), cwd: REPO, env: childEnv(), logPath });
}

function build(siteDir: string, config: string, contentDir: string, outDir: string, logPath: string, extraEnv: Record<string, string> = {}) {
  return runTimed({
    // Pagefind's binary is a child Astro's process does not always wait for: sample the whole tree.
    sampleTree: true,
    command: process.execPath,
    // Astro joins --config onto --root, so it must be relative.
    args: astroBuildArgs(['--root', siteDir, '--config', path.relative(siteDir, config), '--outDir', outDir]),
    cwd: siteDir,
    env: childEnv({ FOLIO_CONTENT: contentDir, ...extraEnv }),
    logPath,
  });
}

async function countEntries(contentDir: string): Promise<number> {
  try {
    return (await readdir(path.join(contentDir, 'papers'))).filter((name) => name.endsWith('.mdx')).length;
  } catch {
    return 0;
  }
}

/** One measured run: ingest, clean build, the yardsticks (Hugo, the floor, the stack floor), re-ingest, in a fresh folder. */
async function measureRun(corpus: CorpusInput, runDir: string, hugo: boolean): Promise<RunMeasurement & Yardsticks> {
  const contentDir = path.join(runDir, 'content');
  const siteDir = path.join(runDir, 'site');
  const outDir = path.join(runDir, 'dist');
  const logs = path.join(runDir, 'logs');
  await mkdir(logs, { recursive: true });
  const config = await prepareSite(REPO, siteDir);
  const loadAverage = os.loadavg()[0] ?? 0;

  const ingestCost = await ingest(corpus.dumpsDir, contentDir, path.join(logs, 'ingest.log'));
  const entries = await countEntries(contentDir);
  const buildCost = await build(siteDir, config, contentDir, outDir, path.join(logs, 'build.log'));
  const dist = await dirStats(outDir);
  const pagefind = await dirStats(path.join(outDir, 'pagefind'));
  const paperPageBytes = await averagePaperPageBytes(outDir);
  const yardsticks = await measureYardsticks({ repo: REPO, contentDir, runDir, pages: dist.htmlFiles, hugo, env: childEnv() });
  const before = await snapshotMtimes(contentDir);
  const reingestCost = await ingest(corpus.dumpsDir, contentDir, path.join(logs, 'reingest.log'));
  const rewritten = await changedSince(contentDir, before);
  return {
    ingest: ingestCost,
    build: buildCost,
    reingest: reingestCost,
    entries,
    pages: dist.htmlFiles,
    distBytes: dist.bytes,
    pagefindBytes: pagefind.bytes,
    reingestWrites: rewritten.length,
    reingestWritten: rewritten.slice(0, 10).map((file) => path.relative(contentDir, file)),
    phases: parseAstroLog(await readFile(path.join(logs, 'build.log'), 'utf8')),
    loadAverage,
    paperPageBytes,
    ...yardsticks,
  };
}

/** Print where a profiled step spent its time, from the largest `.cpuprofile` in `dir`, and keep that file in bench/out. */
async function reportProfile(label: string, dir: string, keptName: string, wallSeconds: number, roots: string[], phases: PhaseSpan[] = []): Promise<void> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.cpuprofile'));
  const sized = await Promise.all(files.map(async (name) => ({ name, size: (await stat(path.join(dir, name))).size })));
  sized.sort((a, b) => b.size - a.size);
  const main = sized[0];
  if (main === undefined) {
    console.log(`  ${label}: no .cpuprofile written in ${dir}`);
    return;
  }
  const profile = JSON.parse(await readFile(path.join(dir, main.name), 'utf8')) as CpuProfile;
  const summary = summariseProfile(profile, { limit: 12, projectRoots: roots });
  await mkdir(PROFILE_OUT, { recursive: true });
  const kept = path.join(PROFILE_OUT, keptName);
  await copyFile(path.join(dir, main.name), kept);
  console.log(`\n${label}: ${formatSeconds(wallSeconds)} under the profiler, ${sized.length} profile file(s); the largest is kept as ${path.relative(REPO, kept)} (open it in Chrome DevTools > Performance)`);
  console.log('  self time by stage:');
  for (const share of summary.stages) console.log(`    ${share.percent.toFixed(1).padStart(5)}%  ${(share.ms / 1000).toFixed(2).padStart(7)} s  ${share.name}`);
  console.log('  self time by package:');
  for (const share of summary.packages) console.log(`    ${share.percent.toFixed(1).padStart(5)}%  ${(share.ms / 1000).toFixed(2).padStart(7)} s  ${share.name}`);
  console.log('  heaviest functions (self time):');
  for (const share of summary.functions) console.log(`    ${share.percent.toFixed(1).padStart(5)}%  ${share.name}`);
  if (phases.length === 0) return;
  console.log('  by phase (spans from the build log; busy = this thread not idle):');
  for (const phase of profileByPhase(profile, phases, { projectRoots: roots })) {
    console.log(`    ${phase.name}: ${formatSeconds(phase.seconds)} wall, ${formatSeconds(phase.busyMs / 1000)} busy: ${phase.packages.map((p) => `${p.name} ${formatSeconds(p.ms / 1000)}`).join(', ')}`);
  }
}

/** One extra ingest and build under `node --cpu-prof`, outside the measured runs (the profiler slows them down). */
async function profileRun(corpus: CorpusInput, runDir: string): Promise<void> {
  const contentDir = path.join(runDir, 'content');
  const siteDir = path.join(runDir, 'site');
  const config = await prepareSite(REPO, siteDir);
  const profiled = (dir: string) => ({ NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${dir}`.trim() });
  const ingestDir = path.join(runDir, 'profile-ingest');
  const ingestCost = await runTimed({
    command: process.execPath,
    args: ingestArgs(['--content', contentDir, corpus.dumpsDir]),
    cwd: REPO,
    env: childEnv(profiled(ingestDir)),
    logPath: path.join(runDir, 'ingest.log'),
  });
  await reportProfile(`profile of the ingest of ${corpus.name}`, ingestDir, `ingest-${corpus.name}.cpuprofile`, ingestCost.wallSeconds, [REPO]);
  const buildDir = path.join(runDir, 'profile-build');
  const buildCost = await build(siteDir, config, contentDir, path.join(runDir, 'dist'), path.join(runDir, 'build.log'), profiled(buildDir));
  const spans = phaseSpans(parseAstroLog(await readFile(path.join(runDir, 'build.log'), 'utf8')), buildCost.wallSeconds);
  await reportProfile(`profile of the build of ${corpus.name}`, buildDir, `build-${corpus.name}.cpuprofile`, buildCost.wallSeconds, [siteDir, REPO], spans);
}

async function corpusInputs(options: BenchOptions, tmp: string): Promise<CorpusInput[]> {
  const inputs: CorpusInput[] = [];
  if (options.seeds) {
    try {
      const dumps = (await readdir(SEEDS_DIR)).filter((name) => name.endsWith('.txt')).length;
      inputs.push({ name: 'seeds', dumpsDir: SEEDS_DIR, dumps });
    } catch {
      console.warn(`bench: no seeds at ${SEEDS_DIR}; skipping them`);
    }
  }
  for (const papers of options.sizes) {
    const dumpsDir = path.join(tmp, `dumps-${papers}`);
    const corpus = generateCorpus({ seed: options.seed, papers });
    await writeCorpus(corpus, dumpsDir);
    inputs.push({ name: `synthetic-${papers}`, dumpsDir, dumps: corpus.dumps.length });
  }
  return inputs;
}

function machine() {
  const git = (args: string[]): string => {
    try {
      return execFileSync('git', args, { cwd: REPO, encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  const astro = (() => {
    try {
      const out = execFileSync(process.execPath, [ASTRO, '--version'], { cwd: REPO, encoding: 'utf8', env: childEnv() });
      return /\d+\.\d+\.\d+\S*/.exec(out)?.[0];
    } catch {
      return undefined;
    }
  })();
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryBytes: os.totalmem(),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    astro,
    commit: git(['rev-parse', '--short', 'HEAD']),
    uncommittedFiles: git(['status', '--porcelain']).split('\n').filter(Boolean).length,
  };
}

async function main(argv: string[]): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(argv);
  } catch (error) {
    console.error(`bench: ${(error as Error).message}\n${BENCH_USAGE}`);
    return 2;
  }
  if (Number(process.versions.node.split('.')[0]) < 22) {
    console.error(`bench: running on Node ${process.version}; run it through \`npm run bench\` so the pinned Node 24 is used`);
    return 2;
  }
  if (!(await hasGnuTime())) {
    console.error(`bench: ${TIME_BINARY} is missing; it measures each step's wall time and peak memory. Install Debian's \`time\` package: apt-get install -y time`);
    return 2;
  }

  const tmp = await mkdtemp(path.join(os.tmpdir(), 'folio-bench-'));
  const startedAt = new Date().toISOString();
  const about = { ...machine(), hugo: await hugoVersion() };
  console.log(`bench: ${about.cpus} cores, ${formatBytes(about.memoryBytes)}, Node ${about.node}, Astro ${about.astro ?? '?'}, commit ${about.commit} (+${about.uncommittedFiles} uncommitted files); ${options.runs} run(s) per corpus; temp ${tmp}`);
  console.log(about.hugo ? `bench: Hugo baseline: ${about.hugo}` : 'bench: Hugo is not installed (Debian: apt-get install -y hugo); comparing with the floor only');
  const results: CorpusResult[] = [];
  await mkdir(path.dirname(path.resolve(REPO, options.out)), { recursive: true });
  const writeResults = () =>
    writeFile(
      path.resolve(REPO, options.out),
      `${JSON.stringify({ startedAt, finishedAt: new Date().toISOString(), machine: about, options, corpora: results }, null, 2)}\n`,
    );
  try {
    for (const corpus of await corpusInputs(options, tmp)) {
      const runs: RunMeasurement[] = [];
      for (let k = 1; k <= options.runs; k++) {
        const runDir = path.join(tmp, `${corpus.name}-run-${k}`);
        const run = await measureRun(corpus, runDir, about.hugo !== undefined);
        runs.push(run);
        console.log(
          `${corpus.name} run ${k}/${options.runs}: ingest ${formatSeconds(run.ingest.wallSeconds)} (${run.entries} entries), ` +
            `build ${formatSeconds(run.build.wallSeconds)} (${run.pages} pages; setup ${formatSeconds(run.phases.setupSeconds ?? 0)}, ` +
            `bundle ${formatSeconds(run.phases.bundleSeconds ?? 0)}, render ${formatSeconds(run.phases.renderSeconds ?? 0)}, search index ${formatSeconds(run.phases.searchSeconds ?? 0)} from the build's start; peak ${formatBytes(peakRss(run.build))}, ${formatBytes(peakAtOnce(run.build) ?? 0)} all processes at once), ` +
            `${run.hugo ? `Hugo ${formatSeconds(run.hugo.wallSeconds)} (${run.hugo.pages} pages), ` : ''}floor ${formatSeconds(run.floor?.wallSeconds ?? 0)}, ` +
            `re-ingest ${formatSeconds(run.reingest.wallSeconds)} (${run.reingestWrites} files rewritten${run.reingestWrites > 0 ? `: ${run.reingestWritten.join(', ')}` : ''}); load ${run.loadAverage.toFixed(1)}`,
        );
        const stack = run.astroFloor;
        console.log(
          `${corpus.name} run ${k}/${options.runs}: stack floor: bare Astro ${formatSeconds(stack.build.wallSeconds)} wall, ${formatSeconds(cpuSeconds(stack.build))} CPU (${stack.build.pages} pages, entries as .${stack.format}), ` +
            `then Pagefind ${formatSeconds(stack.search.wallSeconds)} wall, ${formatSeconds(cpuSeconds(stack.search))} CPU; peak ${formatBytes(Math.max(stepPeak(stack.build), stepPeak(stack.search)))} all processes at once`,
        );
        if (!options.keep) await rm(runDir, { recursive: true, force: true });
      }
      results.push({ name: corpus.name, dumps: corpus.dumps, runs, summary: summariseRuns(runs), baselines: summariseBaselines(runs) });
      await writeResults();
      if (options.profile) {
        const runDir = path.join(tmp, `${corpus.name}-profile`);
        await profileRun(corpus, runDir);
        if (!options.keep) await rm(runDir, { recursive: true, force: true });
      }
    }
  } catch (error) {
    console.error(`bench: ${(error as Error).message}`);
    if (results.length > 0) console.log(`\n${formatReport(results.map((r) => ({ corpus: r.name, summary: r.summary })))}`);
    console.error(`bench: temp folder kept for inspection: ${tmp}`);
    return 1;
  }
  if (!options.keep) await rm(tmp, { recursive: true, force: true });
  else console.log(`bench: temp folders kept in ${tmp}`);

  console.log(`\n${formatReport(results.map((r) => ({ corpus: r.name, summary: r.summary })))}`);
  const points = results.map((r) => ({ corpus: r.name, papers: Math.round(r.summary.entries.median), summary: r.summary, baselines: r.baselines }));
  console.log(`\n${formatBaselineReport(points.map((p) => ({ corpus: p.corpus, papers: p.papers, summary: p.baselines })))}`);
  console.log(`\n${checkTargets(points).join('\n')}`);
  const chart = path.resolve(REPO, options.out).replace(/\.json$/, '') + '.svg';
  await writeFile(chart, chartOf(points, `${about.cpus} cores, Node ${about.node}, Astro ${about.astro ?? '?'}, ${about.hugo ? `Hugo ${about.hugo.split(' ')[1]}` : 'no Hugo'}; commit ${about.commit}; ${options.runs} run(s) per size, ${loadNote(results.flatMap((r) => r.runs.map((run) => run.loadAverage)))}`));
  console.log(
    '\nTimes are wall clock, median (min-max) over the runs; RSS is the highest peak over the runs (the first table\'s build RSS: the largest single process GNU time waited for, which leaves out Pagefind\'s binary).' +
      '\nbuild = clean `astro build` (search index included when configured); bundle, render and search = its Vite, page-rendering and Pagefind phases, from its log;' +
      '\ncores = CPU time / wall time; re-ing % = second ingest / first ingest. A load average above the core count in the progress lines means the figures are inflated.' +
      '\nFolio CPU = user + system time of every process of the build (Pagefind\'s binary included, sampled from /proc); peak, all at once = what the build\'s processes (Astro, Pagefind\'s binary, esbuild) held together at their fullest moment, sampled every 0.1 s: the memory a machine needs, and the figure the memory targets are judged on; largest process = the largest single process; Folio/Hugo and Folio/floor are taken run by run.' +
      '\nHugo = a bare Hugo build of the same entries (bench/lib/hugo-site.ts); floor = reading the entries and writing as many pages as Folio (bench/floor.ts).' +
      '\nstack = the stack floor: a bare Astro site rendering the same papers as the Hugo baseline, from Astro\'s glob loader (bench/lib/astro-floor-site.ts), then Pagefind\'s Node API indexing its pages (bench/astro-floor-search.ts), each process tree sampled;' +
      ' stack peak = the larger of the two steps, each all processes at once; stack/Hugo above 5x means the CPU target cannot be met on Astro + Pagefind as they are.',
  );
  console.log(`bench: wrote ${options.out} and ${path.relative(REPO, chart)}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
