/**
 * Sizes and counts of a folder tree: how big a built site is, how many pages
 * it has, which files a step rewrote.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** What a folder tree holds. */
export interface DirStats {
  /** Total size of its files, in bytes (0 when the folder does not exist). */
  bytes: number;
  files: number;
  /** `.html` files: the pages of a built site. */
  htmlFiles: number;
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Size and file counts of a folder tree; a missing folder counts as empty. */
export async function dirStats(dir: string): Promise<DirStats> {
  const files = await listFiles(dir);
  let bytes = 0;
  for (const file of files) bytes += (await stat(file)).size;
  return { bytes, files: files.length, htmlFiles: files.filter((file) => file.endsWith('.html')).length };
}

/** Modification time of every file in a folder tree, to tell afterwards which ones a step wrote. */
export async function snapshotMtimes(dir: string): Promise<Map<string, number>> {
  const snapshot = new Map<string, number>();
  for (const file of await listFiles(dir)) snapshot.set(file, (await stat(file)).mtimeMs);
  return snapshot;
}

/** Files added or modified since a snapshot. */
export async function changedSince(dir: string, before: ReadonlyMap<string, number>): Promise<string[]> {
  const after = await snapshotMtimes(dir);
  return [...after].filter(([file, mtime]) => before.get(file) !== mtime).map(([file]) => file);
}

/** The `count` largest `.html` pages of a built site, largest first, as paths relative to `dir` with their sizes. */
export async function largestPages(dir: string, count = 3): Promise<Array<{ page: string; bytes: number }>> {
  const pages = (await listFiles(dir)).filter((file) => file.endsWith('.html'));
  const sized = await Promise.all(pages.map(async (file) => ({ page: path.relative(dir, file), bytes: (await stat(file)).size })));
  return sized.sort((a, b) => b.bytes - a.bytes).slice(0, count);
}
