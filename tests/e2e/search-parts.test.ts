import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isSearchPartFolder } from '../../src/lib/search-folders.ts';
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
 * The search a part a week (src/integrations/search-parts.ts): the papers
 * first listed in each calendar week of the archive's latest month in a
 * part of its own, `pagefind-week-<the week's first day>/`, the rest in
 * `pagefind/`, searched as one. An archive of invented papers over two
 * months is built, searched in the browser, given one more day of the latest
 * week (only that week's index is written again), a day of a new week (a
 * Monday: a new part; every earlier week's index is kept, not rewritten), a
 * day of a new month (the archive takes in the month before, and the new
 * month has one week's part), and edited by hand (an archive paper
 * retitled). The latest month's and week's folders of the version before
 * (`pagefind-recent/`, `pagefind-week/`), left in a deployed site, are gone
 * after the first build. After each build the search must be what a clean
 * build of the same papers writes, byte for byte.
 */

let tmp: string;
let content: string;
let dist: string;
let env: Record<string, string>;
let browser: Browser;
const logs: string[] = [];

const search = searchFiles;

const titlesIn = (folder: string) => titlesOfPart(dist, folder);
const titles = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => titleOf(from + k)).sort();
const addDay = (day: string, from: number, count: number) => addPapers(tmp, content, day, from, count);
const slugOf = (title: string) => slugIn(content, title);
const partFolders = () => readdirSync(dist).filter(isSearchPartFolder).sort();
const merged = () => (JSON.parse(readFileSync(path.join(dist, 'search-index/manifest.json'), 'utf8')) as VocabularyManifest).merged?.map((m) => m.path);
/** Each file of `folder` in the site, by path, with when it was last written: a part kept is not even written again. */
const written = (folder: string) => new Map([...snapshot(dist, folder).keys()].map((file) => [file, statSync(path.join(dist, file)).mtimeMs]));

const cleanSearch = (name: string) => cleanBuildSearch(tmp, env, name);
const searchSite = (queries: string[]) => searchBuiltSite(browser, dist, queries);

const WEEK_1 = 'pagefind-week-2026-03-02';
const WEEK_2 = 'pagefind-week-2026-03-09';
const WEEK_3 = 'pagefind-week-2026-03-16';

