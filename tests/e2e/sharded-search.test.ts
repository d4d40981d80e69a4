import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../bench/lib/generate-corpus.ts';
import { searchShards } from '../../bench/lib/shard-search.ts';
import { assembleShards, splitContent, type AssembledShards } from '../../bench/lib/shards.ts';
import { writeCorpus } from '../../bench/lib/write-corpus.ts';
import { astroBuild, npmEnv } from '../support/astro.ts';
import { launchChromium } from '../support/browser.ts';
import { readEntries } from '../support/site.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

// A sharded archive in small: invented papers ingested once, split into two
// shards by first listing (two "years"), each shard built as its own site,
// put together, and searched as one. The same at 2 x 10,000 papers is
// `npm run bench:sharded`.
const repo = path.resolve(import.meta.dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-shards-test-'));
const names = ['y2024', 'y2025'];

let assembled: AssembledShards;
let server: StaticServer;
let browser: Browser;
const probes: Array<{ shard: string; title: string; url: string }> = [];

beforeAll(async () => {
  const dumps = path.join(tmp, 'dumps');
  const content = path.join(tmp, 'content');
  await writeCorpus(generateCorpus({ seed: 'sharded', papers: 300 }), dumps);
  execFileSync(path.join(repo, 'node_modules/.bin/node'), ['scripts/ingest.js', '--content', content, dumps], { cwd: repo, env: npmEnv(), stdio: 'pipe' });
  const split = await splitContent(content, names, path.join(tmp, 'shards'));
  const dists = [];
  for (const name of names) {
    const dist = path.join(tmp, name, 'dist');
    await astroBuild({ FOLIO_CONTENT: split.folders[name]!, FOLIO_OUT_DIR: dist, FOLIO_CACHE_DIR: path.join(tmp, name, 'cache') });
    const entry = readEntries(split.folders[name]!)[0]!;
    probes.push({ shard: name, title: entry.data.title, url: `/papers/${entry.data.slug}/` });
    dists.push({ name, dist });
  }
  assembled = await assembleShards(dists, path.join(tmp, 'site'));
  server = await serveStatic(path.join(tmp, 'site'), '/');
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('a sharded build searched as one site', () => {
  test('every paper of every shard keeps its permanent URL in the assembled site', () => {
    expect(assembled.papers.y2024! + assembled.papers.y2025!).toBe(300);
    expect(assembled.papers.y2024).toBeGreaterThan(0);
    expect(assembled.papers.y2025).toBeGreaterThan(0);
    for (const probe of probes) expect(fs.existsSync(path.join(tmp, 'site', probe.url, 'index.html')), probe.url).toBe(true);
    expect(assembled.indexes).toEqual(['pagefind/', 'pagefind-y2025/']);
  });

  test('a search in the browser finds the papers of both shards once their indexes are merged', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/`);
    const hits = await searchShards(page, assembled.indexes, probes.map((p) => p.title));
    for (const probe of probes) expect(hits[probe.title]!.urls[0], `${probe.shard}: ${probe.title}`).toBe(probe.url);
    await page.close();
  });

  test('the first shard’s index alone does not know the second shard’s papers', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/`);
    const second = probes[1]!;
    const hits = await searchShards(page, assembled.indexes.slice(0, 1), [second.title]);
    expect(hits[second.title]!.urls).not.toContain(second.url);
    await page.close();
  });
});
