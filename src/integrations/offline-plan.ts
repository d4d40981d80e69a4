/**
 * What the service worker keeps for offline search, and when. Pure: the
 * Pagefind integration plans the lists at build time from the files Pagefind
 * and the search vocabulary wrote, and the worker works out which of them it
 * still has to fetch.
 *
 * - On the first visit, after the shell: the *fixed* search files, which any
 *   search needs before its first word (Pagefind's loader, entry, metadata and
 *   WebAssembly, the topic filter, the vocabulary manifest and suggestion
 *   list): about 180 KB at 10,000 papers, 120 KB for the seeds.
 * - As the reader searches: whatever the search fetched (chunks, vocabulary
 *   shards, result fragments), cache-first.
 * - The whole index (every chunk and shard, and the fragments when the whole
 *   search fits `OFFLINE_FRAGMENT_BUDGET`) only when the reader asks ("Save
 *   search for offline use"), or by itself when the worker installs (right
 *   after the fixed files) when all of it fits `AUTO_SAVE_BUDGET`, so a
 *   first visit already searches offline.
 */
import type { PartEntry } from './pagefind-checks.ts';
import { VOCABULARY_FOLDER } from '../lib/search-folders.ts';

/**
 * Largest offline search (index, vocabulary and fragments, bytes as stored)
 * saved without asking when the worker installs: about what one
 * image-heavy page weighs. The seeds (438 papers) fit; 10,000 papers (6 MB
 * of index, 10 MB of fragments) are saved only when the reader asks.
 */
export const AUTO_SAVE_BUDGET = 1.2 * 1024 * 1024;

/**
 * Largest offline search whose per-page fragments (each result's title and
 * text) are saved with the index when the reader asks. Without them a query
 * still finds its results offline but cannot show those never seen online.
 */
export const OFFLINE_FRAGMENT_BUDGET = 3 * 1024 * 1024;

/** A file of the site's search: its path under the site (`pagefind/index/en_11cf44e.pf_index`, `search-index/v/3.txt`) and size. */
export interface SearchFile {
  path: string;
  bytes: number;
}

/** The search files to save offline, as paths under the site. */
export interface OfflineSearchPlan {
  /** Saved on the first visit: what any search needs before its first word. */
  fixed: string[];
  fixedBytes: number;
  /** Saved on request: every index chunk and vocabulary shard. */
  index: string[];
  indexBytes: number;
  /** Per-page fragments: saved with the index when the whole search fits `fragmentBudget`. */
  fragments: string[];
  fragmentBytes: number;
  /** Whether the fragments go with the index. */
  withinBudget: boolean;
  /** Whether the worker saves everything when it installs, without asking. */
  autoSave: boolean;
}

/**
 * Sorts the search's files into fixed, index and fragments, for the parts of
 * the search (`parts`: its Pagefind indexes, the one the browser loads first
 * first) and their languages. Pagefind's stock UIs, highlighter, playground,
 * its worker (Folio searches on the main thread), the WebAssembly of
 * languages not in the index, and the loader and WebAssembly of a merged
 * index (the first index's serve it) are left out.
 */
export function planOfflineSearch(files: readonly SearchFile[], parts: readonly PartEntry[], budgets = { fragments: OFFLINE_FRAGMENT_BUDGET, auto: AUTO_SAVE_BUDGET }): OfflineSearchPlan {
  const fixedNames = new Set([`${VOCABULARY_FOLDER}/manifest.json`, `${VOCABULARY_FOLDER}/suggest.txt`]);
  parts.forEach(({ folder, entry }, i) => {
    fixedNames.add(`${folder}/pagefind-entry.json`);
    if (i === 0) fixedNames.add(`${folder}/pagefind.js`);
    for (const language of Object.values(entry.languages)) {
      fixedNames.add(`${folder}/pagefind.${language.hash}.pf_meta`);
      // Pagefind loads `wasm.unknown.pagefind` for a language it has no stemmer for.
      if (i === 0) fixedNames.add(`${folder}/wasm.${language.wasm || 'unknown'}.pagefind`);
    }
  });
  const folders = new Set(parts.map((p) => p.folder));
  const fixed: SearchFile[] = [];
  const index: SearchFile[] = [];
  const fragments: SearchFile[] = [];
  for (const file of files) {
    const slash = file.path.indexOf('/');
    const pagefind = folders.has(file.path.slice(0, slash));
    const inside = file.path.slice(slash + 1);
    if (fixedNames.has(file.path) || (pagefind && /^filter\/[^/]+\.pf_filter$/.test(inside))) fixed.push(file);
    else if ((pagefind && /^index\/[^/]+\.pf_index$/.test(inside)) || (file.path.startsWith(`${VOCABULARY_FOLDER}/`) && /^v\/\d+\.txt$/.test(file.path.slice(VOCABULARY_FOLDER.length + 1)))) index.push(file);
    else if (pagefind && /^fragment\/[^/]+\.pf_fragment$/.test(inside)) fragments.push(file);
  }
  const sum = (list: SearchFile[]) => list.reduce((total, file) => total + file.bytes, 0);
  const paths = (list: SearchFile[]) => list.map((file) => file.path).sort();
  const whole = sum(fixed) + sum(index) + sum(fragments);
  return {
    fixed: paths(fixed),
    fixedBytes: sum(fixed),
    index: paths(index),
    indexBytes: sum(index),
    fragments: paths(fragments),
    fragmentBytes: sum(fragments),
    withinBudget: whole <= budgets.fragments,
    autoSave: whole <= budgets.auto,
  };
}

/** `sw-manifest.json`: what the service worker saves, as site-absolute paths (`/folio/pagefind/pagefind.js`). */
export interface SwManifest {
  /** Saved when the worker installs: shell pages and the scripts and styles they load. */
  shell: string[];
  /** Saved when the worker installs, after the shell: what any search needs before its first word. */
  fixedSearch: string[];
  /** Saved when the reader asks, or when the worker installs if `autoSave`. */
  searchIndex: string[];
  /** Saved with the index when the whole search fits the fragment budget; absent otherwise. */
  fragments?: string[];
  /** Whether the worker saves the index when it installs, without being asked. */
  autoSave: boolean;
}

/**
 * The files of `manifest` to fetch to save search offline: the fixed files,
 * the index (and the fragments if listed) less those already cached
 * (`cached` holds the paths of cached URLs, e.g. `/pagefind/pagefind.js`).
 */
export function filesToWarm(manifest: SwManifest, cached: ReadonlySet<string>): string[] {
  return [...manifest.fixedSearch, ...manifest.searchIndex, ...(manifest.fragments ?? [])].filter((file) => !cached.has(file));
}
