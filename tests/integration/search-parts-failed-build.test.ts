import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, npmEnv, runAstro, withAstroLock, type AstroRun } from '../support/astro.ts';
import { addDay, cleanSearch, newArchiveSite, searchFiles } from '../support/search-parts-fixture.ts';

/**
 * The site's search while a build runs, and after one that fails or is
 * killed. A part of the search kept from the last build
 * (src/integrations/search-parts.ts) is the index already in `dist/`: the
 * build must never take it out of `dist/`, as nothing puts it back when the
 * build stops halfway (`kill -9` runs no handler). The site keeps the last
 * build's search whole, every file as it was, until a build places the new
 * one; and the next build writes what a clean build writes.
 */

let tmp: string;
let content: string;
let dist: string;
let env: Record<string, string>;

/** The site's whole search in `dist`: each index folder, the vocabulary and the service worker that lists them, by path, as hashes of their bytes. */
const siteSearch = () =>
  new Map([
    ...searchFiles(dist),
    ...['sw.js', 'sw-manifest.json'].map((file) => [file, createHash('sha256').update(readFileSync(path.join(dist, file))).digest('hex')] as const),
  ]);

beforeAll(async () => {
  ({ tmp, content, dist, env } = await newArchiveSite('folio-search-failed-build-'));
  // February (the archive, pagefind/): papers 0-11; March, all in the week of Monday 2 March (pagefind-week-2026-03-02/): papers 12-17.
  await addDay(tmp, content, '2026-02-26', 0, 6);
  await addDay(tmp, content, '2026-02-27', 6, 6);
  await addDay(tmp, content, '2026-03-02', 12, 6);
  expect(await astroBuild(env)).toMatch(/indexed 18 paper pages in 2 parts \(pagefind\/ 12 papers; pagefind-week-2026-03-02\/ 6 papers\)/);
}, 300_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('a build that fails while it renders the pages, its search indexed beside it', () => {
  let before: Map<string, string>;
  let failed: AstroRun;
  beforeAll(async () => {
    before = siteSearch();
    await addDay(tmp, content, '2026-03-03', 18, 2);
    // The home page, which the new day changes, cannot be written: a folder is in its place (as a full disk would refuse it).
    const home = path.join(dist, 'index.html');
    rmSync(home);
    mkdirSync(path.join(home, 'in-the-way'), { recursive: true });
    failed = await runAstro(['build'], env);
  }, 300_000);

  test('fails, and leaves the last build’s search in the site, every file as it was', () => {
    expect(failed.code, failed.stdout.slice(-2000)).not.toBe(0);
    expect(`${failed.stdout}${failed.stderr}`).toMatch(/index\.html/);
    expect(siteSearch()).toEqual(before);
  });

  test('the next build keeps the archive’s part and writes what a clean build writes', async () => {
    rmSync(path.join(dist, 'index.html'), { recursive: true });
    const log = await astroBuild(env);
    expect(log).toMatch(/in 2 parts \(pagefind\/ 12 papers, kept from the last build; pagefind-week-2026-03-02\/ 8 papers\)/);
    expect(searchFiles(dist)).toEqual(await cleanSearch(tmp, env, 'clean-after-failure'));
  }, 300_000);
});

describe('a build killed (kill -9) once it has written a part of the search beside it', () => {
  let before: Map<string, string>;
  beforeAll(async () => {
    before = siteSearch();
    await addDay(tmp, content, '2026-03-04', 20, 2);
  }, 300_000);

  test('leaves the last build’s search in the site, every file as it was', async () => {
    // The latest week's part is written into the cache first, while Astro bundles and renders.
    const staged = path.join(env.FOLIO_CACHE_DIR!, 'folio-pagefind/pagefind-week-2026-03-02/pagefind-entry.json');
    const killed = await killBuildWhen(() => existsSync(staged));
    expect(killed, 'the build ended before its latest month’s part was written').toBe(true);
    expect(siteSearch()).toEqual(before);
  }, 300_000);

  test('the next build keeps the archive’s part and writes what a clean build writes', async () => {
    const log = await astroBuild(env);
    expect(log).toMatch(/in 2 parts \(pagefind\/ 12 papers, kept from the last build; pagefind-week-2026-03-02\/ 10 papers\)/);
    expect(searchFiles(dist)).toEqual(await cleanSearch(tmp, env, 'clean-after-kill'));
  }, 300_000);
});

/** Starts `astro build` of the site and kills it and every process it started (`kill -9`) as soon as `ready()`; whether it was killed before it ended. */
function killBuildWhen(ready: () => boolean): Promise<boolean> {
  return withAstroLock(
    () =>
      new Promise<boolean>((resolve, reject) => {
        const child = spawn(path.join(import.meta.dirname, '../../node_modules/.bin/astro'), ['build'], {
          cwd: path.resolve(import.meta.dirname, '../..'),
          env: npmEnv(env),
          stdio: 'ignore',
          detached: true,
        });
        let killed = false;
        const poll = setInterval(() => {
          if (!ready()) return;
          clearInterval(poll);
          killed = true;
          process.kill(-child.pid!, 'SIGKILL');
        }, 5);
        child.on('error', reject);
        child.on('exit', () => {
          clearInterval(poll);
          resolve(killed);
        });
      }),
  );
}
