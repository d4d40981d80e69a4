import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseEntry } from '../../src/format/entry.ts';
import { manifestSchema } from '../../src/format/manifest-schema.ts';
import { paperSchema } from '../../src/format/paper-schema.ts';
import { parseTaxonomy } from '../../src/format/taxonomy.ts';
import { compareStrings } from '../../src/format/compare-strings.ts';
import { ROOT, runIngest, snapshotDir, tempDir } from './run-ingest.ts';

/**
 * tests/fixtures/legacy-archive/content was written by an earlier version of
 * the ingest (commit ca7ea15: six-character slug suffixes, manifest keys
 * with case folded, TeX kept in titles, titles that differ only in case
 * merged) from the dumps beside it. A published URL never moves: the
 * current ingest must take that archive over without changing a slug.
 */
const LEGACY = path.join(ROOT, 'tests/fixtures/legacy-archive');

async function legacyCopy(): Promise<string> {
  const content = path.join(await tempDir('folio-legacy-'), 'content');
  await cp(path.join(LEGACY, 'content'), content, { recursive: true });
  return content;
}

const slugsOf = async (content: string) => [...(await snapshotDir(path.join(content, 'papers'))).keys()].sort();
const entriesOf = async (content: string) => [...(await snapshotDir(path.join(content, 'papers'))).values()].map((text) => paperSchema.parse(parseEntry(text).data));

describe('an archive written by an earlier version', () => {
  test('re-ingests its own dumps without changing, adding or removing any slug, and migrates the manifest in place', async () => {
    const content = await legacyCopy();
    const before = await slugsOf(content);
    const manifestBefore = manifestSchema.parse(JSON.parse(await readFile(path.join(content, 'published.json'), 'utf8')));
    const result = await runIngest(['--content', content, path.join(LEGACY, 'dumps')]);
    expect(result.code, result.stderr).toBe(0);
    expect(await slugsOf(content)).toEqual(before);
    const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(content, 'published.json'), 'utf8')));
    expect(Object.keys(manifest.papers)).toEqual(Object.keys(manifestBefore.papers));
    for (const [slug, record] of Object.entries(manifest.papers)) {
      expect(record.key, slug).toBe(record.title);
      expect(record.abstract, slug).toMatch(/^[\w-]{22}$/);
    }
    // Written before topics were recorded, it records on its first ingest every topic the site then publishes.
    expect(JSON.parse(await readFile(path.join(LEGACY, 'content/published.json'), 'utf8'))).not.toHaveProperty('topics');
    const taxonomy = parseTaxonomy(await readFile(path.join(content, 'topics.yaml'), 'utf8'), 'topics.yaml');
    expect(manifest.topics).toEqual(taxonomy.topics.map((t) => t.id).sort(compareStrings));
    expect(manifest.topics).toContain('other');
    // The title the earlier version kept as TeX now reads as text, at the same URL.
    expect((await entriesOf(content)).find((e) => e.slug === 'caf-e-models-for-menu-understanding-39d7b2')?.title).toBe('Café Models for Menu Understanding');
    const again = await runIngest(['--content', content, path.join(LEGACY, 'dumps')]);
    expect(again.stdout).toMatch(/\(0 new, 0 updated, 4 unchanged\)/);
  });

  test('takes a later retitle as the same paper, at its old URL', async () => {
    const content = await legacyCopy();
    const dumps = await tempDir('folio-legacy-dumps-');
    await cp(path.join(LEGACY, 'dumps'), dumps, { recursive: true });
    // MUVERA's abstract in 2026-02-02.txt, of a real one's length: what the retitle is known by.
    const abstract = (await readFile(path.join(dumps, '2026-02-02.txt'), 'utf8')).split('\n').find((line) => line.startsWith('We reduce multi-vector retrieval'))!;
    await writeFile(path.join(dumps, '2026-02-04.txt'), `Feb 4\n\nMUVERA: Multi-Vector Retrieval via Fixed Dimensional Encodings\n\n${abstract}\n`);
    const result = await runIngest(['--content', content, dumps]);
    expect(result.code, result.stderr).toBe(0);
    expect(await slugsOf(content)).toEqual(await slugsOf(path.join(LEGACY, 'content')));
    const muvera = (await entriesOf(content)).find((e) => e.slug === 'muvera-multi-vector-retrieval-fast-713d8b')!;
    expect(muvera.title).toBe('MUVERA: Multi-Vector Retrieval via Fixed Dimensional Encodings');
    expect(muvera.formerTitles).toEqual(['MUVERA: Multi-Vector Retrieval, Fast']);
  });
});
