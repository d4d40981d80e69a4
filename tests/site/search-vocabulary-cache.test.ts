/**
 * The search vocabulary's cache (vocabulary-cache.ts), on the seeds build's
 * Pagefind indexes: what it writes is what the vocabulary without it
 * writes, byte for byte, whatever state the cache folder is in, whether a
 * part is taken whole from it or read page by page.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { writeSearchVocabulary, type VocabularyFigures } from '../../src/integrations/search-vocabulary.ts';
import { readPagefindMeta } from '../../src/integrations/pagefind-format.ts';
import { VOCABULARY_CACHE_DIR } from '../../src/integrations/vocabulary-cache.ts';
import type { VocabularyManifest } from '../../src/lib/search-vocabulary.ts';
import { builtIndexes } from '../support/vocabulary-job.ts';

const { dist } = inject('builds').root;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'folio-vocabulary-cache-'));
const cacheDir = path.join(tmp, 'cache', VOCABULARY_CACHE_DIR);

/** Every file of a written vocabulary, by path. */
const files = (dir: string) =>
  new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [path.relative(dir, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name), 'utf8')]),
  );

let run = 0;
/**
 * Writes the seeds' vocabulary into a new folder, with the cache or without,
 * each index with the key `key(folder)` if given (as the build gives the
 * key of the records a part was made from); returns the folder and the figures.
 */
async function write(withCache: boolean, key?: (folder: string) => string): Promise<{ dir: string; figures: VocabularyFigures }> {
  const { tag } = JSON.parse(readFileSync(path.join(dist, 'search-index/manifest.json'), 'utf8')) as VocabularyManifest;
  const dir = path.join(tmp, `out-${run++}`);
  const indexes = builtIndexes(dist).map((index) => (key ? { ...index, key: key(index.folder) } : index));
  const figures = await writeSearchVocabulary({ indexes, tag, outDir: dir, ...(withCache ? { cacheDir } : {}) });
  return { dir, figures };
}

const cached = () => readdirSync(cacheDir).sort();

let without: Map<string, string>;
beforeAll(async () => {
  without = files((await write(false)).dir);
});

describe('the search vocabulary with its cache', () => {
  test('without the cache, is the build’s own', () => {
    expect(without).toEqual(files(path.join(dist, 'search-index')));
  });

  test('is the same, byte for byte, from an empty cache and from a full one', async () => {
    const cold = await write(true);
    expect(cold.figures.cachedPages).toBe(0);
    expect(files(cold.dir)).toEqual(without);
    const warm = await write(true);
    expect(warm.figures.cachedPages).toBe(warm.figures.pages);
    expect(warm.figures.pages).toBeGreaterThan(400);
    expect(files(warm.dir)).toEqual(without);
  });

  test('sets a corrupt cache file aside, writes the same vocabulary and a sound file again', async () => {
    await write(true);
    const cacheFile = path.join(cacheDir, 'pagefind.pages');
    const text = readFileSync(cacheFile, 'utf8');
    const newline = text.indexOf('\n');
    const corrupt = [
      [text.slice(0, text.length / 2), 'its body does not match its checksum'],
      [text.slice(0, newline) + text.slice(newline).replace(/"[a-z]{6,}"/, '"zzzzzz"'), 'its body does not match its checksum'],
      ['not a cache', 'it has no header line'],
    ];
    const archivePages = readPagefindMeta(readFileSync(path.join(dist, 'pagefind', `pagefind.${builtIndexes(dist)[0]!.languageHash}.pf_meta`)), 'meta').pages.length;
    for (const [bad, reason] of corrupt) {
      writeFileSync(cacheFile, bad!);
      const again = await write(true);
      // The archive's pages are read again; those of the other parts, if any, come from their files.
      expect(again.figures.cachedPages).toBe(again.figures.pages - archivePages);
      expect(again.figures.cacheIgnored).toBe(`pagefind.pages: ${reason}`);
      expect(files(again.dir)).toEqual(without);
      expect((await write(true)).figures.cachedPages).toBe(again.figures.pages);
    }
  });

  test('takes a part with the same key whole, and keeps only the files of the parts written', async () => {
    const folders = builtIndexes(dist).map((index) => index.folder);
    const first = await write(true, (folder) => `a-${folder}`);
    expect(files(first.dir)).toEqual(without);
    expect(cached()).toEqual(folders.flatMap((f) => [`a-${f}.pages`, `a-${f}.part`]).sort());
    // The same keys: every part from its totals, no page read; the files stay as they were.
    const before = new Map(cached().map((f) => [f, readFileSync(path.join(cacheDir, f), 'utf8')]));
    const whole = await write(true, (folder) => `a-${folder}`);
    expect(whole.figures).toMatchObject({ cachedPages: whole.figures.pages });
    expect(whole.figures.cacheIgnored).toBeUndefined();
    expect(files(whole.dir)).toEqual(without);
    expect(new Map(cached().map((f) => [f, readFileSync(path.join(cacheDir, f), 'utf8')]))).toEqual(before);
  });

  test('reads a part with a new key page by page, its pages from the files of the parts before', async () => {
    await write(true, (folder) => `a-${folder}`);
    const renamed = await write(true, (folder) => `b-${folder}`);
    expect(renamed.figures.cachedPages).toBe(renamed.figures.pages);
    expect(files(renamed.dir)).toEqual(without);
    expect(cached().every((f) => f.startsWith('b-'))).toBe(true);
  });

  test('reads a part again whose totals are corrupt or missing, and writes the same vocabulary', async () => {
    await write(true, (folder) => `c-${folder}`);
    const part = path.join(cacheDir, 'c-pagefind.part');
    writeFileSync(part, readFileSync(part, 'utf8').replace(/"titles":\["[^"]/, '"titles":["~'));
    const again = await write(true, (folder) => `c-${folder}`);
    expect(again.figures.cacheIgnored).toBe('c-pagefind.part: its body does not match its checksum');
    expect(again.figures.cachedPages).toBe(again.figures.pages);
    expect(files(again.dir)).toEqual(without);
    expect((await write(true, (folder) => `c-${folder}`)).figures.cacheIgnored).toBeUndefined();
  });
});
