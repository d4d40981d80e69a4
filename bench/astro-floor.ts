/**
 * `npm run bench:astro-floor -- --content DIR [--format md|mdx] [--runs K] [--profile DIR]`
 *
 * The stack floor alone, on a content folder already ingested: a bare Astro
 * site of its papers (bench/lib/astro-floor-site.ts), built, then indexed by
 * Pagefind, K times, as `npm run bench` measures it after each Folio build.
 * `--format mdx` keeps the entries as Folio writes them (compiled by
 * `@astrojs/mdx`), to compare with the bench's `.md`. `--profile DIR` runs
 * the build under `node --cpu-prof` (its figures are then the profiler's,
 * not comparable) and splits the profile by the phases of its log. Prints only.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cpuSeconds, stepPeak, type Cost } from './lib/baseline-report.ts';
import { formatBytes, formatSeconds } from './lib/format-table.ts';
import { parseAstroLog, phaseSpans } from './lib/parse-astro-log.ts';
import { profileByPhase, type CpuProfile } from './lib/summarise-profile.ts';
import { measureAstroFloor } from './lib/yardsticks.ts';
import type { EntryFormat } from './lib/astro-floor-site.ts';

const REPO = path.resolve(import.meta.dirname, '..');
const USAGE = 'usage: npm run bench:astro-floor -- --content DIR [--format md|mdx] [--runs K] [--profile DIR]';

/** `12.3 s wall, 20.1 s CPU, 1.10 GB at once`. */
const describe = (cost: Cost): string => `${formatSeconds(cost.wallSeconds)} wall, ${formatSeconds(cpuSeconds(cost))} CPU, ${formatBytes(stepPeak(cost))} at once`;

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { content: { type: 'string' }, format: { type: 'string', default: 'md' }, runs: { type: 'string', default: '1' }, profile: { type: 'string' } } });
  const runs = Number(values.runs);
  if (values.content === undefined || (values.format !== 'md' && values.format !== 'mdx') || !Number.isInteger(runs) || runs < 1) {
    console.error(`astro-floor: expected --content, --format md or mdx, a positive --runs\n${USAGE}`);
    return 2;
  }
  const format: EntryFormat = values.format;
  const profileDir = values.profile === undefined ? undefined : path.resolve(values.profile);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${path.join(REPO, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(profileDir ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${profileDir}`.trim() } : {}),
  };
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'folio-astro-floor-'));
  try {
    for (let k = 1; k <= runs; k++) {
      const runDir = path.join(tmp, `run-${k}`);
      await mkdir(path.join(runDir, 'logs'), { recursive: true });
      const load = os.loadavg()[0] ?? 0;
      const stack = await measureAstroFloor({ repo: REPO, contentDir: path.resolve(values.content), runDir, pages: 0, hugo: false, env }, format);
      console.log(
        `run ${k}/${runs} (.${format}, load ${load.toFixed(1)}): bare Astro ${describe(stack.build)} (${stack.build.pages} pages); Pagefind ${describe(stack.search)}; ` +
          `stack ${formatSeconds(cpuSeconds(stack.build) + cpuSeconds(stack.search))} CPU`,
      );
      if (profileDir) await printPhases(profileDir, path.join(runDir, 'logs', `astro-floor-${format}.log`));
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return 0;
}

/** Split the largest profile in `dir` (the build's main thread) by the phases of the build's log. */
async function printPhases(dir: string, logFile: string): Promise<void> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.cpuprofile'));
  const sized = await Promise.all(files.map(async (name) => ({ name, size: (await stat(path.join(dir, name))).size })));
  const largest = sized.sort((a, b) => b.size - a.size)[0];
  if (largest === undefined) return;
  const profile = JSON.parse(await readFile(path.join(dir, largest.name), 'utf8')) as CpuProfile;
  const spans = phaseSpans(parseAstroLog(await readFile(logFile, 'utf8')), (profile.endTime - profile.startTime) / 1e6);
  console.log(`  profile ${path.join(dir, largest.name)}, by phase (busy = the main thread not idle):`);
  for (const phase of profileByPhase(profile, spans, { projectRoots: [] })) {
    console.log(`    ${phase.name}: ${formatSeconds(phase.seconds)} wall, ${formatSeconds(phase.busyMs / 1000)} busy: ${phase.packages.map((p) => `${p.name} ${formatSeconds(p.ms / 1000)}`).join(', ')}`);
  }
}

process.exitCode = await main(process.argv.slice(2));
