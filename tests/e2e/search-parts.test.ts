import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { VocabularyManifest } from '../../src/lib/search-vocabulary.ts';
import { astroBuild } from '../support/astro.ts';
import { launchChromium } from '../support/browser.ts';
import {
  addDay as addPapers,
  cleanSearch as cleanBuildSearch,
  dump,
  newArchiveSite,
  searchFiles,
  searchSite as searchBuiltSite,
  slugOf as slugIn,
  snapshot,
  titleOf,
  titlesIn as titlesOfPart,
} from '../support/search-parts-fixture.ts';

/**
 * The search in two parts (src/integrations/search-parts.ts): the papers
 * first listed in the archive's latest month in `pagefind-recent/`, the rest
 * in `pagefind/`, searched as one. An archive of invented papers over two
 * months is built, searched in the browser, given one more day and built
 * again (the archive's index must be kept as it was), given a day of a new
 * month (the archive takes in the month before), and edited by hand (an
 * archive paper retitled). After each build the search must be what a
 * clean build of the same papers writes, byte for byte.
 */

let tmp: string;
let content: string;
let dist: string;
let env: Record<string, string>;
let browser: Browser;
const logs: string[] = [];

const search = searchFiles;

const titlesIn = (folder: string) => titlesOfPart(dist, folder);
const addDay = (day: string, from: number, count: number) => addPapers(tmp, content, day, from, count);
const slugOf = (title: string) => slugIn(content, title);

const cleanSearch = (name: string) => cleanBuildSearch(tmp, env, name);
const searchSite = (queries: string[]) => searchBuiltSite(browser, dist, queries);

beforeAll(async () => {
  ({ tmp, content, dist, env } = await newArchiveSite('folio-search-parts-'));
  // February: papers 0-11; March: papers 12-17.
  await addDay('2026-02-26', 0, 6);
  await addDay('2026-02-27', 6, 6);
  await addDay('2026-03-02', 12, 6);
  logs.push(await astroBuild(env));
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('a search in two parts', () => {
  test('puts the latest month’s papers in pagefind-recent/ and the others in pagefind/, and names the second index in the vocabulary', () => {
    expect(titlesIn('pagefind')).toEqual(Array.from({ length: 12 }, (_, n) => titleOf(n)).sort());
    expect(titlesIn('pagefind-recent')).toEqual(Array.from({ length: 6 }, (_, n) => titleOf(12 + n)).sort());
    const manifest = JSON.parse(readFileSync(path.join(dist, 'search-index/manifest.json'), 'utf8')) as VocabularyManifest;
    expect(manifest.merged?.map((m) => m.path)).toEqual(['pagefind-recent/']);
    expect(logs[0]).toMatch(/indexed 18 paper pages in 2 parts \(pagefind\/ 12 papers; pagefind-recent\/ 6 papers\)/);
    const sw = readFileSync(path.join(dist, 'sw-manifest.json'), 'utf8');
    expect(sw).toContain('/pagefind-recent/pagefind-entry.json');
    expect(sw).not.toContain('/pagefind-recent/pagefind.js');
  });

  test('finds the papers of both parts in the browser: by title, by a word only one paper has, and by a word of many', async () => {
    const [archive, recent, unique, shared] = await searchSite([titleOf(3), titleOf(15), 'marker14x', 'lattice']);
    expect(archive!.urls[0]).toBe(`/papers/${slugOf(titleOf(3))}/`);
    expect(recent!.urls[0]).toBe(`/papers/${slugOf(titleOf(15))}/`);
    expect(unique!.titles).toEqual([titleOf(14)]);
    const lattice = Array.from({ length: 18 }, (_, n) => n).filter((n) => dump('2026-01-01', n, 1).toLowerCase().includes('lattice'));
    expect(lattice.some((n) => n < 12) && lattice.some((n) => n >= 12)).toBe(true);
    expect(shared!.titles.sort()).toEqual(lattice.map(titleOf).sort());
  });

  test('a word only one part has finds only its papers: the other part is not asked, as it would answer with its nearest guess', async () => {
    const markers = [0, 3, 7, 11, 12, 15, 17];
    const found = await searchSite(markers.map((n) => `marker${n}x`));
    markers.forEach((n, i) => expect(found[i]!.titles, `marker${n}x`).toEqual([titleOf(n)]));
    // Words of both parts together: no paper has both, in any part.
    const [both] = await searchSite(['marker3x marker15x']);
    expect(both!.total).toBe(0);
  });

  test('is what a clean build writes', async () => {
    expect(await cleanSearch('clean-1')).toEqual(search(dist));
  });
});

describe('a day more in the latest month', () => {
  let archiveBefore: Map<string, string>;
  beforeAll(async () => {
    archiveBefore = snapshot(dist, 'pagefind');
    await addDay('2026-03-03', 18, 3);
    logs.push(await astroBuild(env));
  }, 300_000);

  test('keeps the archive’s index as it was and indexes the month again', async () => {
    expect(logs[1]).toMatch(/pagefind\/ 12 papers, kept from the last build; pagefind-recent\/ 9 papers\)/);
    expect(snapshot(dist, 'pagefind')).toEqual(archiveBefore);
    expect(titlesIn('pagefind-recent')).toContain(titleOf(19));
    const [found] = await searchSite(['marker19x']);
    expect(found!.titles).toEqual([titleOf(19)]);
  });

  test('is what a clean build writes', async () => {
    expect(await cleanSearch('clean-2')).toEqual(search(dist));
  });
});

describe('the first day of a month', () => {
  beforeAll(async () => {
    await addDay('2026-04-01', 21, 2);
    logs.push(await astroBuild(env));
  }, 300_000);

  test('moves the month before into the archive, which is indexed again', () => {
    expect(logs[2]).toMatch(/pagefind\/ 21 papers; pagefind-recent\/ 2 papers\)/);
    expect(titlesIn('pagefind')).toContain(titleOf(19));
    expect(titlesIn('pagefind-recent')).toEqual([titleOf(21), titleOf(22)].sort());
  });

  test('is what a clean build writes', async () => {
    expect(await cleanSearch('clean-3')).toEqual(search(dist));
  });
});

describe('an archive paper retitled by hand', () => {
  const NEW_TITLE = 'Lantern Sampling, Retitled by Hand';
  beforeAll(async () => {
    const file = path.join(content, 'papers', `${slugOf(titleOf(2))}.mdx`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: "${NEW_TITLE}"`));
    logs.push(await astroBuild(env));
  }, 300_000);

  test('indexes the archive again: the search finds the new title and the old one no more as a title', async () => {
    expect(logs[3]).not.toMatch(/pagefind\/ \d+ papers, kept/);
    expect(titlesIn('pagefind')).toContain(NEW_TITLE);
    expect(titlesIn('pagefind')).not.toContain(titleOf(2));
    const [found] = await searchSite(['Retitled by Hand']);
    expect(found!.titles).toEqual([NEW_TITLE]);
  });

  test('is what a clean build writes', async () => {
    expect(await cleanSearch('clean-4')).toEqual(search(dist));
  });
});
