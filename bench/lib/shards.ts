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
import { cp, mkdir, readdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';

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
  return first ? 'pagefind/' : `pagefind-${name}/`;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/**
 * Put shard builds together into `out` (which must not exist yet): the first
 * shard's output is moved there whole; each further shard adds its files the
 * site lacks and its index as `pagefind-<name>/`. Throws, naming the pages,
 * when two shards built the same paper page: a paper belongs to one shard.
 */
export async function assembleShards(shards: readonly ShardBuild[], out: string): Promise<AssembledShards> {
  if (shards.length === 0) throw new Error('Expected at least one shard to assemble');
  if (await stat(out).then(() => true, () => false)) throw new Error(`Expected ${out} not to exist yet: the shards are assembled into a new folder`);
  const [first, ...rest] = shards;
  await mkdir(path.dirname(out), { recursive: true });
  await rename(first!.dist, out);
  const have = new Set(await filesUnder(out));
  const isPaper = (file: string) => /^papers\/[^/]+\/index\.html$/.test(file);
  const papers: Record<string, number> = { [first!.name]: [...have].filter(isPaper).length };
  const indexes = [shardIndexFolder(first!.name, true)];
  const shared: string[] = [];
  for (const shard of rest) {
    const folder = shardIndexFolder(shard.name, false);
    const files = await filesUnder(shard.dist);
    const twice = files.filter((file) => isPaper(file) && have.has(file));
    if (twice.length > 0) {
      throw new Error(`Shard \`${shard.name}\` built ${twice.length} paper page(s) another shard also built, e.g. ${twice.slice(0, 3).join(', ')}: each paper belongs to one shard`);
    }
    papers[shard.name] = files.filter(isPaper).length;
    for (const file of files) {
      const target = file.startsWith('pagefind/') ? `${folder}${file.slice('pagefind/'.length)}` : file;
      if (have.has(target)) {
        shared.push(file);
        continue;
      }
      await mkdir(path.dirname(path.join(out, target)), { recursive: true });
      await cp(path.join(shard.dist, file), path.join(out, target));
      have.add(target);
    }
    indexes.push(folder);
  }
  return { indexes, papers, shared: [...new Set(shared)].sort() };
}
