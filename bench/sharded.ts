/**
 * `npm run bench:sharded -- [--papers N] [--shards K] [--sequential] [--keep]`
 *
 * One sharded build, simulated on this machine: K synthetic corpora of N
 * papers each (distinct seeds, as distinct listing years would be), each
 * ingested and built as its own Folio site (at the same time, as a CI matrix
 * would run them on separate runners; `--sequential` for one after another),
 * then put together into one site (bench/lib/shards.ts) and searched in
 * headless Chromium across every shard's index with Pagefind's `mergeIndex`.
 * Prints what each shard cost, what putting them together cost, and what the
 * searches found; writes bench/results/sharded.json. Asserts nothing.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { launchChromium } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { cpuSeconds, peakRss, treePart, type Cost } from './lib/baseline-report.ts';
import { formatBytes, formatSeconds, formatTable } from './lib/format-table.ts';
import { generateCorpus } from './lib/generate-corpus.ts';
import { parseAstroLog } from './lib/parse-astro-log.ts';
import { prepareSite } from './lib/prepare-site.ts';
import { hasGnuTime, runTimed, TIME_BINARY } from './lib/run-timed.ts';
import { searchShards, type ShardHits } from './lib/shard-search.ts';
import { assembleShards } from './lib/shards.ts';
import { writeCorpus } from './lib/write-corpus.ts';

const REPO = path.resolve(import.meta.dirname, '..');
const ASTRO = path.join(REPO, 'node_modules/.bin/astro');
const USAGE = 'usage: npm run bench:sharded -- [--papers N] [--shards K] [--sequential] [--keep] [--out FILE]';

const env = (extra: Record<string, string>): NodeJS.ProcessEnv => {
  const vars: NodeJS.ProcessEnv = { ...process.env, PATH: `${path.join(REPO, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  delete vars.FOLIO_OUT_DIR;
  return vars;
};

/** One shard: its corpus ingested, its site built in a private copy. */
interface Shard {
  name: string;
  content: string;
  dist: string;
  ingest: Cost;
  build: Cost;
  phases: ReturnType<typeof parseAstroLog>;
  /** A paper of this shard to look for across all shards: its title and URL. */
  probe: { title: string; url: string };
}

async function prepareShard(tmp: string, index: number, papers: number): Promise<Omit<Shard, 'build' | 'phases' | 'dist'> & { site: string; config: string }> {
  const name = `y${2024 + index}`;
  const dir = path.join(tmp, name);
  const dumps = path.join(dir, 'dumps');
  await writeCorpus(generateCorpus({ seed: `shard-${name}`, papers }), dumps);
  const content = path.join(dir, 'content');
  await mkdir(path.join(dir, 'logs'), { recursive: true });
  const ingest = await runTimed({ command: process.execPath, args: ['scripts/ingest.ts', '--content', content, dumps], cwd: REPO, env: env({}), logPath: path.join(dir, 'logs', 'ingest.log') });
  const first = (await readdir(path.join(content, 'papers'))).filter((n) => n.endsWith('.mdx')).sort()[0]!;
  const title = (parseYaml((await readFile(path.join(content, 'papers', first), 'utf8')).split('\n---\n')[0]!.replace(/^---\n/, '')) as { title: string }).title;
  const site = path.join(dir, 'site');
  return { name, content, ingest, probe: { title, url: `/papers/${first.replace(/\.mdx$/, '')}/` }, site, config: await prepareSite(REPO, site) };
}

