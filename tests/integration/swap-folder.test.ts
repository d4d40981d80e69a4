import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { replaceFolder } from '../../src/integrations/swap-folder.ts';
import { tempDir } from './run-ingest.ts';

describe('replaceFolder', () => {
  /** A site folder `dist/` holding `pagefind/` with an entry file saying `old`, and a staged index beside it saying `new`. */
  async function siteAndStaged(): Promise<{ dist: string; target: string; staged: string }> {
    const tmp = await tempDir('folio-move-index-');
    const dist = path.join(tmp, 'dist');
    const target = path.join(dist, 'pagefind');
    const staged = path.join(tmp, 'cache/folio-pagefind/pagefind');
    for (const [dir, text] of [[target, 'old'], [staged, 'new']] as const) {
      await mkdir(path.join(dir, 'fragment'), { recursive: true });
      await writeFile(path.join(dir, 'pagefind-entry.json'), text);
      await writeFile(path.join(dir, 'fragment', `${text}.pf_fragment`), text);
    }
    return { dist, target, staged };
  }

  test('puts the staged index in place of the site’s, every file of it and nothing of the old, and leaves nothing beside it', async () => {
    const { dist, target, staged } = await siteAndStaged();
    await replaceFolder(staged, target);
    expect(await readFile(path.join(target, 'pagefind-entry.json'), 'utf8')).toBe('new');
    expect((await readdir(target, { recursive: true })).sort()).toEqual(['fragment', 'fragment/new.pf_fragment', 'pagefind-entry.json']);
    expect(await readdir(dist)).toEqual(['pagefind']);
    expect(await readdir(path.dirname(staged))).toEqual([]);
  });

  test('an index that cannot be put in place leaves the site’s as it was: it is not removed first', async () => {
    const { dist, target, staged } = await siteAndStaged();
    await expect(replaceFolder(`${staged}-missing`, target)).rejects.toThrow(/ENOENT/);
    expect(await readFile(path.join(target, 'pagefind-entry.json'), 'utf8')).toBe('old');
    expect((await readdir(target, { recursive: true })).sort()).toEqual(['fragment', 'fragment/old.pf_fragment', 'pagefind-entry.json']);
    expect(await readdir(dist)).toEqual(['pagefind']);
  });

  test('a folder left beside the site’s by a build killed while it put an index in place does not stop the next', async () => {
    const { dist, target, staged } = await siteAndStaged();
    await mkdir(path.join(dist, 'pagefind.folio-new/fragment'), { recursive: true });
    await mkdir(path.join(dist, 'pagefind.folio-old/fragment'), { recursive: true });
    await replaceFolder(staged, target);
    expect(await readFile(path.join(target, 'pagefind-entry.json'), 'utf8')).toBe('new');
    expect(await readdir(dist)).toEqual(['pagefind']);
  });
});
