/**
 * `npm run bench:daily -- [--papers N] [--days K] [--per-day P] [--keep] [--out FILE]`
 *
 * The daily update, as a lab lives it: an archive of N papers (dumps named
 * by day), built clean; then, K times, one more day's dump of P new papers
 * ingested and the site built again with the same cache and output folders
 * (Astro's incremental build). Each step is a whole process under
 * `/usr/bin/time -v`. Prints the clean build and each update (wall time,
 * peak memory, pages re-rendered and reused) with the median update, and
 * writes the figures to bench/results-daily.json. Nothing here asserts a
 * duration. This file only runs, reads and reports.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, nextDays } from './lib/generate-corpus.ts';
import { writeCorpus } from './lib/write-corpus.ts';
import { hasGnuTime, runTimed, TIME_BINARY } from './lib/run-timed.ts';
import { prepareSite } from './lib/prepare-site.ts';
import { largestPages } from './lib/dir-stats.ts';
import { formatBytes, formatSeconds } from './lib/format-table.ts';
import { cpuSeconds, peakAtOnce, peakRss, type Cost } from './lib/baseline-report.ts';
import { astroBuildArgs, ingestArgs } from './lib/build-command.ts';

const REPO = path.resolve(import.meta.dirname, '..');
const USAGE = 'usage: npm run bench:daily -- [--papers N] [--days K] [--per-day P] [--seed S] [--keep] [--out FILE]';

/** One measured step: its cost and, for a build, what Astro did. */
interface Step {
  step: string;
  wallSeconds: number;
  /** Peak of the largest single process. */
  peakRssBytes: number;
  /** What the build's processes (Astro's and Pagefind's) held together at their fullest sampled moment. */
  peakAtOnceBytes?: number;
  /** CPU of every process, Pagefind's binary included. */
  cpuSeconds: number;
  /** Pages Astro rendered, and pages it reused from the last build. */
  rendered?: number;
  reused?: number;
  loadAverage: number;
}

