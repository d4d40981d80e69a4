/**
 * Search a sharded site in the browser as one: Pagefind loads the first
 * shard's index and merges the others' with `mergeIndex` (its multisite
 * search), then each query runs over all of them.
 */
import type { Page } from 'playwright-core';

/** A query's hits: the URLs of its first results, best first, how many there were, and how long the query took in the page. */
export interface ShardHits {
  urls: string[];
  total: number;
  ms: number;
}

/**
 * The code run in the page, as text: a test runner or bundler must not
 * rewrite its `import()`, which the browser itself has to do.
 */
const IN_PAGE = `async ({ indexes, queries, limit }) => {
  const pagefind = await import('/' + indexes[0] + 'pagefind.js');
  await pagefind.options({ basePath: '/' + indexes[0] });
  for (const other of indexes.slice(1)) await pagefind.mergeIndex('/' + other);
  const found = {};
  for (const query of queries) {
    const started = performance.now();
    const { results } = await pagefind.search(query);
    const data = await Promise.all(results.slice(0, limit).map((hit) => hit.data()));
    found[query] = { urls: data.map((d) => (d.meta && d.meta.url) || d.url), total: results.length, ms: performance.now() - started };
  }
  return found;
}`;

/**
 * On `page` (already at the site's origin), load the index at `indexes[0]`
 * (a site-relative folder, `pagefind/`), merge the others, and run each query.
 */
export async function searchShards(page: Page, indexes: readonly string[], queries: readonly string[], limit = 5): Promise<Record<string, ShardHits>> {
  const args = { indexes: [...indexes], queries: [...queries], limit };
  return page.evaluate(`(${IN_PAGE})(${JSON.stringify(args)})`) as Promise<Record<string, ShardHits>>;
}