beforeAll(async () => {
  ({ tmp, content, dist, env } = await newArchiveSite('folio-search-parts-'));
  // February: papers 0-11; March: papers 12-17 on Monday 2 March, 18-19 on Monday 9 March (the latest week).
  await addDay('2026-02-26', 0, 6);
  await addDay('2026-02-27', 6, 6);
  await addDay('2026-03-02', 12, 6);
  await addDay('2026-03-09', 18, 2);
  logs.push(await astroBuild(env));
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('a search in a part a week of the latest month', () => {
  test('puts each week’s papers of the latest month in pagefind-week-<its Monday>/ and the others in pagefind/, and names the other indexes in the vocabulary', () => {
    expect(titlesIn('pagefind')).toEqual(titles(0, 12));
    expect(titlesIn(WEEK_1)).toEqual(titles(12, 18));
    expect(titlesIn(WEEK_2)).toEqual(titles(18, 20));
    expect(partFolders()).toEqual(['pagefind', WEEK_1, WEEK_2]);
    expect(merged()).toEqual([`${WEEK_1}/`, `${WEEK_2}/`]);
    expect(logs[0]).toMatch(/indexed 20 paper pages in 3 parts \(pagefind\/ 12 papers; pagefind-week-2026-03-02\/ 6 papers; pagefind-week-2026-03-09\/ 2 papers\)/);
    const sw = readFileSync(path.join(dist, 'sw-manifest.json'), 'utf8');
    for (const folder of [WEEK_1, WEEK_2]) {
      expect(sw).toContain(`/${folder}/pagefind-entry.json`);
      expect(sw).not.toContain(`/${folder}/pagefind.js`);
    }
  });

  test('finds the papers of every part in the browser: by title, by a word only one paper has, and by a word of many', async () => {
    const [archive, first, second, unique, shared] = await searchSite([titleOf(3), titleOf(15), titleOf(19), 'marker14x', 'lattice']);
    expect(archive!.urls[0]).toBe(`/papers/${slugOf(titleOf(3))}/`);
    expect(first!.urls[0]).toBe(`/papers/${slugOf(titleOf(15))}/`);
    expect(second!.urls[0]).toBe(`/papers/${slugOf(titleOf(19))}/`);
    expect(unique!.titles).toEqual([titleOf(14)]);
    const lattice = Array.from({ length: 20 }, (_, n) => n).filter((n) => dump('2026-01-01', n, 1).toLowerCase().includes('lattice'));
    expect(lattice.some((n) => n < 12) && lattice.some((n) => n >= 12)).toBe(true);
    expect(shared!.titles.sort()).toEqual(lattice.map(titleOf).sort());
  });

  test('a word only one part has finds only its papers: the other parts are not asked, as they would answer with their nearest guess', async () => {
    const markers = [0, 3, 7, 11, 12, 15, 17, 18, 19];
    const found = await searchSite(markers.map((n) => `marker${n}x`));
    markers.forEach((n, i) => expect(found[i]!.titles, `marker${n}x`).toEqual([titleOf(n)]));
    // Words of two parts together: no paper has both, in any part.
    const both = await searchSite(['marker3x marker15x', 'marker15x marker19x', 'marker3x marker18x']);
    for (const result of both) expect(result.total).toBe(0);
  });

  test('is what a clean build writes', async () => {
    expect(await cleanSearch('clean-1')).toEqual(search(dist));
  });
});

describe('a day more in the latest week, on a site deployed by the version with pagefind-recent/ and pagefind-week/', () => {
  let before: { archive: Map<string, string>; week: Map<string, string> };
  beforeAll(async () => {
    before = { archive: snapshot(dist, 'pagefind'), week: snapshot(dist, WEEK_1) };
    // What the version before left: the latest month's and week's indexes, in folders this one does not write.
    cpSync(path.join(dist, WEEK_1), path.join(dist, 'pagefind-recent'), { recursive: true });
    cpSync(path.join(dist, WEEK_2), path.join(dist, 'pagefind-week'), { recursive: true });
    await addDay('2026-03-10', 20, 3);
    logs.push(await astroBuild(env));
  }, 300_000);

  test('keeps the archive’s and the earlier week’s indexes as they were and indexes only the latest week again', async () => {
    expect(logs[1]).toMatch(/pagefind\/ 12 papers, kept from the last build; pagefind-week-2026-03-02\/ 6 papers, kept from the last build; pagefind-week-2026-03-09\/ 5 papers\)/);
    expect(snapshot(dist, 'pagefind')).toEqual(before.archive);
    expect(snapshot(dist, WEEK_1)).toEqual(before.week);
    expect(titlesIn(WEEK_2)).toEqual(titles(18, 23));
    const [found] = await searchSite(['marker21x']);
    expect(found!.titles).toEqual([titleOf(21)]);
  });

  test('removes the folders of the version before, which nothing lists', () => {
    expect(readdirSync(dist).filter((name) => name.startsWith('pagefind')).sort()).toEqual(['pagefind', WEEK_1, WEEK_2]);
    expect(readFileSync(path.join(dist, 'sw-manifest.json'), 'utf8')).not.toMatch(/\/pagefind-(recent|week)\//);
  });

  test('is what a clean build writes', async () => {
    expect(await cleanSearch('clean-2')).toEqual(search(dist));
  });
});

describe('the first day of a new week', () => {
  let before: { archive: Map<string, string>; first: Map<string, string>; last: Map<string, string>; written: Map<string, number> };
  beforeAll(async () => {
    before = { archive: snapshot(dist, 'pagefind'), first: snapshot(dist, WEEK_1), last: snapshot(dist, WEEK_2), written: written(WEEK_2) };
    await addDay('2026-03-16', 23, 2);
    logs.push(await astroBuild(env));
  }, 300_000);

  test('writes only the new week’s part: every earlier part, the week before’s included, is kept byte for byte and not written again', async () => {
    expect(logs[2]).toMatch(
      /in 4 parts \(pagefind\/ 12 papers, kept from the last build; pagefind-week-2026-03-02\/ 6 papers, kept from the last build; pagefind-week-2026-03-09\/ 5 papers, kept from the last build; pagefind-week-2026-03-16\/ 2 papers\)/,
    );
    expect(snapshot(dist, 'pagefind')).toEqual(before.archive);
    expect(snapshot(dist, WEEK_1)).toEqual(before.first);
    expect(snapshot(dist, WEEK_2)).toEqual(before.last);
    expect(written(WEEK_2)).toEqual(before.written);
    expect(titlesIn(WEEK_3)).toEqual(titles(23, 25));
    expect(merged()).toEqual([`${WEEK_1}/`, `${WEEK_2}/`, `${WEEK_3}/`]);
    const found = await searchSite(['marker5x', 'marker15x', 'marker19x', 'marker24x']);
    expect(found.map((f) => f.titles)).toEqual([[titleOf(5)], [titleOf(15)], [titleOf(19)], [titleOf(24)]]);
  });

  test('is what a clean build writes', async () => {
    expect(await cleanSearch('clean-3')).toEqual(search(dist));
  });
});

describe('the first day of a month', () => {
  beforeAll(async () => {
    await addDay('2026-04-01', 25, 2);
    logs.push(await astroBuild(env));
  }, 300_000);

  test('moves the month before into the archive, which is indexed again, and the new month has one week’s part, cut at its first day', async () => {
    expect(logs[3]).toMatch(/in 2 parts \(pagefind\/ 25 papers; pagefind-week-2026-04-01\/ 2 papers\)/);
    expect(titlesIn('pagefind')).toEqual(titles(0, 25));
    expect(titlesIn('pagefind-week-2026-04-01')).toEqual(titles(25, 27));
    expect(partFolders()).toEqual(['pagefind', 'pagefind-week-2026-04-01']);
    expect(merged()).toEqual(['pagefind-week-2026-04-01/']);
    expect(readFileSync(path.join(dist, 'sw-manifest.json'), 'utf8')).not.toContain('/pagefind-week-2026-03-');
    const found = await searchSite(['marker15x', 'marker26x']);
    expect(found.map((f) => f.titles)).toEqual([[titleOf(15)], [titleOf(26)]]);
  });

  test('is what a clean build writes', async () => {
    expect(await cleanSearch('clean-4')).toEqual(search(dist));
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
    expect(logs[4]).not.toMatch(/pagefind\/ \d+ papers, kept/);
    expect(titlesIn('pagefind')).toContain(NEW_TITLE);
    expect(titlesIn('pagefind')).not.toContain(titleOf(2));
    const [found] = await searchSite(['Retitled by Hand']);
    expect(found!.titles).toEqual([NEW_TITLE]);
  });

  test('is what a clean build writes', async () => {
    expect(await cleanSearch('clean-5')).toEqual(search(dist));
  });
});
