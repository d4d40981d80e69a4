/**
 * `npm exec tsx bench/generate-dumps.ts -- --papers N [--seed S] --out DIR`
 *
 * Writes a deterministic synthetic corpus of Daily Papers dumps (both
 * layouts, repeats across dumps, the quirks of real abstracts) for trying the
 * ingest and the site at any size. This file only reads, writes and reports;
 * the corpus is made in bench/lib/generate-corpus.ts.
 */
import { parseArgs } from 'node:util';
import { generateCorpus } from './lib/generate-corpus.ts';
import { writeCorpus } from './lib/write-corpus.ts';

const USAGE = 'usage: tsx bench/generate-dumps.ts --papers N [--seed S] --out DIR';

function main(argv: string[]): Promise<number> | number {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { papers: { type: 'string' }, seed: { type: 'string', default: 'folio' }, out: { type: 'string' } } }));
  } catch (error) {
    console.error(`generate-dumps: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.papers === undefined || values.out === undefined) {
    console.error(`generate-dumps: expected --papers and --out\n${USAGE}`);
    return 2;
  }
  const papers = Number(values.papers);
  if (!Number.isInteger(papers) || papers < 1) {
    console.error(`generate-dumps: expected a positive whole number for \`--papers\`, got \`${values.papers}\``);
    return 2;
  }
  const out = values.out;
  const corpus = generateCorpus({ seed: values.seed, papers });
  return writeCorpus(corpus, out).then((paths) => {
    const layoutB = corpus.dumps.filter((d) => d.layout === 'B').length;
    console.log(`${paths.length} dumps (${paths.length - layoutB} layout A, ${layoutB} layout B), ${corpus.papers} papers, ${corpus.entries} entries -> ${out}`);
    return 0;
  });
}

process.exitCode = await main(process.argv.slice(2));