async function buildShard(tmp: string, shard: Awaited<ReturnType<typeof prepareShard>>): Promise<Shard> {
  const dist = path.join(tmp, shard.name, 'dist');
  const log = path.join(tmp, shard.name, 'logs', 'build.log');
  const build = await runTimed({
    command: process.execPath,
    args: [ASTRO, 'build', '--root', shard.site, '--config', path.relative(shard.site, shard.config), '--outDir', dist],
    cwd: shard.site,
    env: env({ FOLIO_CONTENT: shard.content }),
    logPath: log,
    sampleTree: true,
  });
  return { name: shard.name, content: shard.content, ingest: shard.ingest, probe: shard.probe, dist, build, phases: parseAstroLog(await readFile(log, 'utf8')) };
}

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        papers: { type: 'string', default: '10000' },
        shards: { type: 'string', default: '2' },
        sequential: { type: 'boolean', default: false },
        keep: { type: 'boolean', default: false },
        out: { type: 'string', default: 'bench/results/sharded.json' },
      },
    }));
  } catch (error) {
    console.error(`bench:sharded: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const papers = Number(values.papers);
  const count = Number(values.shards);
  if (!Number.isInteger(papers) || papers < 1 || !Number.isInteger(count) || count < 2) {
    console.error(`bench:sharded: expected a positive --papers and at least 2 --shards\n${USAGE}`);
    return 2;
  }
  if (!(await hasGnuTime())) {
    console.error(`bench:sharded: ${TIME_BINARY} is missing (apt-get install -y time)`);
    return 2;
  }
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'folio-sharded-'));
  console.log(`bench:sharded: ${count} shards of ${papers} papers, built ${values.sequential ? 'one after another' : 'at the same time'}; temp ${tmp}`);
  try {
    const prepared = [];
    for (let i = 0; i < count; i++) prepared.push(await prepareShard(tmp, i, papers));
    const started = performance.now();
    const shards: Shard[] = [];
    if (values.sequential) for (const shard of prepared) shards.push(await buildShard(tmp, shard));
    else shards.push(...(await Promise.all(prepared.map((shard) => buildShard(tmp, shard)))));
    const buildsWall = (performance.now() - started) / 1000;

    const assembling = performance.now();
    const site = path.join(tmp, 'site');
    const assembled = await assembleShards(shards.map((s) => ({ name: s.name, dist: s.dist })), site);
    const assembleSeconds = (performance.now() - assembling) / 1000;

    const server = await serveStatic(site, '/');
    const browser = await launchChromium();
    let hits: Record<string, ShardHits>;
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/`);
      hits = await searchShards(page, assembled.indexes, shards.map((s) => s.probe.title));
    } finally {
      await browser.close();
      await server.close();
    }

    console.log(
      `\n${formatTable(
        [{ heading: 'shard' }, { heading: 'papers', align: 'right' }, { heading: 'ingest', align: 'right' }, { heading: 'build wall', align: 'right' }, { heading: 'build CPU', align: 'right' }, { heading: 'of it Pagefind', align: 'right' }, { heading: 'peak', align: 'right' }, { heading: 'render', align: 'right' }],
        shards.map((s) => [
          s.name,
          String(assembled.papers[s.name] ?? 0),
          formatSeconds(s.ingest.wallSeconds),
          formatSeconds(s.build.wallSeconds),
          formatSeconds(cpuSeconds(s.build)),
          formatSeconds(treePart(s.build, /pagefind/i).cpuSeconds),
          formatBytes(peakRss(s.build)),
          formatSeconds(s.phases.renderSeconds ?? 0),
        ]),
      )}`,
    );
    console.log(`\nall shard builds: ${formatSeconds(buildsWall)} wall; putting them together: ${formatSeconds(assembleSeconds)} (indexes ${assembled.indexes.join(', ')}; ${assembled.shared.length} shared files taken from the first shard)`);
    let found = 0;
    for (const shard of shards) {
      const hit = hits[shard.probe.title]!;
      const rank = hit.urls.indexOf(shard.probe.url);
      if (rank >= 0) found += 1;
      console.log(`search "${shard.probe.title}" (a paper of ${shard.name}): ${rank >= 0 ? `found at rank ${rank + 1}` : 'NOT found in the first results'} of ${hit.total}, ${hit.ms.toFixed(0)} ms`);
    }
    console.log(`bench:sharded: ${found} of ${shards.length} shards' probes found searching all shards together`);
    const out = path.resolve(REPO, values.out);
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(
      out,
      `${JSON.stringify({ startedAt: new Date(Date.now() - buildsWall * 1000).toISOString(), cpus: os.cpus().length, papersPerShard: papers, sequential: values.sequential, buildsWall, assembleSeconds, assembled, shards: shards.map(({ content: _, dist: __, ...s }) => s), hits }, null, 2)}\n`,
    );
    console.log(`bench:sharded: wrote ${path.relative(REPO, out)}`);
    return found === shards.length ? 0 : 1;
  } finally {
    if (values.keep) console.log(`bench:sharded: kept ${tmp}`);
    else await rm(tmp, { recursive: true, force: true });
  }
}

process.exitCode = await main(process.argv.slice(2));
