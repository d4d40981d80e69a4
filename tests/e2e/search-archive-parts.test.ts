import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isSearchPartFolder } from '../../src/lib/search-folders.ts';
import type { VocabularyManifest } from '../../src/lib/search-vocabulary.ts';
import { astroBuild } from '../support/astro.ts';
import { launchChromium } from '../support/browser.ts';
import { addDay, cleanSearch as cleanBuildSearch, dump, newArchiveSite, searchFiles, searchSite as searchBuiltSite, snapshot, titleOf, titlesIn } from '../support/search-parts-fixture.ts';

/**
 * An archive larger than a part of the search index (src/integrations/search-parts.ts),
 * built with parts of 8 papers (`FOLIO_SEARCH_PART_PAPERS`; 16,384 by default):
 * the archive's oldest papers in `pagefind/`, the next in `pagefind-2/`, ...,
 * the latest month's (all of its latest week) in `pagefind-week-2026-03-02/`, searched as one in the browser.
 * A month's first day then moves a month into the archive: the full parts
 * before it must be kept byte for byte. Larger parts then leave fewer
 * folders: the others must go. After each build the search must be what a
 * clean build of the same papers writes, folder for folder.
 */

let tmp: string;
let content: string;
let dist: string;
let env: Record<string, string>;
let browser: Browser;
const logs: string[] = [];

const titles = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => titleOf(from + k));
const search = searchFiles;
const cleanSearch = (name: string, settings: Record<string, string> = {}) => cleanBuildSearch(tmp, env, name, settings);
const searchSite = (queries: string[]) => searchBuiltSite(browser, dist, queries);

beforeAll(async () => {
  ({ tmp, content, dist, env } = await newArchiveSite('folio-search-archive-parts-', { FOLIO_SEARCH_PART_PAPERS: '8' }));
  // February: papers 0-17 over three days (the archive); March: papers 18-21, on Monday 2 March (the latest week).
  await addDay(tmp, content, '2026-02-24', 0, 6);
  await addDay(tmp, content, '2026-02-26', 6, 6);
  await addDay(tmp, content, '2026-02-27', 12, 6);
  await addDay(tmp, content, '2026-03-02', 18, 4);
  logs.push(await astroBuild(env));
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('an archive of 18 papers in parts of 8', () => {
  test('is split oldest first into pagefind/, pagefind-2/ and pagefind-3/, beside the latest week, and the vocabulary and service worker name every part', () => {
    expect(logs[0]).toMatch(/indexed 22 paper pages in 4 parts \(pagefind\/ 8 papers; pagefind-2\/ 8 papers; pagefind-3\/ 2 papers; pagefind-week-2026-03-02\/ 4 papers\)/);
    const first = titlesIn(dist, 'pagefind');
    // The first day's six papers are the oldest; then the next day's, in URL order.
    expect(first).toEqual(expect.arrayContaining(titles(0, 6)));
    expect(titlesIn(dist, 'pagefind-3').every((title) => titles(12, 18).includes(title))).toBe(true);
    expect([...first, ...titlesIn(dist, 'pagefind-2'), ...titlesIn(dist, 'pagefind-3')].sort()).toEqual(titles(0, 18).sort());
    expect(titlesIn(dist, 'pagefind-week-2026-03-02')).toEqual(titles(18, 22).sort());
    const manifest = JSON.parse(readFileSync(path.join(dist, 'search-index/manifest.json'), 'utf8')) as VocabularyManifest;
    expect(manifest.merged?.map((m) => m.path)).toEqual(['pagefind-2/', 'pagefind-3/', 'pagefind-week-2026-03-02/']);
    const sw = readFileSync(path.join(dist, 'sw-manifest.json'), 'utf8');
    for (const folder of ['pagefind-2', 'pagefind-3', 'pagefind-week-2026-03-02']) expect(sw).toContain(`/${folder}/pagefind-entry.json`);
  });

  test('is searched as one in the browser: a word of one paper in each part, a word of many, words of two parts together', async () => {
    const markers = [0, 5, 9, 14, 17, 20];
    const found = await searchSite([...markers.map((n) => `marker${n}x`), 'glacier', 'marker3x marker20x', titleOf(13)]);
    markers.forEach((n, i) => expect(found[i]!.titles, `marker${n}x`).toEqual([titleOf(n)]));
    const glacier = Array.from({ length: 22 }, (_, n) => n).filter((n) => dump('2026-01-01', n, 1).includes('glacier'));
    expect(found[markers.length]!.titles.sort()).toEqual(glacier.map(titleOf).sort());
    expect(found[markers.length + 1]!.total).toBe(0);
    expect(found[markers.length + 2]!.titles[0]).toBe(titleOf(13));
  });

  test('is what a clean build writes', async () => {
    expect(await cleanSearch('clean-1')).toEqual(search(dist));
  });
});

describe('the first day of a month, the archive in parts', () => {
  let before: { first: Map<string, string>; second: Map<string, string> };
  beforeAll(async () => {
    before = { first: snapshot(dist, 'pagefind'), second: snapshot(dist, 'pagefind-2') };
    await addDay(tmp, content, '2026-04-01', 22, 2);
    logs.push(await astroBuild(env));
  }, 300_000);

  test('keeps the full parts as they were and writes the last part again with the month before', async () => {
    expect(logs[1]).toMatch(/in 4 parts \(pagefind\/ 8 papers, kept from the last build; pagefind-2\/ 8 papers, kept from the last build; pagefind-3\/ 6 papers; pagefind-week-2026-04-01\/ 2 papers\)/);
    expect(snapshot(dist, 'pagefind')).toEqual(before.first);
    expect(snapshot(dist, 'pagefind-2')).toEqual(before.second);
    expect(titlesIn(dist, 'pagefind-3')).toEqual(expect.arrayContaining(titles(18, 22)));
    const [found] = await searchSite(['marker19x']);
    expect(found!.titles).toEqual([titleOf(19)]);
  });

  test('is what a clean build writes', async () => {
    expect(await cleanSearch('clean-2')).toEqual(search(dist));
  });
});

describe('parts made larger', () => {
  beforeAll(async () => {
    logs.push(await astroBuild({ ...env, FOLIO_SEARCH_PART_PAPERS: '16' }));
  }, 300_000);

  test('writes the archive in fewer parts and removes the folders of the others', () => {
    expect(logs[2]).toMatch(/in 3 parts \(pagefind\/ 16 papers; pagefind-2\/ 6 papers; pagefind-week-2026-04-01\/ 2 papers, kept from the last build\)/);
    expect(readdirSync(dist).filter(isSearchPartFolder).sort()).toEqual(['pagefind', 'pagefind-2', 'pagefind-week-2026-04-01']);
    const manifest = JSON.parse(readFileSync(path.join(dist, 'search-index/manifest.json'), 'utf8')) as VocabularyManifest;
    expect(manifest.merged?.map((m) => m.path)).toEqual(['pagefind-2/', 'pagefind-week-2026-04-01/']);
    expect(readFileSync(path.join(dist, 'sw-manifest.json'), 'utf8')).not.toContain('/pagefind-3/');
  });

  test('is what a clean build writes', async () => {
    expect(await cleanSearch('clean-3', { FOLIO_SEARCH_PART_PAPERS: '16' })).toEqual(search(dist));
  });
});
