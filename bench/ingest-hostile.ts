/**
 * `npm run bench:ingest-hostile -- DUMPS_DIR [--runs K] [--repo DIR]`
 *
 * Times the ingest (the real command line, a fresh content folder per run)
 * on a folder of hostile dumps, such as the red team's corpus: every dump in
 * one ingest (those that ingest alone, and all of them), then the item-8
 * series of deeply nested and pathological abstracts it generates itself.
 * Prints wall and CPU seconds (GNU time), the median of K runs. A
 * benchmark, not a test: nothing here asserts a duration. The corpus is not
 * part of the repository; pass its folder.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, symlink, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatTable } from './lib/format-table.ts';
import { median } from './lib/summarise.ts';
import { parseTimeOutput, type ProcessCost } from './lib/parse-time-output.ts';
import { hasGnuTime, TIME_BINARY } from './lib/run-timed.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '3' }, repo: { type: 'string' } } });
const corpus = positionals[0];
const runs = Number(values.runs);
const repo = path.resolve(values.repo ?? fileURLToPath(new URL('..', import.meta.url)));
if (corpus === undefined || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run bench:ingest-hostile -- DUMPS_DIR [--runs K] [--repo DIR]');
  process.exit(2);
}
if (!(await hasGnuTime())) {
  console.error(`bench:ingest-hostile: expected GNU time at ${TIME_BINARY} (Debian: apt-get install -y time)`);
  process.exit(2);
}

const work = await mkdtemp(path.join(os.tmpdir(), 'folio-bench-hostile-'));
const node = path.join(repo, 'node_modules/.bin/node');

/** One ingest of `inputs` into a fresh content folder, under GNU time. */
async function ingestOnce(inputs: readonly string[]): Promise<ProcessCost> {
  const content = await mkdtemp(path.join(work, 'content-'));
  const timeFile = path.join(work, 'time.txt');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(TIME_BINARY, ['-v', '-o', timeFile, node, path.join(repo, 'scripts/ingest.js'), '--content', content, ...inputs], { cwd: repo, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', () => resolve());
  });
  const cost = parseTimeOutput(await readFile(timeFile, 'utf8'));
  await rm(content, { recursive: true, force: true });
  return cost;
}

/** The median wall and CPU seconds of K ingests, and the exit status of the last. */
async function measure(inputs: readonly string[]): Promise<{ wall: number; cpu: number; exit: number }> {
  const costs: ProcessCost[] = [];
  for (let run = 0; run < runs; run += 1) costs.push(await ingestOnce(inputs));
  return { wall: median(costs.map((c) => c.wallSeconds)), cpu: median(costs.map((c) => c.userSeconds + c.systemSeconds)), exit: costs.at(-1)!.exitStatus };
}

const rows: string[][] = [];
const row = (what: string, result: { wall: number; cpu: number; exit: number }) => rows.push([what, result.wall.toFixed(2), result.cpu.toFixed(2), String(result.exit)]);

// Every dump in one ingest: all of them (a dump that stops the run stops it early), then those that ingest on their own.
const dumps = (await readdir(corpus)).filter((n) => n.endsWith('.txt')).sort().map((n) => path.resolve(corpus, n));
row(`all ${dumps.length} dumps in one ingest`, await measure([path.resolve(corpus)]));
const alone = path.join(work, 'alone');
await mkdir(alone);
for (const dump of dumps) if ((await ingestOnce([dump])).exitStatus === 0) await symlink(dump, path.join(alone, path.basename(dump)));
row(`the ${(await readdir(alone)).length} that ingest alone, in one ingest`, await measure([alone]));

// Issue 11, item 8: nesting and constructs that a quadratic reader would choke on, each one abstract.
const shapes: Array<[string, (n: number) => string, number[]]> = [
  ['{\\it  nested, nothing between', (n) => `${'{\\it '.repeat(n)}x${'}'.repeat(n)}`, [100, 200, 400, 2000]],
  ['\\textbf{a  nested', (n) => `${'\\textbf{a '.repeat(n)}x${'}'.repeat(n)}`, [1000, 2000]],
  ['unpaired $a', (n) => `Prices ${'$a '.repeat(n)}end.`, [40000]],
  ['URL then ) x n', (n) => `See http://example.org/x${')'.repeat(n)} for code.`, [80000]],
  ['unclosed \\textbf{ and {\\it', (n) => `Open ${'\\textbf{x {\\it y '.repeat(n)}end.`, [20000]],
];
// Issue 42: runs inside one line that a pattern tried at each character of (a look back over a long word, a run of closers before the end).
shapes.push(
  ['a word of letters with combining marks', (n) => 'e\u0301'.repeat(n), [25000, 100000]],
  ['a run of emoji', (n) => '\u{1F600}'.repeat(n), [25000, 100000]],
  ['a run of closing braces', (n) => '}'.repeat(n), [100000, 1000000]],
);
for (const [name, make, sizes] of shapes) {
  for (const size of sizes) {
    const file = path.join(work, `nested-${rows.length}.txt`);
    await writeFile(file, `Mar 14\n\nNesting Probe\n\nThe abstract nests. ${make(size)} End.\n`);
    row(`${name} x ${size.toLocaleString('en')}`, await measure([file]));
  }
}

// Issue 42: a dump of N cards that share one title, each over its own abstract (each pair of them is compared), and one of N cards wrapped at a width.
const words = (i: number) => Array.from({ length: 24 }, (_, w) => `w${i.toString(36)}x${w}`).join(' ');
for (const cards of [1000, 2000, 4000]) {
  const file = path.join(work, `same-title-${cards}.txt`);
  await writeFile(file, `Mar 14\n\n${Array.from({ length: cards }, (_, i) => `Summary of the Day\n\nWe study ${words(i)}.`).join('\n\n')}\n`);
  row(`${cards.toLocaleString('en')} cards titled alike`, await measure([file]));
}
for (const cards of [2000, 4000]) {
  const file = path.join(work, `wrapped-${cards}.txt`);
  const card = (i: number) => `Wrapped Probe ${i}\n\n${`We study ${words(i)} and ${words(i + 1)}.`.replace(/(.{50,60}) /gu, '$1 \n')}`;
  await writeFile(file, `Mar 14\n\n${Array.from({ length: cards }, (_, i) => card(i)).join('\n\n')}\n`);
  row(`${cards.toLocaleString('en')} cards wrapped at a width`, await measure([file]));
}

// Stop 43: one file holding the page many times over (its header and date line again before each copy), each copy two papers of its own.
for (const copies of [1000, 5000]) {
  const file = path.join(work, `copies-${copies}.txt`);
  const copy = (i: number) => `Mar 14\n\nCopied Probe ${i} A\n\nWe study ${words(i)}.\n\nCopied Probe ${i} B\n\nWe study ${words(i + 1)}.`;
  await writeFile(file, `${Array.from({ length: copies }, (_, i) => copy(i)).join('\n\n')}\n`);
  row(`the page ${copies.toLocaleString('en')} times in one file`, await measure([file]));
}

console.log(`ingest of ${corpus}, median of ${runs} run(s), on ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(formatTable([{ heading: 'input' }, { heading: 'wall s', align: 'right' }, { heading: 'CPU s', align: 'right' }, { heading: 'exit', align: 'right' }], rows));
await rm(work, { recursive: true, force: true });
