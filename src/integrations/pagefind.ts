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
  type PagefindEntry,
} from './pagefind-checks.ts';
import { shellAssets } from './shell-assets.ts';
import { planOfflineSearch, type PagefindFile, type SwManifest } from './offline-plan.ts';

/** Options of the Folio Pagefind integration. */
export interface FolioPagefindOptions {
  /** How many papers the site has; the build fails unless Pagefind indexed exactly that many pages. */
  countPapers: () => number | Promise<number>;
  /** Site-relative pages cached when the service worker installs, with the files they load. Default: home, search and the 404 page. */
  shellPages?: string[];
}

/**
 * Indexes the built site with Pagefind's Node API at `astro:build:done`
 * (create the index, add the output folder, write `pagefind/`), failing the
 * build on any Pagefind error or if the number of indexed pages differs from
 * the number of papers. Then bundles the service worker (`sw.js`), versioned
 * with the index's cache tag, which precaches the shell and saves the index
 * once the reader starts searching.
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

        await writeServiceWorker(out, base, tag, entry, options.shellPages ?? ['', 'search/', '404.html'], logger);
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

/** Every file Pagefind wrote, with its path inside `pagefind/` and its size. */
async function pagefindFiles(out: string): Promise<PagefindFile[]> {
  const dir = path.join(out, 'pagefind');
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => {
        const full = path.join(e.parentPath, e.name);
        return { path: path.relative(dir, full).split(path.sep).join('/'), bytes: (await fs.stat(full)).size };
      }),
  );
}

/** `bytes` as `123 KB` or `1.2 MB`, for the build log. */
function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function writeServiceWorker(out: string, base: string, tag: string, entry: PagefindEntry, shellPages: string[], logger: AstroIntegrationLogger) {
  const shell = new Set<string>();
  for (const page of shellPages) {
    shell.add(base + page);
    const file = page === '' || page.endsWith('/') ? path.join(out, page, 'index.html') : path.join(out, page);
    for (const asset of shellAssets(await fs.readFile(file, 'utf8'), base)) shell.add(asset);
  }
  // Scripts and styles are few and small; all of them, so that chunks the
  // shell pages import (and the search UI, loaded on demand) are there offline too.
  // Fonts are cached as used.
  for (const file of await fs.readdir(path.join(out, '_astro')).catch(() => [])) {
    if (/\.(js|css)$/.test(file)) shell.add(`${base}_astro/${file}`);
  }
  let shellBytes = 0;
  for (const url of shell) {
    const relative = url.slice(base.length);
    const file = relative === '' || relative.endsWith('/') ? path.join(out, relative, 'index.html') : path.join(out, relative);
    shellBytes += (await fs.stat(file).catch(() => ({ size: 0 }))).size;
  }

  // The Pagefind index is saved only once the reader starts searching; its
  // fragments too when the whole search is small (see OFFLINE_FRAGMENT_BUDGET).
  const plan = planOfflineSearch(await pagefindFiles(out), entry);
  const url = (file: string) => `${base}pagefind/${file}`;
  const manifest: SwManifest = {
    shell: [...shell],
    searchIndex: plan.searchIndex.map(url),
    ...(plan.withinBudget ? { fragments: plan.fragments.map(url) } : {}),
  };

  // The lists live beside the worker, not in it, so `sw.js` stays small as the
  // archive grows; their hash is in the worker, so new lists mean a new worker.
  const json = JSON.stringify(manifest);
  await fs.writeFile(path.join(out, 'sw-manifest.json'), json);
  const manifestUrl = `${base}sw-manifest.json?v=${createHash('sha256').update(json).digest('hex').slice(0, 12)}`;
  const config = { tag, base, manifest: manifestUrl };
  await build({
    entryPoints: [fileURLToPath(new URL('../browser/service-worker/service-worker.ts', import.meta.url))],
    outfile: path.join(out, 'sw.js'),
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    define: { FOLIO_SW: JSON.stringify(config) },
    logLevel: 'silent',
  });
  const fragments = plan.withinBudget
    ? `with its ${plan.fragments.length} fragments (${size(plan.fragmentBytes)})`
    : `without its ${plan.fragments.length} fragments (${size(plan.fragmentBytes)}, over the offline budget)`;
  logger.info(
    `wrote sw.js (cache \`folio-${tag}\`): ${shell.size} shell files (${size(shellBytes)}) precached; ` +
      `on the first search, ${plan.searchIndex.length} index files (${size(plan.searchIndexBytes)}) ${fragments}`,
  );
}
