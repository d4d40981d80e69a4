/**
 * A sharded build, simulated: several Folio builds, each of its own share of
 * the papers (a listing year, say), put together into one site. Each paper
 * page keeps its permanent URL (`/papers/<slug>/`: the slug does not depend
 * on the shard), and each shard's search index is kept beside the others
 * (`pagefind/` for the first, `pagefind-<shard>/` for the rest), for the
 * browser to search together with Pagefind's `mergeIndex`.
 *
 * The pages every shard renders for its own papers (home, topics, listings
 * index, feeds) are taken from the first shard; in a real sharded site a
 * small hub build would render them from every shard's metadata.
 */
import { copyFile, mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentFolder, paperFileNames, slugOfFile } from '../../src/format/content-folder.ts';
import { parseEntry } from '../../src/format/entry.ts';
import { compareStrings } from '../../src/format/compare-strings.ts';
import { A_TO_Z_FOLDER } from '../../src/format/site-routes.ts';
import { FIRST_SEARCH_PART, isSearchPartFolder } from '../../src/lib/search-folders.ts';

/** The shard of each paper: the group of listings its first listing falls in. */
export interface ContentSplit {
  /** Shard name -> the listings it holds, in order. */
  listings: Record<string, string[]>;
  /** Shard name -> papers whose first listing it holds. */
  papers: Record<string, number>;
}

/**
 * Split listings, in order (listing ids sort as their dumps were saved:
 * `NNN-...`, dated ids by date), into `names.length` consecutive groups of
 * about as many papers each, and give each paper the group of its first
 * listing: a paper's shard never changes when later listings repeat it, as
 * a shard by listing year would be.
 */
export function splitByFirstListing(firstListings: ReadonlyMap<string, string>, names: readonly string[]): { shardOf: Map<string, string>; split: ContentSplit } {
  const perListing = new Map<string, number>();
  for (const listing of firstListings.values()) perListing.set(listing, (perListing.get(listing) ?? 0) + 1);
  const ordered = [...perListing.keys()].sort(compareStrings);
  const target = firstListings.size / names.length;
  const shardOfListing = new Map<string, string>();
  const split: ContentSplit = { listings: Object.fromEntries(names.map((n) => [n, []])), papers: Object.fromEntries(names.map((n) => [n, 0])) };
  let shard = 0;
  let seen = 0;
  for (const listing of ordered) {
    // Move on when this listing would take the shard further past its share than it falls short (the last shard takes the rest).
    if (shard < names.length - 1 && seen + perListing.get(listing)! / 2 > target * (shard + 1)) shard += 1;
    shardOfListing.set(listing, names[shard]!);
    split.listings[names[shard]!]!.push(listing);
    seen += perListing.get(listing)!;
  }
  const shardOf = new Map<string, string>();
  for (const [slug, listing] of firstListings) {
    const name = shardOfListing.get(listing)!;
    shardOf.set(slug, name);
    split.papers[name]! += 1;
  }
  return { shardOf, split };
}

/**
 * Split a content folder (one archive, as the ingest writes it) into one
 * content folder per shard under `outDir` (`<outDir>/<name>/`), by each
 * paper's first listing (see {@link splitByFirstListing}). Each shard gets
 * its papers, the taxonomy, and the part of `published.json` it publishes.
 */
export async function splitContent(content: string, names: readonly string[], outDir: string): Promise<ContentSplit & { folders: Record<string, string> }> {
  const source = contentFolder(content);
  const firstListings = new Map<string, string>();
  const aliasesOf = new Map<string, string[]>();
  const listingsOf = new Map<string, string[]>();
  for (const name of await paperFileNames(source.papers)) {
    const { data } = parseEntry(await readFile(path.join(source.papers, name), 'utf8'));
    const entry = data as { listings?: Array<{ listing: string }>; aliases?: string[] };
    const listings = (entry.listings ?? []).map((l) => l.listing).sort(compareStrings);
    if (listings[0] === undefined) throw new Error(`${path.join(source.papers, name)}: no listing to shard the paper by`);
    firstListings.set(slugOfFile(name), listings[0]);
    listingsOf.set(slugOfFile(name), listings);
    aliasesOf.set(slugOfFile(name), entry.aliases ?? []);
  }
  const { shardOf, split } = splitByFirstListing(firstListings, names);
  // A paper's earlier slugs are published (as redirects) by the shard that builds the paper.
  const publisher = new Map(shardOf);
  for (const [slug, aliases] of aliasesOf) for (const alias of aliases) publisher.set(alias, shardOf.get(slug)!);
  // A shard renders a page for every listing one of its papers appeared in (a later listing that repeats
  // an earlier shard's paper is rendered by both), so it publishes those listings and the old ids that redirect to them.
  const rendered = new Map<string, Set<string>>(names.map((n) => [n, new Set()]));
  for (const [slug, listings] of listingsOf) for (const listing of listings) rendered.get(shardOf.get(slug)!)!.add(listing);
  const manifest = JSON.parse(await readFile(source.manifest, 'utf8')) as { comment?: string; papers: Record<string, unknown>; listings?: Record<string, string> };
  const folders: Record<string, string> = {};
  for (const name of names) {
    const target = contentFolder(path.join(outDir, name));
    folders[name] = target.root;
    await mkdir(target.papers, { recursive: true });
    await copyFile(source.taxonomy, target.taxonomy);
    const papers = Object.fromEntries(Object.entries(manifest.papers).filter(([slug]) => publisher.get(slug) === name));
    const listings = Object.fromEntries(Object.entries(manifest.listings ?? {}).filter(([, current]) => rendered.get(name)!.has(current)));
    await writeFile(target.manifest, `${JSON.stringify({ ...manifest, papers, ...(manifest.listings ? { listings } : {}) }, null, 2)}\n`);
  }
  for (const [slug, name] of shardOf) await copyFile(path.join(source.papers, `${slug}.mdx`), path.join(folders[name]!, 'papers', `${slug}.mdx`));
  return { ...split, folders };
}

