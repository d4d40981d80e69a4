/**
 * Checks on the result of a Pagefind indexing run. Pure: the integration in
 * `src/integrations/pagefind.ts` does the I/O and throws what these return.
 */

/**
 * Turns the `errors` array of one Pagefind Node API call into an error, or
 * `undefined` when there are none. `step` names the call (`addDirectory`).
 */
export function pagefindStepError(step: string, errors: readonly string[]): Error | undefined {
  if (errors.length === 0) return undefined;
  return new Error(`Pagefind \`${step}\` failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
}

/** What `pagefind/pagefind-entry.json` says about the written index. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
}

/** Reads `pagefind-entry.json`, naming what is missing if it is not what Pagefind 1.x writes. */
export function parsePagefindEntry(json: string): PagefindEntry {
  const data = JSON.parse(json) as Partial<PagefindEntry>;
  if (typeof data.version !== 'string' || !data.languages || typeof data.languages !== 'object') {
    throw new Error('`pagefind-entry.json` has no `version` or `languages`: expected the entry file Pagefind 1.x writes');
  }
  return data as PagefindEntry;
}

/** Pages indexed over all languages. */
export function indexedPageCount(entry: PagefindEntry): number {
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * The index's cache tag: Pagefind's version and each language's index hash.
 * It changes whenever the searchable content changes, so the service worker
 * names its cache after it.
 */
export function pagefindCacheTag(entry: PagefindEntry): string {
  const hashes = Object.entries(entry.languages)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, language]) => language.hash);
  return [`pf${entry.version}`, ...hashes].join('-').replace(/[^\w.-]/g, '_');
}

/** One part of the site's search (search-parts.ts): its folder and Pagefind's entry file there. */
export interface PartEntry {
  folder: string;
  entry: PagefindEntry;
}

/**
 * The site's search's cache tag: the first part's (`pagefindCacheTag`),
 * then each other part's index hashes, so it changes when any part does.
 */
export function searchCacheTag(parts: readonly PartEntry[]): string {
  const [first, ...others] = parts;
  if (!first) throw new Error('the search has no index');
  const more = others.flatMap(({ entry }) => pagefindCacheTag(entry).split('-').slice(1));
  return [pagefindCacheTag(first.entry), ...more].join('-');
}

/**
 * Says what is wrong when Pagefind indexed a different number of paper pages
 * than there are papers (a page lost its `data-pagefind-body`, or another
 * page gained one); `undefined` when the counts agree.
 */
export function indexedCountProblem(papers: number, indexed: number): string | undefined {
  if (papers === indexed) return undefined;
  const hint =
    indexed < papers
      ? 'some paper pages lack `data-pagefind-body` or failed to render'
      : 'pages other than paper pages carry `data-pagefind-body`';
  return `Pagefind indexed ${indexed} pages, expected ${papers} (one per paper): ${hint}`;
}
