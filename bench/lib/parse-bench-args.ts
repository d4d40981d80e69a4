/**
 * The command line of `npm run bench`.
 */
import { parseArgs } from 'node:util';

/** What a benchmark run should do. */
export interface BenchOptions {
  /** Synthetic corpus sizes, in distinct papers. Default: 500, 2000, 10000; `--quick`: 500. */
  sizes: number[];
  /** Whether to run the real seeds too. Default: yes; `--no-seeds` turns them off. */
  seeds: boolean;
  /** Measured runs per corpus. Default: 3. */
  runs: number;
  /** Seed of the synthetic corpora. Default: `folio`. */
  seed: string;
  /** Keep each run's temp folder (content, site copy, dist) for inspection. Default: no. */
  keep: boolean;
  /** Where to write the results, relative to the repository. Default: `bench/results/results.json`. */
  out: string;
  /** After the measured runs, profile one more ingest and build per corpus with `--cpu-prof`. Default: no. */
  profile: boolean;
}

/** The usage text printed with an argument error. */
export const BENCH_USAGE = `usage: npm run bench -- [--quick] [--runs K] [--sizes N,N,...] [--no-seeds] [--seed S] [--keep] [--profile] [--out FILE]
  --quick      seeds and N=500 only (a few minutes)
  --runs K     measured runs per corpus (default 3)
  --sizes LIST synthetic corpus sizes in papers (default 500,2000,10000)
  --no-seeds   skip the real seeds (../shared/seeds)
  --seed S     seed for the synthetic dumps (default folio)
  --keep       keep the temp folders and print where they are
  --profile    profile one extra ingest and build per corpus (node --cpu-prof) and print where the time goes
  --out FILE   where to write the results (default bench/results/results.json; the chart is written beside it)`;

const DEFAULT_SIZES = [500, 2000, 10000];
const QUICK_SIZES = [500];

function positiveInteger(flag: string, text: string): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1) {
    throw new Error(`Expected a positive whole number for \`${flag}\`, got \`${text}\``);
  }
  return Number(text);
}

/** Parse the arguments after `npm run bench --`. Throws with a message naming the bad value. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      quick: { type: 'boolean', default: false },
      runs: { type: 'string' },
      sizes: { type: 'string' },
      'no-seeds': { type: 'boolean', default: false },
      seed: { type: 'string', default: 'folio' },
      keep: { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench/results/results.json' },
    },
  });
  if (positionals.length > 0) throw new Error(`Unexpected argument \`${positionals[0]}\``);
  const sizes =
    values.sizes === undefined
      ? values.quick
        ? QUICK_SIZES
        : DEFAULT_SIZES
      : values.sizes
          .split(',')
          .filter((part) => part.trim() !== '')
          .map((part) => positiveInteger('--sizes', part));
  return {
    sizes,
    seeds: !values['no-seeds'],
    runs: values.runs === undefined ? 3 : positiveInteger('--runs', values.runs),
    seed: values.seed,
    keep: values.keep,
    profile: values.profile,
    out: values.out,
  };
}
