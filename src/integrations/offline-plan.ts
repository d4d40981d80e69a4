/**
 * What the service worker keeps for offline search, and when. Pure: the
 * Pagefind integration plans the lists at build time from the files Pagefind
 * wrote, and the worker works out which of them it still has to fetch.
 */
import type { PagefindEntry } from './pagefind-checks.ts';

/**
 * Largest Pagefind output (in bytes on disk) whose per-page fragment files are
 * saved with the index when the reader starts searching. Fragments hold each
 * result's title, URL and excerpt; without them a query still finds its
 * results offline, but cannot show those not yet seen online. A small archive
 * (the 438 sample papers: under 1 MB) is saved whole so every result renders
 * offline; a large one (10,000 papers: about 46 MB, 40 MB of it fragments)
 * saves only the index and fragments as they are shown. 3 MB is about what a
 * reader downloads for one image-heavy page, which seems fair for search
 * that works on a plane.
 */
export const OFFLINE_FRAGMENT_BUDGET = 3 * 1024 * 1024;

/** A file Pagefind wrote: its path inside `pagefind/` (`index/en_11cf44e.pf_index`) and size. */
export interface PagefindFile {
  path: string;
  bytes: number;
}

/** The Pagefind files to save for offline search, as paths inside `pagefind/`. */
export interface OfflineSearchPlan {
  /** Everything needed to answer any query: loader, worker, entry, metadata, WebAssembly, index and filter chunks. */
  searchIndex: string[];
  searchIndexBytes: number;
  /** Per-page fragments: saved with the index only when `withinBudget`. */
  fragments: string[];
  fragmentBytes: number;
  /** Whether index and fragments together fit in the budget. */
  withinBudget: boolean;
}

/**
 * Sorts Pagefind's output into the index (needed for any query) and the
 * per-page fragments (needed to show a given result), for the languages in
 * `entry`. Pagefind's stock UIs, highlighter, playground and the WebAssembly
 * of languages not in the index are left out: Folio's search never loads them.
 */
export function planOfflineSearch(files: readonly PagefindFile[], entry: PagefindEntry, budget = OFFLINE_FRAGMENT_BUDGET): OfflineSearchPlan {
  const core = new Set(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']);
  for (const language of Object.values(entry.languages)) {
    core.add(`pagefind.${language.hash}.pf_meta`);
    // Pagefind loads `wasm.unknown.pagefind` for a language it has no stemmer for.
    core.add(`wasm.${language.wasm || 'unknown'}.pagefind`);
  }
  const searchIndex: PagefindFile[] = [];
  const fragments: PagefindFile[] = [];
  for (const file of files) {
    if (core.has(file.path) || /^(index|filter)\/[^/]+\.pf_(index|filter)$/.test(file.path)) searchIndex.push(file);
    else if (/^fragment\/[^/]+\.pf_fragment$/.test(file.path)) fragments.push(file);
  }
  const sum = (list: PagefindFile[]) => list.reduce((total, file) => total + file.bytes, 0);
  const paths = (list: PagefindFile[]) => list.map((file) => file.path).sort();
  const searchIndexBytes = sum(searchIndex);
  const fragmentBytes = sum(fragments);
  return {
    searchIndex: paths(searchIndex),
    searchIndexBytes,
    fragments: paths(fragments),
    fragmentBytes,
    withinBudget: searchIndexBytes + fragmentBytes <= budget,
  };
}

/** `sw-manifest.json`: what the service worker saves, as site-absolute paths (`/folio/pagefind/pagefind.js`). */
export interface SwManifest {
  /** Saved when the worker installs: shell pages and the scripts and styles they load. */
  shell: string[];
  /** Saved when the reader starts searching. */
  searchIndex: string[];
  /** Saved with the index when the whole search fits in the budget; absent otherwise. */
  fragments?: string[];
}

/**
 * The files of `manifest` to fetch when the reader starts searching: the
 * index (and the fragments if listed) less those already cached (`cached`
 * holds the paths of cached URLs, e.g. `/pagefind/pagefind.js`).
 */
export function filesToWarm(manifest: SwManifest, cached: ReadonlySet<string>): string[] {
  return [...manifest.searchIndex, ...(manifest.fragments ?? [])].filter((file) => !cached.has(file));
}
