import fs from 'node:fs/promises';
import path from 'node:path';
import { moveIndex } from './index-records.ts';
import { FIRST_SEARCH_PART, isSearchPartFolder, VOCABULARY_FOLDER, type SearchPartFolder } from '../lib/search-folders.ts';

/** A part of the search as this build has it: its folder, the key of its records, and whether the site's index of it was kept from the last build. */
export interface SearchPart {
  folder: SearchPartFolder;
  key: string;
  kept: boolean;
}

/** The cache file that says which part's index the site's output holds: `{ folder: { key, entry } }`. */
export const PLACED_FILE = 'folio-pagefind-placed.json';

export type PlacedParts = Partial<Record<SearchPartFolder, { key: string; entry: string }>>;

/** What the last build placed in the site (nothing, if the file is missing or not what this code writes). */
export async function readPlacedParts(cacheDir: string): Promise<PlacedParts> {
  try {
    const data: unknown = JSON.parse(await fs.readFile(path.join(cacheDir, PLACED_FILE), 'utf8'));
    return data && typeof data === 'object' ? (data as PlacedParts) : {};
  } catch {
    return {};
  }
}

/** Puts the staged parts (those not kept in the site) and vocabulary in the site, removes the folders of parts the search no longer has, and records what was placed. */
export async function placeSearch(staged: { pagefind: string; vocabulary: string }, parts: readonly SearchPart[], out: string, cacheDir: string): Promise<void> {
  const placed: PlacedParts = {};
  for (const part of parts) {
    const target = path.join(out, part.folder);
    if (!part.kept) await moveIndex(path.join(staged.pagefind, part.folder), target);
    placed[part.folder] = { key: part.key, entry: await fs.readFile(path.join(target, 'pagefind-entry.json'), 'utf8') };
  }
  for (const folder of await searchPartFoldersIn(out)) if (!placed[folder]) await fs.rm(path.join(out, folder), { recursive: true, force: true });
  await moveIndex(staged.vocabulary, path.join(out, VOCABULARY_FOLDER));
  await fs.writeFile(path.join(cacheDir, PLACED_FILE), JSON.stringify(placed));
}

/** Before the site is indexed from its pages, in one part: forgets what was placed and removes the other parts' folders. */
export async function forgetPlacedParts(out: string, cacheDir: string): Promise<void> {
  await fs.rm(path.join(cacheDir, PLACED_FILE), { force: true });
  for (const folder of await searchPartFoldersIn(out)) if (folder !== FIRST_SEARCH_PART) await fs.rm(path.join(out, folder), { recursive: true, force: true });
}

/** The search index folders in the site's output folder (none if there is no such folder yet). */
async function searchPartFoldersIn(out: string): Promise<SearchPartFolder[]> {
  const names = await fs.readdir(out).catch(() => [] as string[]);
  return names.filter(isSearchPartFolder);
}

