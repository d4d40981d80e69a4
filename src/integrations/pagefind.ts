import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';
import {
  indexedCountProblem,
  indexedPageCount,
  pagefindStepError,
  parsePagefindEntry,
  searchCacheTag,
  type PagefindEntry,
  type PartEntry,
} from './pagefind-checks.ts';
import { replaceFile } from './replace-file.ts';
import { shellAssets } from './shell-assets.ts';
import { planOfflineSearch, type SwManifest } from './offline-plan.ts';
import { searchFiles } from './search-files.ts';
import type { VocabularyFigures } from './search-vocabulary.ts';
import { writeSearchVocabularyOffThread } from './vocabulary-thread.ts';
import { LEGACY_VOCABULARY_CACHE_FILE, VOCABULARY_CACHE_DIR } from './vocabulary-cache.ts';
import { receiveSearchRecords, takeSearchRecords, type SearchRecordBatch } from './search-records.ts';
import { indexRecords } from './index-records.ts';
import { forgetPlacedParts, isPlacedPart, placeSearch, readPlacedParts } from './place-search.ts';
import { partKey, recordPageCode, runtimeVersion, searchParts, type IndexSettings } from './search-parts.ts';
import { PAGEFIND_ENVIRONMENT, withPagefindEnvironment } from './pagefind-environment.ts';
import { versionedPath } from '../lib/asset-version.ts';
import { ARCHIVE_PART_PAPERS, FIRST_SEARCH_PART, topicNamesUrl, VOCABULARY_FOLDER, type SearchPartFolder } from '../lib/search-folders.ts';

/** Options of the Folio Pagefind integration. */
export interface FolioPagefindOptions {
  /**
   * How many paper entries the site has (retired ones too: the content
   * loader says how many it set aside); the build fails unless Pagefind
   * indexed exactly that many pages besides them.
   */
  countPapers: () => number | Promise<number>;
  /**
   * How many of them are on show, read from the entries themselves: only
   * when the pages are indexed from `dist/` (no records from the loader).
   * Default: `countPapers`.
   */
  countPapersOnShow?: () => number | Promise<number>;
  /** Site-relative pages cached when the service worker installs, with the files they load. Default: home, search and the 404 page. */
  shellPages?: string[];
  /** Papers a part of the archive's search index holds (search-parts.ts). Default 16,384. */
  archivePartPapers?: number;
}

/**
 * Builds the search index with Pagefind's Node API, failing the build on any
 * Pagefind error or if the number of indexed pages differs from the number
 * of papers. The content loader publishes each paper's search record
 * (src/integrations/search-records.ts, the searchable part of its page) as
 * soon as it has loaded the papers; indexing them starts then, in
 * Pagefind's own process, while Astro syncs, bundles and renders, and the
 * search vocabulary is written from the index as soon as it is there, in a
 * worker thread. Both go to folders in the cache that replace `pagefind/`
 * and `search-index/` at `astro:build:done`; a part of the index kept from
 * the last build is read where it is and never leaves the site, so that a
 * build that fails or is killed leaves the last build's search whole. Without records, the built
 * pages are indexed from `dist/` instead. Then bundles the service worker
 * (`sw.js`), versioned with the index's cache tag, which precaches the
 * shell and the fixed search files and saves the whole index when the
 * reader asks (offline-plan.ts).
 */
