/**
 * Runs Folio's own search function (src/browser/search/search.ts, the one the
 * header and the search page call) inside a page of a built site, so quality
 * tests and benchmarks measure exactly what readers get. The module is
 * bundled on the fly with esbuild and exposed as `window.folioSearch`.
 */
import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';

const repo = path.resolve(import.meta.dirname, '../..');
let bundled: Promise<string> | undefined;

/** Adds `window.folioSearch` (a `Search` for the site at `base`) to `page` and waits until it is loaded. */
export async function installSearch(page: Page, base: string): Promise<void> {
  bundled ??= build({
    stdin: {
      contents: `import { createSearch } from './src/browser/search/search.ts'; window.folioSearch = createSearch(${JSON.stringify(base)}); await window.folioSearch.warm(); window.folioSearchReady = true;`,
      resolveDir: repo,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  await page.addScriptTag({ type: 'module', content: await bundled });
  await page.waitForFunction(() => (window as unknown as { folioSearchReady?: boolean }).folioSearchReady === true);
}

/** What a search in the page answers, reduced to what tests compare. */
export interface PageOutcome {
  state: string;
  total: number;
  titles: string[];
  urls: string[];
  suggestion: string | null;
}

/** Runs `queries` one after another through `window.folioSearch` (first `limit` results each). */
export function searchInPage(page: Page, queries: string[], options: { limit: number; topic?: string } = { limit: 10 }): Promise<PageOutcome[]> {
  return page.evaluate(
    async ({ queries, options }) => {
      type Outcome = { state: string; total?: number; hits?: Array<{ title: string; url: string }>; suggestion?: string | null };
      const search = (window as unknown as { folioSearch: { search: (q: string, o: object) => Promise<Outcome> } }).folioSearch;
      const out = [];
      for (const query of queries) {
        const o = await search.search(query, options);
        out.push({ state: o.state, total: o.total ?? 0, titles: (o.hits ?? []).map((h) => h.title), urls: (o.hits ?? []).map((h) => h.url), suggestion: o.suggestion ?? null });
      }
      return out;
    },
    { queries, options },
  );
}
