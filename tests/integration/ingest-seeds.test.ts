import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseListing } from '../../scripts/lib/parse-listing.ts';
import { titleKey } from '../../src/format/paper-key.ts';
import { parseEntry } from '../../src/format/entry.ts';
import { paperSchema, type Paper } from '../../src/format/paper-schema.ts';
import { haveSeeds, runIngest, seedFiles, snapshotDir, tempDir, type IngestResult } from './run-ingest.ts';

/** Slug by paper title, for one content folder. */
async function slugsByTitle(content: string): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const [name, text] of await snapshotDir(path.join(content, 'papers'))) {
    const data = parseEntry(text).data as Paper;
    map.set(data.title, name.replace(/\.mdx$/, ''));
  }
  return map;
}

describe.skipIf(!haveSeeds)('ingesting the real seeds (../shared/seeds)', () => {
  let files: string[];
  let content: string;
  let first: IngestResult;

  beforeAll(async () => {
    files = await seedFiles();
    content = await tempDir();
    first = await runIngest(['--content', content, ...files]);
  }, 120_000);

  test('reads every entry and writes one entry per distinct paper', async () => {
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^read 4 files: 438 papers \(438 new, 0 updated, 0 unchanged\), 493 counting a paper once for each listing it is on, \d+ warnings?(; .*)?$/m);
    const entries = await snapshotDir(path.join(content, 'papers'));
    expect(entries.size).toBe(438);
  });

  test('every entry is valid and its title equals the source title, as parsed (whitespace folded, text-level TeX read)', async () => {
    const sourceTitles = new Map<string, string>();
    for (const file of files) {
      for (const entry of parseListing(await readFile(file, 'utf8'), file).entries) {
        if (!sourceTitles.has(titleKey(entry.title))) sourceTitles.set(titleKey(entry.title), entry.title);
      }
    }
    const titles = new Set<string>();
    for (const [name, text] of await snapshotDir(path.join(content, 'papers'))) {
      const data = paperSchema.parse(parseEntry(text).data);
      expect(name).toBe(`${data.slug}.mdx`);
      expect(sourceTitles.get(titleKey(data.title))).toBe(data.title);
      titles.add(data.title);
    }
    expect(titles.size).toBe(sourceTitles.size);
  });

  test('every entry compiles as MDX, with no expressions, JSX or ESM in it', async () => {
    const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkMath);
    for (const [name, text] of await snapshotDir(path.join(content, 'papers'))) {
      await compile(text, { remarkPlugins: [remarkFrontmatter, remarkMath] }).catch((error: Error) => {
        throw new Error(`${name}: ${error.message}`);
      });
      const types = new Set<string>();
      visit(parser.parse(text), (node) => void types.add(node.type));
      expect([...types].filter((t) => t.startsWith('mdx')), name).toEqual([]);
    }
  }, 60_000);

  test('a second run changes no byte on disk', async () => {
    const before = await snapshotDir(content);
    const again = await runIngest(['--content', content, ...files]);
    expect(again.stdout).toMatch(/\(0 new, 0 updated, 438 unchanged\)/);
    expect(await snapshotDir(content)).toEqual(before);
  }, 120_000);

  test('reversed order gives the same slugs (and the same files)', async () => {
    const reversed = await tempDir();
    await runIngest(['--content', reversed, ...[...files].reverse()]);
    expect(await snapshotDir(reversed)).toEqual(await snapshotDir(content));
  }, 120_000);

  test('any split into batches gives every paper the same slug', async () => {
    const batched = await tempDir();
    await runIngest(['--content', batched, files[3]!, files[1]!]);
    await runIngest(['--content', batched, files[0]!]);
    await runIngest(['--content', batched, files[2]!]);
    expect(await slugsByTitle(batched)).toEqual(await slugsByTitle(content));
    // The seeds have no conflicting abstracts, so batches give the very same files.
    expect(await snapshotDir(batched)).toEqual(await snapshotDir(content));
  }, 120_000);

  test('every title is a whole line of a seed file (with "Subscribe" glued on, for the first)', async () => {
    const lines = new Set<string>();
    for (const file of files) {
      for (const line of (await readFile(file, 'utf8')).split(/\r?\n/)) lines.add(line.replace(/\s+/g, ' ').trim().replace(/^Subscribe(?=[A-Z0-9])/, ''));
    }
    for (const title of (await slugsByTitle(content)).keys()) expect(lines.has(title), title).toBe(true);
  });
});
