import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { isPlacedPart, placeSearch, readPlacedParts, type SearchPart } from '../../src/integrations/place-search.ts';
import { tempDir } from './run-ingest.ts';

/**
 * The order in which a build puts its search in the site. The search is
 * several folders (each part, the vocabulary that lists them) and the
 * service worker that lists their files, placed one after the other; a
 * build killed between two steps leaves a mix, so each step must leave one
 * that is as safe as can be: never a part the vocabulary or the service
 * worker lists missing, never the old vocabulary over new parts (it would
 * answer "no match" for the new papers' words).
 */

/** A folder of the search saying `text` in its entry file. */
async function searchFolder(dir: string, text: string): Promise<void> {
  await fs.mkdir(path.join(dir, 'fragment'), { recursive: true });
  await fs.writeFile(path.join(dir, 'pagefind-entry.json'), text);
  await fs.writeFile(path.join(dir, 'fragment', `${text}.pf_fragment`), text);
}

/**
 * A site whose search was `pagefind/`, `pagefind-3/`, `pagefind-week-2026-03-09/`
 * and `search-index/`, and a build whose search is `pagefind/` (kept),
 * `pagefind-2/` (a folder the site does not have yet) and `pagefind-week-2026-03-09/`
 * (indexed again), staged in the cache with its vocabulary.
 */
async function siteAndBuild() {
  const tmp = await tempDir('folio-place-search-');
  const out = path.join(tmp, 'dist');
  const cacheDir = path.join(tmp, 'cache');
  const staged = { pagefind: path.join(cacheDir, 'folio-pagefind'), vocabulary: path.join(cacheDir, 'folio-search-index') };
  for (const folder of ['pagefind', 'pagefind-3', 'pagefind-week-2026-03-09', 'search-index']) await searchFolder(path.join(out, folder), `old-${folder}`);
  for (const folder of ['pagefind-2', 'pagefind-week-2026-03-09']) await searchFolder(path.join(staged.pagefind, folder), `new-${folder}`);
  await searchFolder(staged.vocabulary, 'new-search-index');
  const parts: SearchPart[] = [
    { folder: 'pagefind', key: 'a', kept: true },
    { folder: 'pagefind-2', key: 'b', kept: false },
    { folder: 'pagefind-week-2026-03-09', key: 'r', kept: false },
  ];
  return { tmp, out, cacheDir, staged, parts };
}

