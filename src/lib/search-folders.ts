/**
 * The site folders the search is served from, for the build and the
 * browser alike: the Pagefind indexes (src/integrations/search-parts.ts says
 * which papers each holds), then the search vocabulary. The archive's
 * oldest papers are in `pagefind/`, which the browser loads first and
 * merges the others into; a larger archive goes on in `pagefind-2/`,
 * `pagefind-3/`, ...; the papers of the latest month are in `pagefind-recent/`
 * (those before its latest week) and `pagefind-week/` (its latest week).
 */
export const FIRST_SEARCH_PART = 'pagefind';

/** Papers a part of the archive holds by default (`FOLIO_SEARCH_PART_PAPERS`): Pagefind's peak while it writes one is about 1.9 GB, and a query asks each part (bench/README.md). */
export const ARCHIVE_PART_PAPERS = 16_384;

/** The folder of the latest month's papers first listed before its latest week. */
export const RECENT_SEARCH_PART = 'pagefind-recent';

/** The folder of the latest week's papers (the part a day's update writes again). */
export const WEEK_SEARCH_PART = 'pagefind-week';

export type SearchPartFolder = typeof FIRST_SEARCH_PART | typeof RECENT_SEARCH_PART | typeof WEEK_SEARCH_PART | `pagefind-${number}`;

/** The folder of the archive's part `i` (0 is the oldest papers'). */
export const archivePartFolder = (i: number): SearchPartFolder => (i === 0 ? FIRST_SEARCH_PART : `pagefind-${i + 1}`);

/** Whether a top-level folder of the site is one of the search's Pagefind indexes. */
export const isSearchPartFolder = (name: string): name is SearchPartFolder => /^pagefind(?:-recent|-week|-[1-9][0-9]*)?$/.test(name) && name !== 'pagefind-1';

/** The search vocabulary's folder (src/lib/search-vocabulary.ts). */
export const VOCABULARY_FOLDER = 'search-index';

/**
 * The filter the browser gives each index's pages when the search has
 * several (Pagefind's `mergeFilter`), valued with the index's folder: a
 * query goes only to the indexes that have all its words.
 */
export const PART_FILTER = 'folio-part';
