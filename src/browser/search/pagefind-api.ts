/**
 * Pagefind's browser API, loaded on demand from the site's own `pagefind/`
 * folder (it exists only in a build), with the options Folio searches with.
 */

import { FIRST_SEARCH_PART, PART_FILTER } from '../../lib/search-folders.ts';
import { SEARCH_TEXT_FIELD, SEARCH_TITLE_FIELD } from '../../lib/search-meta-fields.ts';

/** What Folio uses of a Pagefind result's data. */
export interface PagefindData {
  url: string;
  /** The indexed text: title, then abstract (words separated by whitespace). */
  content: string;
  /** Word positions in `content` that matched. */
  locations: number[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}

/** The Pagefind module (`pagefind.js`). */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string | { any: string[] }> }): Promise<PagefindResponse>;
  preload(term: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
}

/**
 * How Pagefind starts: on the main thread (a worker adds a 12 KB file and a
 * message hop to every call, for about 4 ms of search work at 10,000 papers;
 * the offline plan saves no worker, src/integrations/offline-plan.ts).
 * Pagefind 1.6 reads `noWorker` only from the options given before `init()`,
 * which it creates its instance with; it is no search option: given to
 * `mergeIndex` (or to `options()` after `init()`), each index warns
 * `Unknown Pagefind option noWorker` and ignores it. So it is given once,
 * with the first index, never with the merged ones.
 */
const PAGEFIND_STARTUP = { noWorker: true } as const;

/**
 * Search options, for the first index and every merged one: the title
 * weighted above the topics meta, and the extra words of a title or abstract
 * (search-meta.ts) as the page weights the words they stand for
 * (`data-pagefind-weight` 10 on the title, 1 on the abstract). Excerpts are
 * built by Folio (excerpt.ts), so Pagefind's are kept short. The
 * search-quality tests use the same options through the same search function.
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 8,
  ranking: { metaWeights: { title: 5, topics: 1, [SEARCH_TITLE_FIELD]: 10, [SEARCH_TEXT_FIELD]: 1 } },
} as const;

const loading = new Map<string, Promise<PagefindApi>>();

/**
 * Imports and initialises Pagefind once per base path, from the archive's
 * first index (`pagefind/`), and merges the other indexes of the search
 * (`merged`: their folders, `pagefind-2`, ..., `pagefind-week-2025-09-22`; src/integrations/search-parts.ts) into
 * it with the same options, so that one search covers them all; a failed
 * load may be retried.
 */
export function loadPagefind(base: string, merged: () => Promise<readonly string[]>): Promise<PagefindApi> {
  let pagefind = loading.get(base);
  if (!pagefind) {
    pagefind = (async () => {
      const [api, others] = await Promise.all([import(/* @vite-ignore */ `${base}${FIRST_SEARCH_PART}/pagefind.js`) as Promise<PagefindApi>, merged()]);
      // With several indexes, each one's pages are marked with their index (PART_FILTER), so a query can skip an index.
      const part = (folder: string) => (others.length ? { mergeFilter: { [PART_FILTER]: folder } } : {});
      // Before init(): Pagefind creates its instance with these, PAGEFIND_STARTUP included.
      await api.options({ ...PAGEFIND_STARTUP, ...PAGEFIND_OPTIONS, baseUrl: base, ...part(FIRST_SEARCH_PART) });
      await api.init();
      for (const folder of others) await api.mergeIndex(`${base}${folder}/`, { ...PAGEFIND_OPTIONS, baseUrl: base, ...part(folder) });
      return api;
    })();
    pagefind.catch(() => loading.delete(base));
    loading.set(base, pagefind);
  }
  return pagefind;
}
