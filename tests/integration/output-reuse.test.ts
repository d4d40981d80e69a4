import { readdirSync, rmSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild as build } from '../support/astro.ts';
import { addDay, cleanSearch, newArchiveSite, searchFiles } from '../support/search-parts-fixture.ts';

/**
 * A build reuses what its output folder holds from the last build: the
 * pages Astro's incremental build keeps in place, and the search parts
 * whose records have not changed. Whatever the output folder holds (a part
 * of it damaged, or not the one the cache's last build wrote), the next
 * build must write what a clean build writes. Content only, never time.
 */

describe('a kept search part damaged in the output folder between builds', () => {
  let site: Awaited<ReturnType<typeof newArchiveSite>>;
  let repaired: string;
  beforeAll(async () => {
    site = await newArchiveSite('folio-damaged-part-');
    // February (the archive, pagefind/): papers 0-11; March (pagefind-recent/): papers 12-17.
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
    expect(repaired).toMatch(/in 2 parts \(pagefind\/ 12 papers; pagefind-recent\/ 8 papers\)/);
    expect(searchFiles(site.dist)).toEqual(await cleanSearch(site.tmp, site.env, 'clean'));
  }, 300_000);

  test('is kept again by the build after, once whole', async () => {
    await addDay(site.tmp, site.content, '2026-03-04', 20, 1);
    expect(await build(site.env)).toMatch(/in 2 parts \(pagefind\/ 12 papers, kept from the last build; pagefind-recent\/ 9 papers\)/);
  }, 300_000);
});
