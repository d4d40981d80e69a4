import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pLimit from 'p-limit';
import { isSwapLeftover } from './swap-folder.ts';

/**
 * How much earlier than the build's start a file may be dated and still
 * count as written by the build: file times come from a coarse kernel clock.
 * A previous build's files are older than this by far (a build takes seconds
 * to reach its first write).
 */
const CLOCK_SLACK_MS = 1000;

/**
 * Whether an output file is left over from an earlier build: this build
 * neither wrote it (it is older than the build) nor kept it (it is not the
 * output of a route of this build, as a page reused by the incremental build
 * is). A paper removed from the content, a hashed script replaced by a new
 * one, a page of a topic that shrank.
 */
export function isStaleOutput(file: { path: string; mtimeMs: number }, kept: ReadonlySet<string>, buildStart: number): boolean {
  return file.mtimeMs < buildStart - CLOCK_SLACK_MS && !kept.has(file.path);
}

/** `folders` under `out` and their parents below `out`, deepest first: the folders that may be empty once a build removed files from `folders`. */
export function foldersUp(folders: readonly string[], out: string): string[] {
  const all = new Set<string>();
  for (const start of folders) {
    for (let folder = start; folder.startsWith(`${out}${path.sep}`); folder = path.dirname(folder)) all.add(folder);
  }
  return [...all].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/**
 * Where the files of `publicDir` are in the output: Astro copies public/ into
 * every build, and since 7.4 gives each copy its source's date, so a copy is
 * as old as its source and counts as this build's only by its path. A file
 * no longer in public/ is not listed, and an earlier build's copy of it goes.
 */
export async function publicCopies(publicDir: string, out: string): Promise<string[]> {
  const entries = await fs.readdir(publicDir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(out, path.relative(publicDir, path.join(entry.parentPath, entry.name))));
}

/**
 * Incremental builds reuse the pages of the last build in place, so `dist/`
 * is no longer emptied first (`vite.build.emptyOutDir: false`: emptying it
 * meant deleting and restoring every page, seconds at 10,000 papers). This
 * integration removes what an earlier build left there and this one did not
 * write or keep, so the output is what a clean build would give. `skip`
 * says which top-level folders and files another step replaces whole (the search index).
 */
export default function folioPruneOutput(options: { skip?: (name: string) => boolean } = {}): AstroIntegration {
  let buildStart = 0;
  let publicDir: string | undefined;
  return {
    name: 'folio:prune-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:start': () => {
        buildStart = Date.now();
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const out = path.resolve(fileURLToPath(dir));
        const kept = new Set([...assets.values()].flat().map((url) => path.resolve(fileURLToPath(url))));
        for (const file of publicDir === undefined ? [] : await publicCopies(publicDir, out)) kept.add(file);
        const skip = options.skip ?? (() => false);
        const listed = await fs.readdir(out, { withFileTypes: true });
        // What a build stopped while it placed the search left beside the site (swap-folder.ts): removed whole; one that cannot be is no reason to fail the build.
        for (const entry of listed.filter((entry) => isSwapLeftover(entry.name))) {
          const leftover = path.join(out, entry.name);
          await fs.rm(leftover, { recursive: true, force: true }).catch((error: unknown) =>
            logger.warn(`could not remove \`${leftover}\`, a folder an earlier build left (${(error as Error).message}): it is no part of the site; remove it by hand`),
          );
        }
        // What another step replaces whole is not even walked (Pagefind's index is 11,000 files at 10,000 papers).
        const top = listed.filter((entry) => !skip(entry.name) && !isSwapLeftover(entry.name));
        const nested = await Promise.all(top.filter((entry) => entry.isDirectory()).map((entry) => fs.readdir(path.join(out, entry.name), { recursive: true, withFileTypes: true })));
        const entries = [...top, ...nested.flat()];
        // Only a file this build did not keep can be stale: at 10,000 papers
        // that is a few hundred files to look at, not every page.
        const candidates = entries
          .filter((entry) => entry.isFile())
          .map((entry) => path.resolve(entry.parentPath, entry.name))
          .filter((file) => !kept.has(file));
        const limit = pLimit(32);
        const stale = (
          await Promise.all(candidates.map((file) => limit(async () => (isStaleOutput({ path: file, mtimeMs: (await fs.stat(file)).mtimeMs }, kept, buildStart) ? file : undefined))))
        ).filter((file) => file !== undefined);
        await Promise.all(stale.map((file) => limit(() => fs.rm(file))));
        // The folders the removed files were in and the folders already empty; one that still holds something stays (rmdir refuses it).
        const holding = new Set(entries.map((entry) => path.resolve(entry.parentPath)));
        const empty = entries
          .filter((entry) => entry.isDirectory())
          .map((entry) => path.resolve(entry.parentPath, entry.name))
          .filter((folder) => !holding.has(folder));
        for (const folder of foldersUp([...stale.map((file) => path.dirname(file)), ...empty], out)) await fs.rmdir(folder).catch(() => undefined);
        if (stale.length > 0) logger.info(`removed ${stale.length} file(s) an earlier build left in ${out}`);
      },
    },
  };
}
