/**
 * Search quality on the seeds, measured in real Chromium against the built
 * site with the options the UI uses. Prints recall@1 and MRR (first 10
 * results) for each query set so a change in ranking shows up in review.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { PAGEFIND_OPTIONS } from '../../src/browser/search/pagefind-client.ts';
import { formatSummary, shortName, summariseRanking, type RankedQuery } from '../support/ranking-metrics.ts';
import { launchChromium } from '../support/browser.ts';
import { readEntries } from '../support/site.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const { content, root } = inject('builds');
const entries = readEntries(content);
const urlOf = (slug: string) => `${root.base}papers/${slug}/`;

let browser: Browser;
let server: StaticServer;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  server = await serveStatic(root.dist, root.base);
  // This file measures ranking, not the page's policy: the module below is the harness's, not Folio's.
  page = await browser.newPage({ bypassCSP: true });
  await page.goto(`${server.origin}${root.base}`);
  // A module script, not page.evaluate: the test runner would rewrite an import() inside it.
  await page.addScriptTag({
    type: 'module',
    content: `import * as pagefind from ${JSON.stringify(`${root.base}pagefind/pagefind.js`)};
      await pagefind.options(${JSON.stringify(PAGEFIND_OPTIONS)});
      await pagefind.init();
      await pagefind.filters();
      window.pf = pagefind;`,
  });
  await page.waitForFunction(() => 'pf' in window);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Runs the queries in the page; each gets the 1-based rank of its expected URL in the first 10 results. */
async function rank(queries: Array<{ query: string; expected: string }>, filters: Record<string, string> = {}): Promise<RankedQuery[]> {
  return page.evaluate(
    async ({ queries, filters }) => {
      type Pf = { search: (q: string, o: object) => Promise<{ results: Array<{ data: () => Promise<{ url: string; meta: { url?: string } }> }> }> };
      const pf = (window as unknown as { pf: Pf }).pf;
      const out = [];
      for (const { query, expected } of queries) {
        const { results } = await pf.search(query, { filters });
        const urls = await Promise.all(results.slice(0, 10).map(async (r) => (await r.data()).url));
        const at = urls.indexOf(expected);
        out.push({ query, expected, rank: at < 0 ? undefined : at + 1 });
      }
      return out;
    },
    { queries, filters },
  );
}

describe('search quality on the seeds', () => {
  test('every paper’s exact title finds it first', async () => {
    const summary = summariseRanking(await rank(entries.map((e) => ({ query: e.data.title, expected: urlOf(e.data.slug) }))));
    console.log(formatSummary('exact titles', summary));
    expect(summary.misses).toEqual([]);
    expect(summary.queries).toBe(entries.length);
  }, 180_000);

  test('a paper’s short name (the word before the colon) finds it first for at least 95% of papers that have one', async () => {
    const named = entries.flatMap((e) => {
      const name = shortName(e.data.title);
      return name ? [{ query: name, expected: urlOf(e.data.slug) }] : [];
    });
    const summary = summariseRanking(await rank(named));
    console.log(formatSummary('short names', summary));
    if (summary.misses.length) console.log(`  not first: ${summary.misses.map((m) => `${m.query} (${m.rank ?? '>10'})`).join(', ')}`);
    expect(named.length).toBeGreaterThan(20);
    expect(summary.recallAt1).toBeGreaterThanOrEqual(0.95);
  }, 120_000);

  test('a topic word with that topic’s filter returns only papers of that topic', async () => {
    const byTopic = new Map<string, Set<string>>();
    for (const e of entries) for (const t of e.data.topics) byTopic.set(t, (byTopic.get(t) ?? new Set()).add(urlOf(e.data.slug)));
    const checked: string[] = [];
    for (const [topic, urls] of byTopic) {
      // The topic id's longest word is the query: `speech-audio` → `speech`.
      const word = topic.split('-').sort((a, b) => b.length - a.length)[0]!;
      const found = await page.evaluate(
        async ({ word, topic }) => {
          type Pf = { search: (q: string, o: object) => Promise<{ results: Array<{ data: () => Promise<{ url: string }> }> }> };
          const pf = (window as unknown as { pf: Pf }).pf;
          const { results } = await pf.search(word, { filters: { topic } });
          return Promise.all(results.map(async (r) => (await r.data()).url));
        },
        { word, topic },
      );
      expect(found.filter((url) => !urls.has(url)), `\`${word}\` in topic \`${topic}\``).toEqual([]);
      checked.push(`${topic}: ${found.length}`);
    }
    console.log(`topic word + filter: every result in its topic for ${checked.length} topics (${checked.join(', ')})`);
  }, 120_000);
});
