import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { folderFiles } from './search-files.ts';
import { bringBeside, incomingOf, removeSetAside, swapIn } from './swap-folder.ts';
import { FIRST_SEARCH_PART, isSearchPartFolder, VOCABULARY_FOLDER, type SearchPartFolder } from '../lib/search-folders.ts';

/** A part of the search as this build has it: its folder, the key of its records, and whether the site's index of it was kept from the last build. */
export interface SearchPart {
  folder: SearchPartFolder;
  key: string;
  kept: boolean;
}

/** The cache file that says which part's index the site's output holds: `{ folder: { key, entry, files } }`. */
export const PLACED_FILE = 'folio-pagefind-placed.json';

/** A part as placed in the site: the key of its records, its entry file, and the digest of its files (`partFiles`). */
export interface PlacedPart {
  key: string;
  entry: string;
  files: string;
}

export type PlacedParts = Partial<Record<SearchPartFolder, PlacedPart>>;

/** What the last build placed in the site (nothing, if the file is missing or not what this code writes). */
export async function readPlacedParts(cacheDir: string): Promise<PlacedParts> {
  try {
    const data: unknown = JSON.parse(await fs.readFile(path.join(cacheDir, PLACED_FILE), 'utf8'));
    return data && typeof data === 'object' ? (data as PlacedParts) : {};
  } catch {
    return {};
  }
}

/** What placing the search needs besides the folders: how to write the service worker once the search it lists is in place, and where a problem that does not stop the build is told. */
export interface PlaceSearchSteps {
  /** Writes `sw-manifest.json` and `sw.js`, which list the files of the parts and the vocabulary. */
  writeServiceWorker: () => Promise<void>;
  /** Tells of a leftover that could not be removed (the new search is in place all the same). */
  warn: (message: string) => void;
}

/**
 * Puts the staged parts (those not kept in the site) and vocabulary in the
 * site, records what was placed, writes the service worker, then removes
 * the folders of parts the search no longer has and the old indexes set
 * aside. The search is several folders and a service worker placed one
 * after the other, so a build killed between two steps leaves a mix; the
 * steps are ordered so that each mix is as safe as can be:
 *
 * 1. Every new index is brought beside its folder first (copies and
 *    removals of old leftovers, the steps that take time and fail): a
 *    failure there leaves the site's search as it was.
 * 2. Parts in folders the site does not have yet: nothing served lists them.
 * 3. The vocabulary, before the parts it replaces: the vocabulary decides
 *    that no paper has a word, so the old vocabulary over a new part would
 *    answer "no match" for the new papers' words; the new vocabulary over an
 *    old part at worst finds a part without the paper it names, a miss the
 *    reader sees as one, and it lists only folders already there (2).
 * 4. The parts it replaces, then the record of what was placed (a record
 *    ahead of the site would keep a part the site does not have).
 * 5. The service worker, which lists the files of every part: written once
 *    they are all there.
 * 6. Last, the folders of parts no longer used (the old vocabulary and
 *    service worker listed them until 3 and 5) and the old indexes set
 *    aside; a folder that cannot be removed is a warning, not a failure,
 *    as the new search is in place, and the next build's prune
 *    (prune-output.ts) removes it.
 */
export async function placeSearch(
  staged: { pagefind: string; vocabulary: string },
  parts: readonly SearchPart[],
  out: string,
  cacheDir: string,
  { writeServiceWorker, warn }: PlaceSearchSteps,
): Promise<void> {
  const vocabulary = path.join(out, VOCABULARY_FOLDER);
  const written = parts.filter((part) => !part.kept).map((part) => path.join(out, part.folder));
  const present = new Set(await searchPartFoldersIn(out));
  try {
    for (const part of parts.filter((p) => !p.kept)) await bringBeside(path.join(staged.pagefind, part.folder), path.join(out, part.folder));
    await bringBeside(staged.vocabulary, vocabulary);
  } catch (error) {
    // Nothing lists them; the site is left exactly as the last build placed it.
    for (const target of [...written, vocabulary]) await fs.rm(incomingOf(target), { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }

  const added = parts.filter((part) => !part.kept && !present.has(part.folder));
  const replacing = parts.filter((part) => !part.kept && present.has(part.folder));
  for (const part of added) await swapIn(path.join(out, part.folder));
  await swapIn(vocabulary);
  for (const part of replacing) await swapIn(path.join(out, part.folder));

  // A part kept is as the last build placed it (its files were just checked, pagefind.ts): its record stays.
  const before = await readPlacedParts(cacheDir);
  const placed: PlacedParts = {};
  for (const part of parts) {
    const site = path.join(out, part.folder);
    const kept = part.kept ? before[part.folder] : undefined;
    placed[part.folder] = kept?.key === part.key ? kept : { key: part.key, entry: await fs.readFile(path.join(site, 'pagefind-entry.json'), 'utf8'), files: partFiles(site)! };
  }
  await fs.writeFile(path.join(cacheDir, PLACED_FILE), JSON.stringify(placed));

  await writeServiceWorker();

  const unused = [...present].filter((folder) => !placed[folder]).map((folder) => path.join(out, folder));
  for (const folder of unused) {
    await fs.rm(folder, { recursive: true, force: true }).catch((error: unknown) => warn(`could not remove \`${folder}\`, a part the search no longer has (${(error as Error).message}): the next build removes it`));
  }
  for (const target of [...written, vocabulary]) await removeSetAside(target).catch((error: unknown) => warn(`${(error as Error).message}: the next build removes it`));
}

/**
 * Whether the site's index of a part (`site`, its folder) can be kept as it
 * is: the last build placed it there from records with the same key, and
 * it still is the index placed: the same entry file (which names the
 * index's hash) and the same files, each of the same size. Pagefind names
 * each fragment and index file after a hash of its content, so a file
 * deleted, cut short, added or brought from another index shows in the
 * names and sizes; only a file edited in place to the same size does not,
 * which reading every byte would catch at the price of the whole index
 * read each build. A part kept stays in the site, where this build reads
 * it and leaves it: a build that fails or is killed, at any point, leaves
 * the site's search as the last build placed it, since nothing puts back
 * what a build stopped halfway took out (`kill -9` runs no handler).
 */
export async function isPlacedPart(site: string, placed: PlacedPart | undefined, key: string): Promise<boolean> {
  if (!placed || placed.key !== key || typeof placed.files !== 'string') return false;
  const entry = await fs.readFile(path.join(site, 'pagefind-entry.json'), 'utf8').catch(() => undefined);
  return entry === placed.entry && partFiles(site) === placed.files;
}

/**
 * A digest of the files of a part's folder in the site: each file's path
 * under it and its size, in path order; undefined if there is no such
 * folder (`folderFiles`: about 10,900 files at 10,000 papers take 60-110 ms
 * of CPU).
 */
export function partFiles(dir: string): string | undefined {
  const files = folderFiles(dir);
  if (files === undefined) return undefined;
  // Any fixed order will do: the digest is only compared with itself (and with the one recorded when the part was placed, so its form stays).
  const rows = files.map((entry) => `${entry.path}\0${entry.file ? 'f' : 'o'}${entry.bytes}`);
  return createHash('sha256').update(rows.sort().join('\n')).digest('hex');
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

