/**
 * The names of the metadata fields that carry a paper's extra search words
 * (search-meta.ts makes them at build time; the browser's search weighs
 * them, pagefind-api.ts). Apart from search-meta.ts so that the browser's
 * bundle takes the names without the build's text tables (formula-text.ts).
 */

/** The metadata field of the extra words of the title and former titles. */
export const SEARCH_TITLE_FIELD = 'search-title';
/** The metadata field of the extra words of the abstract. */
export const SEARCH_TEXT_FIELD = 'search-text';
