import { isDay, type Day } from '../format/day.ts';
import { joinBase, paths } from './urls.ts';
/**
 * The site folders the search is served from, for the build and the
 * browser alike: the Pagefind indexes (src/integrations/search-parts.ts says
 * which papers each holds), then the search vocabulary. The archive's
 * oldest papers are in `pagefind/`, which the browser loads first and
 * merges the others into; a larger archive goes on in `pagefind-2/`,
 * `pagefind-3/`, ...; the papers of the latest month are in a folder a
 * calendar week, named by the week's first day within the month
 * (`pagefind-week-2025-09-01/`, `pagefind-week-2025-09-08/`, ...).
 */
export const FIRST_SEARCH_PART = 'pagefind';

/** Papers a part of the archive holds by default (`FOLIO_SEARCH_PART_PAPERS`): Pagefind's peak while it writes one is about 1.9 GB, and a query asks each part (bench/README.md). */
export const ARCHIVE_PART_PAPERS = 16_384;

export type SearchPartFolder = typeof FIRST_SEARCH_PART | `pagefind-${number}` | `pagefind-week-${Day}`;

/** The folder of the archive's part `i` (0 is the oldest papers'). */
export const archivePartFolder = (i: number): SearchPartFolder => (i === 0 ? FIRST_SEARCH_PART : `pagefind-${i + 1}`);

/** The folder of the papers first listed in the latest month's week that starts on `weekStart` (day.ts `weekInLatestMonth`). */
export const weekPartFolder = (weekStart: Day): SearchPartFolder => `pagefind-week-${weekStart}`;

/**
 * Whether a top-level folder of the site is one of the search's Pagefind
 * indexes. Earlier versions' `pagefind-recent/` and `pagefind-week/` are
 * not: the first build after them prunes them (prune-output.ts).
 */
export const isSearchPartFolder = (name: string): name is SearchPartFolder => {
  const week = /^pagefind-week-(.*)$/.exec(name);
  return week ? isDay(week[1]!) : /^pagefind(?:-[1-9][0-9]*)?$/.test(name) && name !== 'pagefind-1';
};

/** The search vocabulary's folder (src/lib/search-vocabulary.ts). */
export const VOCABULARY_FOLDER = 'search-index';

/**
 * The query parameter naming the version of the index (its cache tag) a
 * vocabulary file is asked for (`search-index/v/0.txt?v=<tag>`): the file's
 * name stays the same from one build to the next, so the service worker
 * answers it from its cache only when the tag is its own.
 */
export const INDEX_VERSION_PARAM = 'v';

/**
 * The filter the browser gives each index's pages when the search has
 * several (Pagefind's `mergeFilter`), valued with the index's folder: a
 * query goes only to the indexes that have all its words.
 */
export const PART_FILTER = 'folio-part';

/** The 12 bytes Pagefind writes at the start of each of its files, once gunzipped (`pagefind_dcd`): read back by the build (pagefind-format.ts) and by the service worker (a saved page's title). */
export const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/**
 * The topic names search results show (`topic-names.json`), under the
 * index's version (`?v=<tag>`) as the vocabulary's files are: a topic's name
 * is in the indexed pages, so a new or renamed topic gives a new tag, and a
 * browser that kept the last build's file (a host's `max-age`) fetches the
 * new one instead of showing the topic's id. The header search and the
 * service worker's install both ask for this URL.
 */
export function topicNamesUrl(base: string, tag: string): string {
  return `${joinBase(base, paths.topicNames())}?${INDEX_VERSION_PARAM}=${encodeURIComponent(tag)}`;
}
