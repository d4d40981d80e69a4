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
 * site), across file systems if need be: brought beside it whole
 * (`bringBeside`), swapped in by two renames (`swapIn`), the old one
 * removed after (`removeSetAside`). The site is without `target` only
 * between the renames, never while files are copied or removed, and a
 * failure before them leaves `target` as it was. A folder of either name
 * left by a build killed meanwhile is removed here, or by the next build's
 * prune (prune-output.ts).
 */
export async function moveIndex(staged: string, target: string): Promise<void> {
  await bringBeside(staged, target);
  await swapIn(target);
  await removeSetAside(target);
}

/** The folder beside `target` where its new index waits to be swapped in. */
export const incomingOf = (target: string) => `${target}.folio-new`;

/** The folder beside `target` where its old index is set aside, to be removed. */
export const setAsideOf = (target: string) => `${target}.folio-old`;

/**
 * Brings the index written at `staged` beside `target`, whole
 * (`<target>.folio-new`; copied if it is on another file system), and
 * clears the name its old index will be set aside under. Nothing of
 * `target` changes; rejects naming the folder that could not be made.
 */
export async function bringBeside(staged: string, target: string): Promise<void> {
  const incoming = incomingOf(target);
  const replaced = setAsideOf(target);
  try {
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
  } catch (error) {
    throw new Error(`could not bring the new \`${path.basename(target)}/\` beside the site's as \`${incoming}\` (${(error as Error).message})`, { cause: error });
  }
}

/**
 * Swaps the index brought beside `target` in: the old one (if any) is
 * renamed aside, the new one renamed in; if that fails, the old one is
 * renamed back. Rejects naming `target`.
 */
export async function swapIn(target: string): Promise<void> {
  const incoming = incomingOf(target);
  const replaced = setAsideOf(target);
  try {
    await fs.rename(target, replaced).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    try {
      await fs.rename(incoming, target);
    } catch (error) {
      await fs.rename(replaced, target).catch(() => undefined);
      throw error;
    }
  } catch (error) {
    throw new Error(`could not swap the new \`${target}\` in (${(error as Error).message})`, { cause: error });
  }
}

/**
 * Removes the old index `swapIn` set aside beside `target`, if any.
 * Rejects naming the folder (Node reports some failures to remove a file,
 * such as an immutable one, as `ENOTDIR ... scandir` of that file).
 */
export async function removeSetAside(target: string): Promise<void> {
  const replaced = setAsideOf(target);
  await fs.rm(replaced, { recursive: true, force: true }).catch((error: unknown) => {
    throw new Error(`could not remove \`${replaced}\`, the old index set aside (${(error as Error).message})`, { cause: error });
  });
}