/** A shard's build: a name (`2025`) and its output folder. */
export interface ShardBuild {
  name: string;
  dist: string;
}

/** What putting the shards together did. */
export interface AssembledShards {
  /** Site-relative folders of the shards' search indexes, the first one's first (`pagefind/`, `pagefind-2024/`). */
  indexes: string[];
  /** Paper pages per shard. */
  papers: Record<string, number>;
  /** Files two shards both wrote outside `papers/` (shared pages): the first shard's copy is kept. */
  shared: string[];
}

/** The search index folder of a shard: `pagefind/` for the first, `pagefind-<name>/` for the others. */
export function shardIndexFolder(name: string, first: boolean): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`Expected a shard name of lowercase letters, digits and dashes, got \`${name}\``);
  // `pagefind-2/` and `pagefind-week-2025-09-22/` are the first shard's own parts, and `pagefind-<name>-2/` and `pagefind-<name>-week-2025-09-22/` another shard's.
  if (isSearchPartFolder(`${FIRST_SEARCH_PART}-${name}`) || /-[0-9]+$/.test(name)) {
    throw new Error(`Expected a shard name that does not end like a search part's folder (a number, as \`2\` and \`week-2025-09-22\` do), got \`${name}\``);
  }
  return first ? 'pagefind/' : `pagefind-${name}/`;
}

/**
 * Where each part of a shard's search (src/integrations/search-parts.ts:
 * `pagefind/`, `pagefind-2/`, ..., and the weeks' `pagefind-week-<day>/`), among the shard's
 * `files`, goes in the assembled site: the first shard's stay; another's are
 * named after it (`pagefind-y2025/`, `pagefind-y2025-2/`, `pagefind-y2025-week-2025-09-22/`).
 */
function partFolders(name: string, first: boolean, files: Iterable<string>): Map<string, string> {
  const folder = shardIndexFolder(name, first);
  const parts = new Set([...files].map((file) => file.slice(0, file.indexOf('/'))).filter(isSearchPartFolder));
  const sorted = [...parts].sort((a, b) => (a === FIRST_SEARCH_PART ? -1 : b === FIRST_SEARCH_PART ? 1 : a.localeCompare(b, 'en', { numeric: true })));
  return new Map(sorted.map((part) => [`${part}/`, part === FIRST_SEARCH_PART ? folder : first ? `${part}/` : `${folder.slice(0, -1)}${part.slice(FIRST_SEARCH_PART.length)}/`]));
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/**
 * Put shard builds together into `out` (which must not exist yet, on the
 * shards' file system): the first shard's output is moved there whole; each
 * further shard moves in the files the site lacks and its index as
 * `pagefind-<name>/` (what it shares with the first stays behind). Throws, naming the pages,
 * when two shards built the same paper page: a paper belongs to one shard.
 */
export async function assembleShards(shards: readonly ShardBuild[], out: string): Promise<AssembledShards> {
  if (shards.length === 0) throw new Error('Expected at least one shard to assemble');
  if (await stat(out).then(() => true, () => false)) throw new Error(`Expected ${out} not to exist yet: the shards are assembled into a new folder`);
  const [first, ...rest] = shards;
  await mkdir(path.dirname(out), { recursive: true });
  await rename(first!.dist, out);
  const have = new Set(await filesUnder(out));
  // A paper's page, not the A–Z folder's redirect to its first page (papers/a-z/index.html), which every shard writes.
  const isPaper = (file: string) => /^papers\/[^/]+\/index\.html$/.test(file) && file !== `papers/${A_TO_Z_FOLDER}/index.html`;
  const papers: Record<string, number> = { [first!.name]: [...have].filter(isPaper).length };
  const indexes = [...partFolders(first!.name, true, have).values()];
  const shared: string[] = [];
  for (const shard of rest) {
    const files = await filesUnder(shard.dist);
    const folders = partFolders(shard.name, false, files);
    const twice = files.filter((file) => isPaper(file) && have.has(file));
    if (twice.length > 0) {
      throw new Error(`Shard \`${shard.name}\` built ${twice.length} paper page(s) another shard also built, e.g. ${twice.slice(0, 3).join(', ')}: each paper belongs to one shard`);
    }
    papers[shard.name] = files.filter(isPaper).length;
    const part = (file: string) => [...folders.keys()].find((p) => file.startsWith(p));
    for (const file of files) {
      const from = part(file);
      const target = from === undefined ? file : `${folders.get(from)}${file.slice(from.length)}`;
      if (have.has(target)) {
        shared.push(file);
        continue;
      }
      await mkdir(path.dirname(path.join(out, target)), { recursive: true });
      await rename(path.join(shard.dist, file), path.join(out, target));
      have.add(target);
    }
    indexes.push(...folders.values());
  }
  return { indexes, papers, shared: [...new Set(shared)].sort() };
}
