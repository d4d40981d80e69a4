/**
 * `npm run bench:chart -- RESULTS.json [MORE.json ...] --out CHART.svg`
 *
 * Draws the scaling chart (and prints the targets) from one or more results
 * files of `npm run bench`, for sizes measured in separate runs (30,000
 * papers once, 1,000 and 10,000 three times, say). A corpus measured in
 * several files is taken from the last one named.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { BaselineSummary } from './lib/baseline-report.ts';
import type { CorpusSummary } from './lib/bench-report.ts';
import { chartOf, checkTargets, loadNote, type ScalePoint } from './lib/scale-targets.ts';

const USAGE = 'usage: npm run bench:chart -- RESULTS.json [MORE.json ...] --out CHART.svg';

interface ResultsFile {
  machine: { cpus: number; node: string; astro?: string; hugo?: string; commit: string };
  options: { runs: number };
  corpora: Array<{ name: string; summary: CorpusSummary; baselines: BaselineSummary; runs: Array<{ loadAverage: number }> }>;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' } } });
  } catch (error) {
    console.error(`bench:chart: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0 || values.out === undefined) {
    console.error(`bench:chart: expected results files and --out\n${USAGE}`);
    return 2;
  }
  const points = new Map<string, ScalePoint>();
  const notes: string[] = [];
  for (const file of positionals) {
    const results = JSON.parse(await readFile(file, 'utf8')) as ResultsFile;
    for (const corpus of results.corpora) {
      points.set(corpus.name, { corpus: corpus.name, papers: Math.round(corpus.summary.entries.median), summary: corpus.summary, baselines: corpus.baselines });
    }
    const loads = results.corpora.flatMap((c) => c.runs.map((run) => run.loadAverage));
    notes.push(`${results.corpora.map((c) => c.name.replace('synthetic-', '')).join(', ')}: ${results.options.runs} run(s), commit ${results.machine.commit}, ${loadNote(loads)}`);
  }
  const first = JSON.parse(await readFile(positionals[0]!, 'utf8')) as ResultsFile;
  const machine = `${first.machine.cpus} cores, Node ${first.machine.node}, Astro ${first.machine.astro ?? '?'}, ${first.machine.hugo ? `Hugo ${first.machine.hugo.split(' ')[1]}` : 'no Hugo'}`;
  await writeFile(values.out, chartOf([...points.values()], `${machine}; ${notes.join('; ')}`));
  console.log(checkTargets([...points.values()]).join('\n'));
  console.log(`bench:chart: wrote ${values.out}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
