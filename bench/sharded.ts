/**
 * `npm run bench:sharded -- [--papers N] [--shards K] [--sequential] [--keep]`
 *
 * One sharded build, simulated on this machine: a synthetic archive of K x N
 * papers, ingested once, split into K shards of about N papers by each
 * paper's first listing (as shards by listing year would be), each shard
 * built as its own Folio site (at the same time, as a CI matrix
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
import { astroBuildArgs, ingestArgs } from './lib/build-command.ts';
import { formatBytes, formatSeconds, formatTable } from './lib/format-table.ts';
import { generateCorpus } from './lib/generate-corpus.ts';
import { parseAstroLog } from './lib/parse-astro-log.ts';
import { prepareSite } from './lib/prepare-site.ts';
import { hasGnuTime, runTimed, TIME_BINARY } from './lib/run-timed.ts';
import { searchShards, type ShardHits } from './lib/shard-search.ts';
import { assembleShards, splitContent } from './lib/shards.ts';
import { writeCorpus } from './lib/write-corpus.ts';

const REPO = path.resolve(import.meta.dirname, '..');
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

/** The archive's papers, ingested into one content folder and split into shards by first listing; each shard's site prepared. */
async function prepareShards(tmp: string, count: number, papers: number): Promise<Array<Omit<Shard, 'build' | 'phases' | 'dist'> & { site: string; config: string }>> {
  const names = Array.from({ length: count }, (_, i) => `y${2024 + i}`);
  const dumps = path.join(tmp, 'dumps');
  await writeCorpus(generateCorpus({ seed: 'sharded', papers: papers * count }), dumps);
  const content = path.join(tmp, 'content');
  await mkdir(path.join(tmp, 'logs'), { recursive: true });
  const ingest = await runTimed({ command: process.execPath, args: ingestArgs(['--content', content, dumps]), cwd: REPO, env: env({}), logPath: path.join(tmp, 'logs', 'ingest.log') });
  const split = await splitContent(content, names, path.join(tmp, 'shards'));
  console.log(`bench:sharded: ${names.map((n) => `${n}: ${split.papers[n]} papers, listings ${split.listings[n]![0]} .. ${split.listings[n]!.at(-1)}`).join('; ')}`);
  const prepared = [];
  for (const name of names) {
    const shardContent = split.folders[name]!;
    const first = (await readdir(path.join(shardContent, 'papers'))).filter((n) => n.endsWith('.mdx')).sort()[0]!;
    const title = (parseYaml((await readFile(path.join(shardContent, 'papers', first), 'utf8')).split('\n---\n')[0]!.replace(/^---\n/, '')) as { title: string }).title;
    const site = path.join(tmp, name, 'site');
    await mkdir(path.join(tmp, name, 'logs'), { recursive: true });
    prepared.push({ name, content: shardContent, ingest, probe: { title, url: `/papers/${first.replace(/\.mdx$/, '')}/` }, site, config: await prepareSite(REPO, site) });
  }
  return prepared;
}

async function buildShard(tmp: string, shard: Awaited<ReturnType<typeof prepareShards>>[number]): Promise<Shard> {
  const dist = path.join(tmp, shard.name, 'dist');
  const log = path.join(tmp, shard.name, 'logs', 'build.log');
  const build = await runTimed({
    command: process.execPath,
    args: astroBuildArgs(['--root', shard.site, '--config', path.relative(shard.site, shard.config), '--outDir', dist]),
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
    const prepared = await prepareShards(tmp, count, papers);
    const loadAverage = os.loadavg()[0] ?? 0;
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
        [{ heading: 'shard' }, { heading: 'papers', align: 'right' }, { heading: 'build wall', align: 'right' }, { heading: 'build CPU', align: 'right' }, { heading: 'of it Pagefind', align: 'right' }, { heading: 'peak', align: 'right' }, { heading: 'render', align: 'right' }],
        shards.map((s) => [
          s.name,
          String(assembled.papers[s.name] ?? 0),
          formatSeconds(s.build.wallSeconds),
          formatSeconds(cpuSeconds(s.build)),
          formatSeconds(treePart(s.build, /pagefind/i).cpuSeconds),
          formatBytes(peakRss(s.build)),
          formatSeconds(s.phases.renderSeconds ?? 0),
        ]),
      )}`,
    );
    console.log(`\ningest of the whole archive: ${formatSeconds(shards[0]!.ingest.wallSeconds)}; all shard builds: ${formatSeconds(buildsWall)} wall; putting them together: ${formatSeconds(assembleSeconds)}; load ${loadAverage.toFixed(1)} when the builds started (indexes ${assembled.indexes.join(', ')}; ${assembled.shared.length} shared files taken from the first shard)`);
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
      `${JSON.stringify({ startedAt: new Date(Date.now() - buildsWall * 1000).toISOString(), cpus: os.cpus().length, loadAverage, papersPerShard: papers, sequential: values.sequential, buildsWall, assembleSeconds, assembled: { indexes: assembled.indexes, papers: assembled.papers, sharedFiles: assembled.shared.length }, shards: shards.map(({ content: _, dist: __, ...s }) => s), hits }, null, 2)}\n`,
    );
    console.log(`bench:sharded: wrote ${path.relative(REPO, out)}`);
    return found === shards.length ? 0 : 1;
  } finally {
    if (values.keep) console.log(`bench:sharded: kept ${tmp}`);
    else await rm(tmp, { recursive: true, force: true });
  }
}

process.exitCode = await main(process.argv.slice(2));
