/**
 * The site folders the search is served from, for the build and the
 * browser alike: the Pagefind indexes, the archive's first (the browser
 * loads it and merges the others into it; src/integrations/search-parts.ts
 * says which papers each holds), then the search vocabulary.
 */
export const SEARCH_PART_FOLDERS = ['pagefind', 'pagefind-recent'] as const;

export type SearchPartFolder = (typeof SEARCH_PART_FOLDERS)[number];

/** The search vocabulary's folder (src/lib/search-vocabulary.ts). */
export const VOCABULARY_FOLDER = 'search-index';

/**
 * The filter the browser gives each index's pages when the search has
 * several (Pagefind's `mergeFilter`), valued with the index's folder: a
 * query goes only to the indexes that have all its words.
 */
export const PART_FILTER = 'folio-part';