export default function folioPagefind(options: FolioPagefindOptions): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  let outDir = '';
  let building = false;
  let indexing: Indexing | undefined;
  let stopWaiting: () => void = () => undefined;
  const archivePart = options.archivePartPapers ?? ARCHIVE_PART_PAPERS;
  return {
    name: 'folio:pagefind',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
        // The content layer loads the papers after this hook and before astro:build:start.
        if (building) stopWaiting = receiveSearchRecords((batch) => (indexing = indexBesideBuild(batch, cacheDir, outDir, archivePart)));
      },
      'astro:build:start': () => {
        stopWaiting();
        const batch = indexing ? undefined : takeSearchRecords();
        if (batch) indexing = indexBesideBuild(batch, cacheDir, outDir, archivePart);
        if (indexing) indexing.buildStarted = performance.now();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const started = performance.now();
        const records = indexing;
        indexing = undefined;
        let search: SiteSearch;
        if (records) {
          search = await records.done;
        } else {
          await forgetPlacedParts(out, cacheDir);
          search = await indexSite(out, { vocabularyCache: path.join(cacheDir, VOCABULARY_CACHE_DIR) });
        }
        const { entries, vocabulary, timing } = search;
        const indexed = entries.reduce((sum, { entry }) => sum + indexedPageCount(entry), 0);
        // Checked before the search written beside the build is placed: a wrong count leaves the site's search as it was.
        const onShow = records ? (await options.countPapers()) - records.setAside : await (options.countPapersOnShow ?? options.countPapers)();
        const problem = indexedCountProblem(onShow, indexed);
        if (problem) throw new Error(problem);
        const tag = searchCacheTag(entries);
        const early = records?.buildStarted === undefined ? '' : `, ${Math.round(records.buildStarted - records.started)} ms before the build started`;
        const split = timing ? `Pagefind ${Math.round(timing.pagefindMs)} ms${early}, then the search vocabulary ${Math.round(timing.vocabularyMs)} ms; ` : '';
        const parts = search.parts.length > 1 ? ` in ${search.parts.length} parts (${search.parts.map((p) => `${p.folder}/ ${p.pages} papers${p.kept ? ', kept from the last build' : ''}`).join('; ')})` : '';
        logger.info(
          `indexed ${indexed} paper pages${parts} (cache tag ${tag}) in ${Math.round(timing ? timing.pagefindMs + timing.vocabularyMs : performance.now() - started)} ms${records ? ', from when the papers were loaded' : ''} ` +
            `(${split}${vocabulary.cachedPages} of ${vocabulary.pages} pages' terms from the cache${vocabulary.cacheIgnored ? `, whose file was set aside: ${vocabulary.cacheIgnored}` : ''}); ` +
            `search vocabulary: ${vocabulary.terms} terms, ${vocabulary.knownItems} known items, ${vocabulary.suggestions} suggestions in ${vocabulary.files} files (${size(vocabulary.bytes)})`,
        );

        const serviceWorker = () => writeServiceWorker(out, base, tag, entries, options.shellPages ?? ['', 'search/', '404.html'], logger);
        if (records) await placeSearch(stagedSearch(cacheDir), search.parts, out, cacheDir, { writeServiceWorker: serviceWorker, warn: (message) => logger.warn(message) });
        else await serviceWorker();
        // Saved by the vocabulary's thread while the service worker was written; the site is complete without it.
        await search.saved.catch((error: unknown) =>
          logger.warn(`the search vocabulary's cache: ${(error as Error).message}`),
        );
      },
    },
  };
}

/** The search being written beside the build: when it started (and when the build did), and its result. */
interface Indexing {
  done: Promise<SiteSearch>;
  /** Entries the content loader set aside (retired), which have no record and no page in the index. */
  setAside: number;
  started: number;
  buildStarted?: number;
}

/**
 * Starts indexing `records` with Pagefind into the cache folder, one part
 * at a time (search-parts.ts), keeping a part whose index in `out` was made
 * from the same records; then writes the vocabulary from the parts.
 * `astro:build:done` awaits it.
 */
function indexBesideBuild({ records, setAside }: SearchRecordBatch, cacheDir: string, out: string, archivePart: number): Indexing {
  const started = performance.now();
  const staged = stagedSearch(cacheDir);
  const done = (async () => {
    const placed = await readPlacedParts(cacheDir);
    await fs.rm(staged.pagefind, { recursive: true, force: true });
    const settings = await indexSettings();
    const parts: IndexedPart[] = [];
    for (const part of searchParts(records, { archivePart })) {
      const key = partKey(part.records, settings);
      const site = path.join(out, part.folder);
      const kept = await isPlacedPart(site, placed[part.folder], key);
      // A part kept is read where it is, in the site; only a part written again is staged.
      const dir = kept ? site : path.join(staged.pagefind, part.folder);
      if (!kept) await withPagefindEnvironment(() => indexRecords(part.records, dir));
      parts.push({ folder: part.folder, dir, key, kept, pages: part.records.length });
    }
    const indexed = performance.now();
    const search = await vocabularyOf(parts, staged.vocabulary, path.join(cacheDir, VOCABULARY_CACHE_DIR));
    return { ...search, parts, timing: { pagefindMs: indexed - started, vocabularyMs: performance.now() - indexed } };
  })();
  // Reported at astro:build:done; until then a failure must not count as unhandled.
  done.catch(() => undefined);
  return { done, setAside, started };
}

