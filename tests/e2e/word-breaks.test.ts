import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { readEntries } from '../support/site.ts';

/**
 * Long words may break anywhere (global.css: a 300-character name must not
 * widen the page), but an ordinary word never should: a squeezed flex item
 * printed the search page's topic counts as "1 / 7". Every word (a run of
 * letters and digits) of up to 15 characters is on one line, on the pages a reader sees most, at a phone's,
 * a tablet's and a desktop's width.
 */
const { content, root } = inject('builds');
const entries = readEntries(content);
const paper = entries.find((e) => e.data.listings.length > 1) ?? entries[0]!;
const topic = paper.data.topics[0]!;
const day = paper.data.listings[0]!.listing;
const PAGES = ['', 'papers/', 'topics/', `topics/${topic}/`, 'listings/', `listings/${day}/`, `papers/${paper.data.slug}/`, 'search/', 'search/?q=model', '404.html'];

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  browser = await launchChromium();
  server = await serveStatic(root.dist, root.base);
});
afterAll(async () => {
  await server?.close();
  await browser?.close();
});

test.each([375, 768, 1280])('at %i px no word of up to 15 characters is broken across two lines', async (width) => {
  const context = await browser.newContext({ viewport: { width, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const broken: string[] = [];
  try {
    for (const path of PAGES) {
      await page.goto(`${server.origin}${root.base}${path}`, { waitUntil: 'networkidle' });
      // The search page renders its topic choices and results after loading the index.
      if (path.startsWith('search/')) await page.locator('[data-search-page] .topics label').first().waitFor();
      if (path.includes('?q=')) await page.locator('[data-search-page] .results li').first().waitFor();
      const words = await page.evaluate(() => {
        const found: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const parent = node.parentElement;
          if (!parent || parent.closest('.visually-hidden, [hidden], pre, script, style')) continue;
          for (const match of node.data.matchAll(/[\p{L}\p{N}]{2,15}/gu)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (lines.size > 1) found.push(`${match[0]} (in .${parent.className || parent.tagName.toLowerCase()})`);
          }
        }
        return found;
      });
      broken.push(...new Set(words.map((w) => `${path || '/'}: ${w}`)));
    }
  } finally {
    await context.close();
  }
  expect(broken).toEqual([]);
}, 120_000);
