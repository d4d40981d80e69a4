import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { replaceFile } from './replace-file.ts';

/*
 * Astro's incremental build (astro.config.mjs) reuses a page when its key is
 * the one in its cache's manifest and the page is in the output folder: it
 * trusts the output folder to hold the page as the cache's last build wrote
 * it. That holds only while cache and output folder come from the same last
 * build; FOLIO_OUT_DIR switched and back, a cache from another site, a
 * dist/ restored from another save than its cache would serve the other
 * build's pages. So a finished build leaves a stamp in the output folder,
 * naming the manifest it leaves in the cache, and the next build compares
 * the two before Astro reads the manifest: when they differ, it clears
 * Astro's incremental cache and every page is built again. (The search's
 * parts check the output folder themselves: place-search.ts isPlacedPart.)
 */

/** The stamp in the output folder: the stamp of the manifest of the build that last finished there (`manifestStamp`). */
export const OUTPUT_STAMP = '.folio-build';

/** Astro's incremental build cache in the cache folder: its manifest, and its copies of the pages (astro/dist/core/build/incremental.js). */
export const ASTRO_MANIFEST = 'incremental-build.json';
export const ASTRO_PAGE_COPIES = 'dist';

/**
 * A hash of what Astro's manifest says of the pages: the config and
 * dependency hashes, and each route's code hash and each path's cache key
 * and content hashes, in an order of its own (not the key Astro draws anew
 * each build). Two builds that reuse or render the same pages the same way
 * have the same stamp, so an incremental build's output stamp is a clean
 * build's. Undefined unless the text is such a manifest.
 */
export function manifestStamp(text: string): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object' || !('routes' in data) || !data.routes || typeof data.routes !== 'object') return undefined;
  const { configHash, lockfileHash, routes } = data as { configHash?: unknown; lockfileHash?: unknown; routes: object };
  return createHash('sha256').update(sortedJson({ configHash, lockfileHash, routes })).digest('hex');
}

/** JSON with every object's keys in order. */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** What the start of a build finds: the stamp of the cache's manifest, whether the output folder holds anything, and its stamp. */
export interface ReuseState {
  /** `manifestStamp` of the cache's manifest; undefined if there is none (every page is rendered anyway). */
  cache: string | undefined;
  /** Whether the output folder holds anything (an empty or missing one serves nothing stale: Astro copies a reused page from its cache). */
  outputHolds: boolean;
  /** The output folder's stamp; undefined if it has none. */
  output: string | undefined;
}

/** Why the pages in the output folder cannot be reused with this cache, for the build log; undefined if they can. */
export function reuseProblem({ cache, outputHolds, output }: ReuseState): string | undefined {
  if (cache === undefined || !outputHolds || output === cache) return undefined;
  return output === undefined
    ? `the output folder has no \`${OUTPUT_STAMP}\` of a finished build (the last build into it failed or was stopped, or was made by an earlier version)`
    : 'the output folder was last built with another cache, or the cache last built another output folder';
}

/**
 * The integration: at the start of a build, compares the stamps and clears
 * Astro's incremental cache if they differ (one line in the log says why),
 * then removes the output folder's stamp, so that a build that fails or is
 * stopped leaves none; at the end of a build, once everything else is
 * written (it must come last), stamps the output folder.
 */
export default function folioOutputStamp(): AstroIntegration {
  let cacheDir = '';
  let outDir = '';
  return {
    name: 'folio:output-stamp',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': async ({ logger }) => {
        const names = await fs.readdir(outDir).catch(() => [] as string[]);
        const problem = reuseProblem({
          cache: await cacheStamp(cacheDir),
          outputHolds: names.some((name) => name !== OUTPUT_STAMP),
          output: await fs.readFile(path.join(outDir, OUTPUT_STAMP), 'utf8').then((text) => text.trim(), () => undefined),
        });
        if (problem) {
          await fs.rm(path.join(cacheDir, ASTRO_MANIFEST), { force: true });
          await fs.rm(path.join(cacheDir, ASTRO_PAGE_COPIES), { recursive: true, force: true });
          logger.info(`${problem}: every page is built again (the incremental build's cache in ${cacheDir} is cleared)`);
        }
        await fs.rm(path.join(outDir, OUTPUT_STAMP), { force: true });
      },
      'astro:build:done': async ({ dir }) => {
        const stamp = await cacheStamp(cacheDir);
        const file = path.join(fileURLToPath(dir), OUTPUT_STAMP);
        if (stamp === undefined) await fs.rm(file, { force: true });
        else await replaceFile(file, `${stamp}\n`);
      },
    },
  };
}

/** The stamp of the manifest in the cache folder, if there is one. */
async function cacheStamp(cacheDir: string): Promise<string | undefined> {
  const text = await fs.readFile(path.join(cacheDir, ASTRO_MANIFEST), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : manifestStamp(text);
}