function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${path.join(REPO, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  delete env.FOLIO_OUT_DIR;
  return env;
}

function measured(step: string, cost: Cost, loadAverage: number, log?: string): Step {
  const atOnce = peakAtOnce(cost);
  const result: Step = { step, wallSeconds: cost.wallSeconds, peakRssBytes: peakRss(cost), ...(atOnce === undefined ? {} : { peakAtOnceBytes: atOnce }), cpuSeconds: cpuSeconds(cost), loadAverage };
  if (log === undefined) return result;
  const lines = log.split('\n').filter((line) => line.includes('├─'));
  const reused = lines.filter((line) => /\((?:cached|restored)\)/.test(line)).length;
  return { ...result, rendered: lines.length - reused, reused };
}

function line(s: Step): string {
  const pages = s.rendered === undefined ? '' : `, ${s.rendered} pages rendered, ${s.reused} reused`;
  const atOnce = s.peakAtOnceBytes === undefined ? '' : `, ${formatBytes(s.peakAtOnceBytes)} all at once`;
  return `${s.step.padEnd(22)} ${formatSeconds(s.wallSeconds).padStart(8)}  peak ${formatBytes(s.peakRssBytes).padStart(8)}${atOnce}  cpu ${formatSeconds(s.cpuSeconds)}${pages}  (load ${s.loadAverage.toFixed(1)})`;
}

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        papers: { type: 'string', default: '10000' },
        days: { type: 'string', default: '3' },
        'per-day': { type: 'string', default: '50' },
        seed: { type: 'string', default: 'folio' },
        keep: { type: 'boolean', default: false },
        out: { type: 'string', default: 'bench/results-daily.json' },
      },
    }));
  } catch (error) {
    console.error(`bench:daily: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [papers, days, perDay] = [values.papers, values.days, values['per-day']].map(Number) as [number, number, number];
  if (![papers, days, perDay].every((n) => Number.isInteger(n) && n > 0)) {
    console.error(`bench:daily: --papers, --days and --per-day take positive whole numbers\n${USAGE}`);
    return 2;
  }
  if (!(await hasGnuTime())) {
    console.error(`bench:daily: ${TIME_BINARY} is missing; install Debian's \`time\` package: apt-get install -y time`);
    return 2;
  }

  const tmp = await mkdtemp(path.join(os.tmpdir(), 'folio-bench-daily-'));
  const [dumps, content, site, dist, logs] = ['dumps', 'content', 'site', 'dist', 'logs'].map((d) => path.join(tmp, d)) as [string, string, string, string, string];
  await mkdir(logs, { recursive: true });
  const corpus = generateCorpus({ seed: values.seed, papers, datedNames: true });
  await writeCorpus(corpus, dumps);
  const config = await prepareSite(REPO, site);
  console.log(`bench:daily: ${papers} papers in ${corpus.dumps.length} daily dumps, then ${days} day(s) of ${perDay}; ${os.cpus().length} cores; temp ${tmp}`);

  const ingest = (input: string, name: string) =>
    runTimed({ command: process.execPath, args: ingestArgs(['--content', content, input]), cwd: REPO, env: childEnv(), logPath: path.join(logs, `${name}.log`) });
  const build = async (name: string) => {
    const loadAverage = os.loadavg()[0] ?? 0;
    const logPath = path.join(logs, `${name.replace(/\W+/g, '-')}.log`);
    const cost = await runTimed({
      command: process.execPath,
      args: astroBuildArgs(['--root', site, '--config', path.relative(site, config), '--outDir', dist]),
      cwd: site,
      env: childEnv({ FOLIO_CONTENT: content }),
      logPath,
      sampleTree: true,
    });
    return measured(name, cost, loadAverage, await readFile(logPath, 'utf8'));
  };

  const steps: Step[] = [];
  const report = (s: Step) => {
    steps.push(s);
    console.log(line(s));
  };
  try {
    report(measured('ingest', await ingest(dumps, 'ingest'), os.loadavg()[0] ?? 0));
    report(await build('clean build'));
    const largest = await largestPages(dist, 5);
    console.log(`largest pages: ${largest.map((p) => `${p.page} ${formatBytes(p.bytes)}`).join(', ')}`);
    const later = nextDays(corpus, { days, papers: perDay, seed: values.seed });
    for (const [i, dump] of later.entries()) {
      const dir = path.join(tmp, `day-${i + 1}`);
      await mkdir(dir);
      await writeFile(path.join(dir, dump.fileName), dump.text);
      report(measured(`ingest ${dump.day}`, await ingest(dir, `ingest-day-${i + 1}`), os.loadavg()[0] ?? 0));
      report(await build(`update ${dump.day}`));
    }
  } catch (error) {
    console.error(`bench:daily: ${(error as Error).message}\nbench:daily: temp folder kept: ${tmp}`);
    return 1;
  }

  const updates = steps.filter((s) => s.step.startsWith('update')).map((s) => s.wallSeconds).sort((a, b) => a - b);
  const median = updates[Math.floor(updates.length / 2)]!;
  const clean = steps.find((s) => s.step === 'clean build')!;
  console.log(`\nclean build ${formatSeconds(clean.wallSeconds)}, update build median ${formatSeconds(median)} (${updates.map((u) => formatSeconds(u)).join(', ')}): ${(clean.wallSeconds / median).toFixed(1)}x faster`);
  console.log('Wall clock per whole process; peak = largest single process (the build or Pagefind), then what a build\'s processes held together at their fullest moment (sampled every 0.1 s); cpu counts Pagefind\'s process. A load above the core count means the figures are inflated.');
  await writeFile(
    path.resolve(REPO, values.out),
    `${JSON.stringify({ finishedAt: new Date().toISOString(), papers, days, perDay, seed: values.seed, cores: os.cpus().length, cleanBuildSeconds: clean.wallSeconds, updateMedianSeconds: median, largestPages: await largestPages(dist, 5), steps }, null, 2)}\n`,
  );
  console.log(`bench:daily: wrote ${values.out}`);
  if (values.keep) console.log(`bench:daily: kept ${tmp}`);
  else await rm(tmp, { recursive: true, force: true });
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