/** Records, in order, each change a reader of the site could see: a folder swapped in or removed, the record of what was placed written. */
function recordSteps(out: string, cacheDir: string): string[] {
  const steps: string[] = [];
  const { rename, rm, writeFile } = fs;
  vi.spyOn(fs, 'rename').mockImplementation(async (from, to) => {
    await rename(from, to);
    if (path.dirname(String(to)) === out && !/\.folio-(old|new)$/.test(String(to))) steps.push(`swap in ${path.basename(String(to))}/`);
  });
  vi.spyOn(fs, 'rm').mockImplementation(async (target, options) => {
    const existed = existsSync(target);
    await rm(target, options);
    if (existed && path.dirname(String(target)) === out) steps.push(`remove ${path.basename(String(target))}/`);
  });
  vi.spyOn(fs, 'writeFile').mockImplementation(async (file, data, options) => {
    await writeFile(file, data, options);
    if (path.dirname(String(file)) === cacheDir) steps.push(`record ${path.basename(String(file))}`);
  });
  return steps;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('placeSearch', () => {
  test('places a new part folder, then the vocabulary, then the parts it replaces, then the service worker, and removes what is no longer used last', async () => {
    const { out, cacheDir, staged, parts } = await siteAndBuild();
    const steps = recordSteps(out, cacheDir);
    await placeSearch(staged, parts, out, cacheDir, { writeServiceWorker: async () => void steps.push('write the service worker'), warn: () => undefined });
    expect(steps).toEqual([
      'swap in pagefind-2/',
      'swap in search-index/',
      'swap in pagefind-week-2026-03-09/',
      'record folio-pagefind-placed.json',
      'write the service worker',
      'remove pagefind-3/',
      'remove pagefind-week-2026-03-09.folio-old/',
      'remove search-index.folio-old/',
    ]);
    expect((await fs.readdir(out)).sort()).toEqual(['pagefind', 'pagefind-2', 'pagefind-week-2026-03-09', 'search-index']);
    for (const folder of ['pagefind-2', 'pagefind-week-2026-03-09', 'search-index']) expect(await fs.readFile(path.join(out, folder, 'pagefind-entry.json'), 'utf8')).toBe(`new-${folder}`);
  });

  test('a part set aside that cannot be removed is a warning naming it, once the new one is in place: the vocabulary and the service worker are placed all the same', async () => {
    const { out, cacheDir, staged, parts } = await siteAndBuild();
    const { rm } = fs;
    vi.spyOn(fs, 'rm').mockImplementation(async (target, options) => {
      if (String(target).endsWith('pagefind-week-2026-03-09.folio-old') && existsSync(target)) throw Object.assign(new Error(`EACCES: permission denied, unlink '${String(target)}/fragment/x.pf_fragment'`), { code: 'EACCES' });
      await rm(target, options);
    });
    const warnings: string[] = [];
    let serviceWorker = false;
    await placeSearch(staged, parts, out, cacheDir, { writeServiceWorker: async () => void (serviceWorker = true), warn: (message) => warnings.push(message) });
    expect(serviceWorker).toBe(true);
    expect(await fs.readFile(path.join(out, 'search-index', 'pagefind-entry.json'), 'utf8')).toBe('new-search-index');
    expect(warnings.map((w) => w.replaceAll(out, 'dist'))).toMatchInlineSnapshot(`
      [
        "could not remove \`dist/pagefind-week-2026-03-09.folio-old\`, the old index set aside (EACCES: permission denied, unlink 'dist/pagefind-week-2026-03-09.folio-old/fragment/x.pf_fragment'): the next build removes it",
      ]
    `);
  });

  test('a part that cannot be brought beside the site stops the build before anything of the site changed', async () => {
    const { out, cacheDir, staged, parts } = await siteAndBuild();
    await fs.rm(path.join(staged.pagefind, 'pagefind-week-2026-03-09'), { recursive: true });
    await expect(placeSearch(staged, parts, out, cacheDir, { writeServiceWorker: async () => undefined, warn: () => undefined })).rejects.toThrow(/pagefind-week-2026-03-09/);
    expect((await fs.readdir(out)).sort()).toEqual(['pagefind', 'pagefind-3', 'pagefind-week-2026-03-09', 'search-index']);
    for (const folder of ['pagefind-3', 'pagefind-week-2026-03-09', 'search-index']) expect(await fs.readFile(path.join(out, folder, 'pagefind-entry.json'), 'utf8')).toBe(`old-${folder}`);
  });

  test('a part is kept only while its files are the ones placed: none deleted, cut short, added or renamed', async () => {
    const { out, cacheDir, staged, parts } = await siteAndBuild();
    await placeSearch(staged, parts, out, cacheDir, { writeServiceWorker: async () => undefined, warn: () => undefined });
    const part = path.join(out, 'pagefind-2');
    const kept = async () => isPlacedPart(part, (await readPlacedParts(cacheDir))['pagefind-2'], 'b');
    expect(await kept()).toBe(true);
    expect(await isPlacedPart(part, (await readPlacedParts(cacheDir))['pagefind-2'], 'other key')).toBe(false);
    const fragment = path.join(part, 'fragment', 'new-pagefind-2.pf_fragment');
    const damage: Array<[string, () => Promise<void>, () => Promise<void>]> = [
      ['deleted', () => fs.rm(fragment), () => fs.writeFile(fragment, 'new-pagefind-2')],
      ['cut short', () => fs.truncate(fragment, 3), () => fs.writeFile(fragment, 'new-pagefind-2')],
      ['added', () => fs.writeFile(path.join(part, 'fragment', 'stray.pf_fragment'), 'x'), () => fs.rm(path.join(part, 'fragment', 'stray.pf_fragment'))],
      ['renamed', () => fs.rename(fragment, `${fragment}2`), () => fs.rename(`${fragment}2`, fragment)],
    ];
    for (const [what, change, undo] of damage) {
      await change();
      expect(await kept(), what).toBe(false);
      await undo();
      expect(await kept(), `${what}, then put back`).toBe(true);
    }
    // The record of what was placed, kept for a part kept, written for a part placed.
    await fs.rm(staged.pagefind, { recursive: true, force: true });
    await fs.mkdir(staged.pagefind, { recursive: true });
    await searchFolder(staged.vocabulary, 'newer-search-index');
    const again: SearchPart[] = parts.map((p) => ({ ...p, kept: true }));
    await placeSearch(staged, again, out, cacheDir, { writeServiceWorker: async () => undefined, warn: () => undefined });
    expect(await kept()).toBe(true);
  });
});
