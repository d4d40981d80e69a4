/**
 * The files of the site's search as they are on disk, listed by a
 * synchronous walk: a readdir a folder and an lstat a file. At 10,000
 * papers the search is about 11,500 files (a fragment a paper), listed at
 * the end of every build for the service worker's lists and for each part
 * placed; a promise of `fs/promises` a file took about 0.4 s of CPU there,
 * five times the walk.
 */
import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { SearchFile } from './offline-plan.ts';

/** A file under a folder: its path under it (`fragment/en_1.pf_fragment`), whether it is a plain file (a link is not), and its size (a link's own). */
export interface FolderFile {
  path: string;
  file: boolean;
  bytes: number;
}

/** Every file under `dir`, however deep (folders are walked, not listed), in no particular order; undefined if there is no such folder. */
export function folderFiles(dir: string): FolderFile[] | undefined {
  const files: FolderFile[] = [];
  const walk = (folder: string, under: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(file, `${under}${entry.name}/`);
      else files.push({ path: `${under}${entry.name}`, file: entry.isFile(), bytes: lstatSync(file).size });
    }
  };
  try {
    walk(dir, '');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && files.length === 0) return undefined;
    throw error;
  }
  return files;
}

/** The plain files of the search's `folders` in the site's output folder `out`, each with its path under the site (`pagefind/index/en_2.pf_index`) and its size. */
export function searchFiles(out: string, folders: readonly string[]): SearchFile[] {
  return folders.flatMap((folder) => {
    const files = folderFiles(path.join(out, folder));
    if (files === undefined) throw new Error(`the search folder \`${folder}\` is not in ${out}`);
    return files.filter((entry) => entry.file).map((entry) => ({ path: `${folder}/${entry.path}`, bytes: entry.bytes }));
  });
}
