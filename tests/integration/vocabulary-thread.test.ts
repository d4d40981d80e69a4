import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { indexRecords } from '../../src/integrations/index-records.ts';
import { writeSearchVocabulary, type VocabularyJob } from '../../src/integrations/search-vocabulary.ts';
import { writeSearchVocabularyOffThread } from '../../src/integrations/vocabulary-thread.ts';
import { tempDir } from './run-ingest.ts';

const RECORDS = [
  { url: '/papers/tides/', title: 'Tide Tables from Satellite Altimetry', formerTitles: [], html: '<p>We predict tides from twenty years of altimetry.</p>', text: 'We predict tides from twenty years of altimetry.', plain: 'We predict tides from twenty years of altimetry.', topics: [{ id: 'other', name: 'Other' }] },
  { url: '/papers/ropes/', title: 'ROPE: Rotary Embeddings', formerTitles: [], html: '<p>A rope is a long sequence; we embed its twists.</p>', text: 'A rope is a long sequence; we embed its twists.', plain: 'A rope is a long sequence; we embed its twists.', topics: [{ id: 'other', name: 'Other' }] },
];

/** Every file of a folder, by path. */
const files = async (dir: string) => {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  return new Map(await Promise.all(names.map(async (name) => [path.relative(dir, name), await readFile(name, 'utf8')] as const)));
};

let tmp: string;
let job: (name: string) => VocabularyJob;
beforeAll(async () => {
  tmp = await tempDir('folio-vocabulary-thread-');
  const pagefindDir = path.join(tmp, 'pagefind');
  await indexRecords(RECORDS, pagefindDir);
  const entry = JSON.parse(await readFile(path.join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  job = (name) => ({ indexes: [{ folder: 'pagefind', dir: pagefindDir, languageHash: entry.languages.en!.hash }], tag: 'tag', outDir: path.join(tmp, name), cacheDir: path.join(tmp, `${name}.cache`) });
}, 60_000);

describe('writeSearchVocabularyOffThread', () => {
  test('writes in a worker thread what the vocabulary writes on this one, with the same figures, then saves the same cache', async () => {
    // The repository's Node (22.18 or later) loads the worker's TypeScript; older ones write on this thread.
    expect(process.features.typescript).toBe('strip');
    const here = await writeSearchVocabulary(job('here'));
    const there = writeSearchVocabularyOffThread(job('there'));
    expect(await there.written).toEqual(here);
    await there.saved;
    expect(here.pages).toBe(2);
    expect(await files(path.join(tmp, 'there'))).toEqual(await files(path.join(tmp, 'here')));
    expect(await readFile(path.join(tmp, 'there.cache/pagefind.pages'), 'utf8')).toBe(await readFile(path.join(tmp, 'here.cache/pagefind.pages'), 'utf8'));
  });

  test('where Node cannot load the worker’s TypeScript, writes on this thread: the same files, figures and cache', async () => {
    const here = await writeSearchVocabulary(job('here-again'));
    const strip = vi.spyOn(process.features, 'typescript', 'get').mockReturnValue(false);
    try {
      const fallback = writeSearchVocabularyOffThread(job('fallback'));
      expect(await fallback.written).toEqual(here);
      await fallback.saved;
    } finally {
      strip.mockRestore();
    }
    expect(await files(path.join(tmp, 'fallback'))).toEqual(await files(path.join(tmp, 'here-again')));
    expect(await readFile(path.join(tmp, 'fallback.cache/pagefind.pages'), 'utf8')).toBe(await readFile(path.join(tmp, 'here-again.cache/pagefind.pages'), 'utf8'));
  });

  test('rejects with the worker’s error, naming the file that did not read', async () => {
    const broken = job('broken');
    const [index] = broken.indexes;
    const missing = writeSearchVocabularyOffThread({ ...broken, indexes: [{ ...index!, dir: path.join(tmp, 'nowhere') }] });
    await expect(missing.written).rejects.toThrow(/ENOENT.*nowhere/);
    await expect(missing.saved).rejects.toThrow(/ENOENT.*nowhere/);
    const metaFile = `pagefind.${index!.languageHash}.pf_meta`;
    const copy = path.join(tmp, 'copy');
    await cp(index!.dir, copy, { recursive: true });
    await writeFile(path.join(copy, metaFile), 'not pagefind');
    await expect(writeSearchVocabularyOffThread({ ...broken, indexes: [{ ...index!, dir: copy }] }).written).rejects.toThrow(`\`pagefind/${metaFile}\`: neither gzip nor the \`pagefind_dcd\` signature`);
  });
});
