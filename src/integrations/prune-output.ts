import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

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

/**
 * Incremental builds reuse the pages of the last build in place, so `dist/`
 * is no longer emptied first (`vite.build.emptyOutDir: false`: emptying it
 * meant deleting and restoring every page, seconds at 10,000 papers). This
 * integration removes what an earlier build left there and this one did not
 * write or keep, so the output is what a clean build would give. `skip`
 * names top-level folders another step replaces whole (the search index).
 */
export default function folioPruneOutput(options: { skip?: string[] } = {}): AstroIntegration {
  let buildStart = 0;
  return {
    name: 'folio:prune-output',
    hooks: {
      'astro:build:start': () => {
        buildStart = Date.now();
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const out = fileURLToPath(dir);
        const kept = new Set([...assets.values()].flat().map((url) => path.resolve(fileURLToPath(url))));
        const skip = new Set(options.skip ?? []);
        const entries = await fs.readdir(out, { recursive: true, withFileTypes: true });
        let removed = 0;
        for (const entry of entries) {
          const file = path.resolve(entry.parentPath, entry.name);
          if (!entry.isFile() || skip.has(path.relative(out, file).split(path.sep)[0]!)) continue;
          if (isStaleOutput({ path: file, mtimeMs: (await fs.stat(file)).mtimeMs }, kept, buildStart)) {
            await fs.rm(file);
            removed += 1;
          }
        }
        // Folders the removed files leave empty, deepest first.
        const folders = entries.filter((e) => e.isDirectory()).map((e) => path.resolve(e.parentPath, e.name)).sort((a, b) => b.length - a.length);
        for (const folder of folders) await fs.rmdir(folder).catch(() => undefined);
        if (removed > 0) logger.info(`removed ${removed} file(s) an earlier build left in ${out}`);
      },
    },
  };
}
