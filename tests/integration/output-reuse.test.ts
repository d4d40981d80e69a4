import { mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runIngest } from './run-ingest.ts';
import { astroBuild as build } from '../support/astro.ts';
import { fixtureContent } from '../support/fixture-content.ts';
import { addDay, cleanSearch, newArchiveSite, searchFiles } from '../support/search-parts-fixture.ts';

/**
 * A build reuses what its output folder holds from the last build: the
 * pages Astro's incremental build keeps in place, and the search parts
 * whose records have not changed. Whatever the output folder holds (a part
 * of it damaged, or not the one the cache's last build wrote), the next
 * build must write what a clean build writes. Content only, never time.
 */

/** Every file under `dir`, by path, with its bytes. */
const files = (dir: string) =>
  new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [path.relative(dir, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name))]),
  );
/** The files of `built` that are missing, extra or different against `expected`. */
const differences = (built: string, expected: string) => {
  const a = files(built);
  const b = files(expected);
  return [...new Set([...a.keys(), ...b.keys()])].filter((file) => !a.has(file) || !b.has(file) || !a.get(file)!.equals(b.get(file)!)).sort();
};
/** The pages the build log says were reused from the last build. */
const reusedPages = (log: string) => log.split('\n').filter((line) => /\.html \((?:cached|restored)\)/.test(line)).length;
const REBUILT = /every page is built again/;

describe('a kept search part damaged in the output folder between builds', () => {
  let site: Awaited<ReturnType<typeof newArchiveSite>>;
  let repaired: string;
  beforeAll(async () => {
    site = await newArchiveSite('folio-damaged-part-');
    // February (the archive, pagefind/): papers 0-11; March, all in the week of Monday 2 March (pagefind-week-2026-03-02/): papers 12-17.
    await addDay(site.tmp, site.content, '2026-02-26', 0, 6);
    await addDay(site.tmp, site.content, '2026-02-27', 6, 6);
    await addDay(site.tmp, site.content, '2026-03-02', 12, 6);
    await build(site.env);
    // A copy of dist/ cut short, a disk error: one fragment gone, one index file truncated.
    const part = path.join(site.dist, 'pagefind');
    rmSync(path.join(part, 'fragment', readdirSync(path.join(part, 'fragment'))[0]!));
    truncateSync(path.join(part, 'index', readdirSync(path.join(part, 'index'))[0]!), 10);
    await addDay(site.tmp, site.content, '2026-03-03', 18, 2);
    repaired = await build(site.env);
  }, 300_000);
  afterAll(() => rmSync(site.tmp, { recursive: true, force: true }));

  test('is written again, not kept: the search is what a clean build writes', async () => {
    expect(repaired).toMatch(/in 2 parts \(pagefind\/ 12 papers; pagefind-week-2026-03-02\/ 8 papers\)/);
    expect(searchFiles(site.dist)).toEqual(await cleanSearch(site.tmp, site.env, 'clean'));
  }, 300_000);

  test('is kept again by the build after, once whole', async () => {
    await addDay(site.tmp, site.content, '2026-03-04', 20, 1);
    expect(await build(site.env)).toMatch(/in 2 parts \(pagefind\/ 12 papers, kept from the last build; pagefind-week-2026-03-02\/ 9 papers\)/);
  }, 300_000);
});

describe('a build whose cache is not from the last build into its output folder', () => {
  const { tmp, content } = fixtureContent('folio-cache-mismatch-');
  const cache = path.join(tmp, 'cache');
  const out1 = path.join(tmp, 'out1');
  const out2 = path.join(tmp, 'out2');
  const clean = path.join(tmp, 'clean');
  let switched: string;
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  beforeAll(async () => {
    // Day A into out1; the next day into out2 with the same cache (FOLIO_OUT_DIR switched), then into out1 again.
    await build({ FOLIO_CONTENT: content, FOLIO_OUT_DIR: out1, FOLIO_CACHE_DIR: cache });
    const dumps = path.join(tmp, 'next-day');
    mkdirSync(dumps, { recursive: true });
    writeFileSync(path.join(dumps, '2026-04-01.txt'), 'Apr 1\n\nKelp Forest Recovery after Marine Heatwaves\n\nWe survey kelp canopies along two coasts for a decade and find recovery where urchin predators remain.\n');
    const ingest = await runIngest(['--content', content, dumps]);
    expect(ingest.code, ingest.stderr).toBe(0);
    await build({ FOLIO_CONTENT: content, FOLIO_OUT_DIR: out2, FOLIO_CACHE_DIR: cache });
    switched = await build({ FOLIO_CONTENT: content, FOLIO_OUT_DIR: out1, FOLIO_CACHE_DIR: cache });
    await build({ FOLIO_CONTENT: content, FOLIO_OUT_DIR: path.join(clean, 'dist'), FOLIO_CACHE_DIR: path.join(clean, 'cache') });
  }, 600_000);

  test('builds every page again, says why in one line, and writes what a clean build writes', () => {
    expect(switched.split('\n').filter((line) => REBUILT.test(line))).toHaveLength(1);
    expect(reusedPages(switched)).toBe(0);
    expect(differences(out1, path.join(clean, 'dist'))).toEqual([]);
  });

  test('the next build, with the same cache and output folder, reuses every page', async () => {
    const next = await build({ FOLIO_CONTENT: content, FOLIO_OUT_DIR: out1, FOLIO_CACHE_DIR: cache });
    expect(next).not.toMatch(REBUILT);
    expect(reusedPages(next)).toBeGreaterThan(0);
    // Rendered again: only the few pages without a cache key (the home page, the indexes, search, 404).
    expect(next.split('\n').filter((line) => /\/(?:papers|listings|topics)\/[^/]+\/.*\.html \(\+\d+ms\)/.test(line))).toEqual([]);
    expect(differences(out1, path.join(clean, 'dist'))).toEqual([]);
  }, 300_000);
});
