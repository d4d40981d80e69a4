/**
 * The search vocabulary's cache of pages' terms (vocabulary-cache.ts), on the
 * seeds build's Pagefind index: what it writes is what the vocabulary
 * without it writes, byte for byte, whatever state the cache file is in.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { writeSearchVocabulary, type VocabularyFigures } from '../../src/integrations/search-vocabulary.ts';
import { VOCABULARY_CACHE_FILE } from '../../src/integrations/vocabulary-cache.ts';
import type { VocabularyManifest } from '../../src/lib/search-vocabulary.ts';
import { builtIndexes } from '../support/vocabulary-job.ts';

const { dist } = inject('builds').root;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'folio-vocabulary-cache-'));
const cacheFile = path.join(tmp, 'cache', VOCABULARY_CACHE_FILE);

/** Every file of a written vocabulary, by path. */
const files = (dir: string) =>
  new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [path.relative(dir, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name), 'utf8')]),
  );

let run = 0;
/** Writes the seeds' vocabulary into a new folder, with the cache file or without; returns the folder and the figures. */
async function write(withCache: boolean): Promise<{ dir: string; figures: VocabularyFigures }> {
  const { tag } = JSON.parse(readFileSync(path.join(dist, 'search-index/manifest.json'), 'utf8')) as VocabularyManifest;
  const dir = path.join(tmp, `out-${run++}`);
  const figures = await writeSearchVocabulary({ indexes: builtIndexes(dist), tag, outDir: dir, ...(withCache ? { cacheFile } : {}) });
  return { dir, figures };
}

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
    const text = readFileSync(cacheFile, 'utf8');
    const newline = text.indexOf('\n');
    const corrupt = [
      [text.slice(0, text.length / 2), 'its body does not match its checksum'],
      [text.slice(0, newline) + text.slice(newline).replace(/"[a-z]{6,}"/, '"zzzzzz"'), 'its body does not match its checksum'],
      ['not a cache', 'it has no header line'],
    ];
    for (const [bad, reason] of corrupt) {
      writeFileSync(cacheFile, bad!);
      const again = await write(true);
      expect(again.figures.cachedPages).toBe(0);
      expect(again.figures.cacheIgnored).toBe(reason);
      expect(files(again.dir)).toEqual(without);
      expect((await write(true)).figures.cachedPages).toBe(again.figures.pages);
    }
  });
});
