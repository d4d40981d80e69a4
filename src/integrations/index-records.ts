import fs from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { compareStrings } from '../format/compare-strings.ts';
import { pagefindStepError } from './pagefind-checks.ts';
import { searchRecordPage, type SearchRecord } from './search-records.ts';

/**
 * Indexes the papers' search records with Pagefind's Node API and writes the
 * index to `outputPath` (emptied first). Pagefind runs in its own process,
 * so this proceeds on another core while Astro bundles and renders; started
 * at `astro:build:start`, it is awaited at `astro:build:done`. Throws on the
 * first step that reports errors.
 */
export async function indexRecords(records: readonly SearchRecord[], outputPath: string): Promise<void> {
  await fs.rm(outputPath, { recursive: true, force: true });
  try {
    const { index, errors } = await pagefind.createIndex({});
    const createError = pagefindStepError('createIndex', errors);
    if (createError || !index) throw createError ?? new Error('Pagefind `createIndex` returned no index');
    // In URL order: Pagefind numbers pages as they are added, and its file names hash the result, so the
    // same papers must give the same index whatever order the content layer (stored or fresh) hands them over.
    const ordered = [...records].sort((a, b) => compareStrings(a.url, b.url));
    const added = await Promise.all(ordered.map((record) => index.addHTMLFile({ url: record.url, content: searchRecordPage(record) })));
    const addError = pagefindStepError('addHTMLFile', added.flatMap((a) => a.errors));
    if (addError) throw addError;
    const written = await index.writeFiles({ outputPath });
    const writeError = pagefindStepError('writeFiles', written.errors);
    if (writeError) throw writeError;
  } finally {
    await pagefind.close();
  }
}

/**
 * Puts the index written at `staged` in place of `target` (a folder of the
 * site), across file systems if need be. The new index is brought beside
 * `target` whole first (`<target>.folio-new`), then swapped in by two
 * renames, the old one set aside (`<target>.folio-old`) and removed after:
 * the site is without `target` only between the renames, never while files
 * are copied or removed, and a failure before them leaves `target` as it
 * was. A folder of either name left by a build killed meanwhile is removed
 * here, or by the next build's prune (prune-output.ts).
 */
export async function moveIndex(staged: string, target: string): Promise<void> {
  const incoming = `${target}.folio-new`;
  const replaced = `${target}.folio-old`;
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.rm(incoming, { recursive: true, force: true });
  try {
    await fs.rename(staged, incoming);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    try {
      await fs.cp(staged, incoming, { recursive: true });
    } catch (copyError) {
      await fs.rm(incoming, { recursive: true, force: true });
      throw copyError;
    }
    await fs.rm(staged, { recursive: true, force: true });
  }
  await fs.rm(replaced, { recursive: true, force: true });
  await fs.rename(target, replaced).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  try {
    await fs.rename(incoming, target);
  } catch (error) {
    await fs.rename(replaced, target).catch(() => undefined);
    throw error;
  }
  await fs.rm(replaced, { recursive: true, force: true });
}
