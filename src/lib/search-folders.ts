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
