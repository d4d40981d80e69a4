import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';
import {
  indexedCountProblem,
  indexedPageCount,
  pagefindCacheTag,
  pagefindStepError,
  parsePagefindEntry,
} from '../lib/pagefind-checks.ts';
import { shellAssets } from '../lib/shell-assets.ts';

/** Options of the Folio Pagefind integration. */
export interface FolioPagefindOptions {
  /** How many papers the site has; the build fails unless Pagefind indexed exactly that many pages. */
  countPapers: () => number | Promise<number>;
  /** Site-relative pages cached when the service worker installs, with the files they load. Default: home and search. */
  shellPages?: string[];
}

/**
 * Indexes the built site with Pagefind's Node API at `astro:build:done`
 * (create the index, add the output folder, write `pagefind/`), failing the
 * build on any Pagefind error or if the number of indexed pages differs from
 * the number of papers. Then bundles the service worker (`sw.js`), versioned
 * with the index's cache tag, which precaches the shell and the index.
 */
export default function folioPagefind(options: FolioPagefindOptions): AstroIntegration {
  let base = '/';
  return {
    name: 'folio:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const started = performance.now();
        await indexSite(out);

        const entry = parsePagefindEntry(await fs.readFile(path.join(out, 'pagefind/pagefind-entry.json'), 'utf8'));
        const problem = indexedCountProblem(await options.countPapers(), indexedPageCount(entry));
        if (problem) throw new Error(problem);
        const tag = pagefindCacheTag(entry);
        logger.info(`indexed ${indexedPageCount(entry)} paper pages (cache tag ${tag}) in ${Math.round(performance.now() - started)} ms`);

        await writeServiceWorker(out, base, tag, options.shellPages ?? ['', 'search/'], logger);
      },
    },
  };
}

/** Runs Pagefind over `out` and writes `out/pagefind/`; throws on the first step that reports errors. */
async function indexSite(out: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    const createError = pagefindStepError('createIndex', errors);
    if (createError || !index) throw createError ?? new Error('Pagefind `createIndex` returned no index');

    const added = await index.addDirectory({ path: out });
    const addError = pagefindStepError('addDirectory', added.errors);
    if (addError) throw addError;

    const written = await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
    const writeError = pagefindStepError('writeFiles', written.errors);
    if (writeError) throw writeError;
  } finally {
    await pagefind.close();
  }
}

/** Every file of the Pagefind bundle, as base-relative URLs. */
async function pagefindFiles(out: string, base: string): Promise<string[]> {
  const dir = path.join(out, 'pagefind');
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(out, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    // Only what Folio's own search loads: not Pagefind's stock UIs, the
    // highlighter, the playground, or the WebAssembly for pages without `lang`.
    .filter((file) => !file.startsWith('pagefind/playground/') && !/pagefind-(ui|modular-ui|component-ui|highlight)\.|wasm\.unknown\./.test(file))
    .map((file) => base + file)
    .sort();
}

async function writeServiceWorker(out: string, base: string, tag: string, shellPages: string[], logger: AstroIntegrationLogger) {
  const precache = new Set<string>();
  for (const page of shellPages) {
    precache.add(base + page);
    const html = await fs.readFile(path.join(out, page, 'index.html'), 'utf8');
    for (const asset of shellAssets(html, base)) precache.add(asset);
  }
  // Scripts and styles are few and small; all of them, so that chunks loaded
  // only on demand (the search UI) are there offline too. Fonts are cached as used.
  for (const file of await fs.readdir(path.join(out, '_astro')).catch(() => [])) {
    if (/\.(js|css)$/.test(file)) precache.add(`${base}_astro/${file}`);
  }
  for (const file of await pagefindFiles(out, base)) precache.add(file);

  // The list lives beside the worker, not in it, so `sw.js` stays small as the
  // archive grows; its hash is in the worker, so a new list means a new worker.
  const manifest = JSON.stringify({ precache: [...precache] });
  await fs.writeFile(path.join(out, 'sw-manifest.json'), manifest);
  const manifestUrl = `${base}sw-manifest.json?v=${createHash('sha256').update(manifest).digest('hex').slice(0, 12)}`;
  const config = { tag, base, manifest: manifestUrl };
  await build({
    entryPoints: [fileURLToPath(new URL('../search/service-worker.ts', import.meta.url))],
    outfile: path.join(out, 'sw.js'),
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    define: { FOLIO_SW: JSON.stringify(config) },
    logLevel: 'silent',
  });
  logger.info(`wrote sw.js: ${precache.size} files precached under cache \`folio-${tag}\``);
}
