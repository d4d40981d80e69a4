import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { folderFiles, searchFiles } from '../../../../src/integrations/search-files.ts';
import { partFiles } from '../../../../src/integrations/place-search.ts';

const made: string[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A site's output folder holding `files` (path under it -> text). */
async function site(files: Record<string, string>): Promise<string> {
  const out = await mkdtemp(path.join(os.tmpdir(), 'folio-search-files-'));
  made.push(out);
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(out, file)), { recursive: true });
    await writeFile(path.join(out, file), text);
  }
  return out;
}

const SEARCH = {
  'pagefind/pagefind-entry.json': '{"version":"1"}',
  'pagefind/fragment/en_1.pf_fragment': 'abc',
  'pagefind/index/en_2.pf_index': 'abcdefgh',
  'pagefind-week-2025-09-22/fragment/en_3.pf_fragment': 'ab',
  'search-index/manifest.json': '{}',
  'search-index/v/1.txt': 'terms',
  'papers/a/index.html': '<p>a page, not the search</p>',
};

describe('folderFiles', () => {
  test('lists every file under a folder, however deep, with its path under it and its size, and no folder', async () => {
    const out = await site(SEARCH);
    expect(folderFiles(path.join(out, 'pagefind'))?.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: 'fragment/en_1.pf_fragment', file: true, bytes: 3 },
      { path: 'index/en_2.pf_index', file: true, bytes: 8 },
      { path: 'pagefind-entry.json', file: true, bytes: 15 },
    ]);
  });

  test('lists a link as what it is, not as the file it points to', async () => {
    const out = await site({ 'pagefind/a.txt': 'abcdef' });
    await symlink(path.join(out, 'pagefind/a.txt'), path.join(out, 'pagefind/b.txt'));
    const link = folderFiles(path.join(out, 'pagefind'))?.find((entry) => entry.path === 'b.txt');
    expect(link?.file).toBe(false);
  });

  test('gives undefined for a folder that is not there', async () => {
    const out = await site({});
    expect(folderFiles(path.join(out, 'pagefind'))).toBeUndefined();
  });
});

describe('searchFiles', () => {
  test("lists the files of the search's folders with their paths under the site and their sizes, and nothing else of the site", async () => {
    const out = await site(SEARCH);
    expect(searchFiles(out, ['pagefind', 'pagefind-week-2025-09-22', 'search-index']).sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: 'pagefind-week-2025-09-22/fragment/en_3.pf_fragment', bytes: 2 },
      { path: 'pagefind/fragment/en_1.pf_fragment', bytes: 3 },
      { path: 'pagefind/index/en_2.pf_index', bytes: 8 },
      { path: 'pagefind/pagefind-entry.json', bytes: 15 },
      { path: 'search-index/manifest.json', bytes: 2 },
      { path: 'search-index/v/1.txt', bytes: 5 },
    ]);
  });

  // 11,000 files at 10,000 papers: a promise of fs/promises for each took
  // about 0.4 s of CPU at the end of every build, five times a synchronous walk.
  test('walks the folders synchronously, with no promise per file', async () => {
    const out = await site(SEARCH);
    const stat = vi.spyOn(fs, 'stat');
    const readdir = vi.spyOn(fs, 'readdir');
    searchFiles(out, ['pagefind', 'search-index']);
    expect(stat).not.toHaveBeenCalled();
    expect(readdir).not.toHaveBeenCalled();
  });

  test('names a folder of the search that is not in the site', async () => {
    const out = await site(SEARCH);
    expect(() => searchFiles(out, ['pagefind', 'pagefind-2'])).toThrow(`the search folder \`pagefind-2\` is not in ${out}`);
  });
});

describe('partFiles', () => {
  // The digest of each part placed is kept in the cache (folio-pagefind-placed.json): a new form would place every kept part again.
  test('digests the files of a part in the form a placed part was recorded with', async () => {
    const out = await site(SEARCH);
    const rows = ['fragment/en_1.pf_fragment\0f3', 'index/en_2.pf_index\0f8', 'pagefind-entry.json\0f15'];
    expect(partFiles(path.join(out, 'pagefind'))).toBe(createHash('sha256').update(rows.sort().join('\n')).digest('hex'));
    expect(partFiles(path.join(out, 'pagefind-2'))).toBeUndefined();
  });
});