/** A part of the search as indexed beside the build: where it is read (staged in the cache, or in the site if kept), its key, and whether its index was kept from the last build. */
interface IndexedPart {
  folder: SearchPartFolder;
  dir: string;
  key: string;
  kept: boolean;
  pages: number;
}

/** The site's search as written: each part's Pagefind entry file, the vocabulary's figures, when its cache is saved and, when written beside the build, how long each took. */
interface SiteSearch {
  entries: PartEntry[];
  parts: Array<Pick<IndexedPart, 'folder' | 'key' | 'kept' | 'pages'>>;
  vocabulary: VocabularyFigures;
  saved: Promise<void>;
  timing?: { pagefindMs: number; vocabularyMs: number };
}

/** Where the search is written beside the build, in the cache folder, until `astro:build:done` puts it in the site: a folder per part, and the vocabulary. */
function stagedSearch(cacheDir: string): { pagefind: string; vocabulary: string } {
  return { pagefind: path.join(cacheDir, 'folio-pagefind'), vocabulary: path.join(cacheDir, 'folio-search-index') };
}

/** What an index depends on besides its records: Pagefind's version (its package's) and its environment. */
async function indexSettings(): Promise<IndexSettings> {
  const manifest = path.join(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..', 'package.json');
  const { version } = JSON.parse(await fs.readFile(manifest, 'utf8')) as { version: string };
  return { pagefind: version, environment: PAGEFIND_ENVIRONMENT, code: await recordPageCode(), runtime: runtimeVersion() };
}

/**
 * What Pagefind indexes and how, for a built site in `out`: the paper pages
 * (`data-pagefind-body`: title, abstract with its formulas as plain text, topics as metadata;
 * see PaperLayout.astro), written to `out/pagefind/`, then the search
 * vocabulary beside it in `out/search-index/`. Throws on any Pagefind error
 * or if the index cannot be read back. Callable on its own (another process,
 * a partial rebuild): it needs nothing but the built HTML.
 */
export async function indexSite(
  out: string,
  {
    indexed = false,
    vocabularyCache,
  }: {
    /** `out/pagefind/` is already written. */
    indexed?: boolean;
    /** The vocabulary's cache folder (vocabulary-cache.ts); none: every page is tokenised. */
    vocabularyCache?: string;
  } = {},
): Promise<SiteSearch> {
  if (!indexed) await runPagefind(out);
  const search = await vocabularyOf([{ folder: FIRST_SEARCH_PART, dir: path.join(out, FIRST_SEARCH_PART) }], path.join(out, VOCABULARY_FOLDER), vocabularyCache);
  return { ...search, parts: [{ folder: FIRST_SEARCH_PART, key: '', kept: false, pages: indexedPageCount(search.entries[0]!.entry) }] };
}

/**
 * Writes the search vocabulary of the Pagefind indexes of `parts` (the
 * archive first) into `vocabularyDir`, in a worker thread, which then saves
 * its cache; throws unless each index has exactly one language, the same.
 */
async function vocabularyOf(parts: ReadonlyArray<{ folder: SearchPartFolder; dir: string; key?: string }>, vocabularyDir: string, cacheDir?: string): Promise<Omit<SiteSearch, 'parts'>> {
  // The cache of earlier versions, one file: replaced by the folder.
  if (cacheDir !== undefined) await fs.rm(path.join(path.dirname(cacheDir), LEGACY_VOCABULARY_CACHE_FILE), { force: true });
  const entries: PartEntry[] = [];
  const indexes = [];
  for (const part of parts) {
    const entry = parsePagefindEntry(await fs.readFile(path.join(part.dir, 'pagefind-entry.json'), 'utf8'));
    const languages = Object.keys(entry.languages);
    const [language, ...others] = Object.values(entry.languages);
    if (!language || others.length || (entries.length > 0 && languages[0] !== Object.keys(entries[0]!.entry.languages)[0])) {
      throw new Error(`Pagefind indexed ${languages.length} languages (${languages.join(', ')}) in \`${part.folder}/\`, expected one (\`en\`) in every part: check <html lang> on the paper pages`);
    }
    entries.push({ folder: part.folder, entry });
    indexes.push({ folder: part.folder, dir: part.dir, languageHash: language.hash, ...(part.key === undefined ? {} : { key: part.key }) });
  }
  const { written, saved } = writeSearchVocabularyOffThread({
    indexes,
    tag: searchCacheTag(entries),
    outDir: vocabularyDir,
    ...(cacheDir === undefined ? {} : { cacheDir }),
  });
  return { entries, vocabulary: await written, saved };
}

/** Runs Pagefind over `out` and writes `out/pagefind/`; throws on the first step that reports errors. */
async function runPagefind(out: string): Promise<void> {
  await fs.rm(path.join(out, 'pagefind'), { recursive: true, force: true });
  await withPagefindEnvironment(() => indexDirectory(out));
}

/** Indexes the built pages in `out` into `out/pagefind/`. */
async function indexDirectory(out: string): Promise<void> {
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

/** `bytes` as `123 KB` or `1.2 MB`, for the build log. */
function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function writeServiceWorker(out: string, base: string, tag: string, parts: readonly PartEntry[], shellPages: string[], logger: AstroIntegrationLogger) {
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
  // The topic names search results show, under the URL the header search asks for.
  shell.add(topicNamesUrl(base, tag));
  let shellBytes = 0;
  for (const url of shell) {
    const relative = url.slice(base.length).split('?')[0]!;
    const file = relative === '' || relative.endsWith('/') ? path.join(out, relative, 'index.html') : path.join(out, relative);
    shellBytes += (await fs.stat(file).catch(() => ({ size: 0 }))).size;
  }

  const plan = planOfflineSearch(searchFiles(out, [...parts.map((p) => p.folder), VOCABULARY_FOLDER]), parts);
  const manifest: SwManifest = {
    shell: [...shell],
    fixedSearch: plan.fixed.map((file) => base + file),
    searchIndex: plan.index.map((file) => base + file),
    ...(plan.withinBudget ? { fragments: plan.fragments.map((file) => base + file) } : {}),
    autoSave: plan.autoSave,
  };

  // The lists live beside the worker, not in it, so `sw.js` stays small as the
  // archive grows; their hash is in the worker, so new lists mean a new worker.
  const json = JSON.stringify(manifest);
  await replaceFile(path.join(out, 'sw-manifest.json'), json);
  const manifestUrl = base + versionedPath('sw-manifest.json', json);
  const config = { tag, base, manifest: manifestUrl };
  const worker = path.join(out, 'sw.js');
  // Bundled in memory and written by replaceFile: whole or not at all, and a failure names the file.
  const { outputFiles } = await build({
    entryPoints: [fileURLToPath(new URL('../browser/service-worker/service-worker.ts', import.meta.url))],
    outfile: worker,
    write: false,
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    define: { FOLIO_SW: JSON.stringify(config) },
    logLevel: 'silent',
  });
  await replaceFile(worker, outputFiles[0]!.contents);
  const fragments = plan.withinBudget
    ? `with its ${plan.fragments.length} fragments (${size(plan.fragmentBytes)})`
    : `without its ${plan.fragments.length} fragments (${size(plan.fragmentBytes)}, over the offline budget)`;
  logger.info(
    `wrote sw.js (cache \`folio-${tag}\`): on the first visit ${shell.size} shell files (${size(shellBytes)}) and ${plan.fixed.length} fixed search files (${size(plan.fixedBytes)}); ` +
      `${plan.autoSave ? 'then' : 'when the reader asks'}, ${plan.index.length} index files (${size(plan.indexBytes)}) ${fragments}`,
  );
}
