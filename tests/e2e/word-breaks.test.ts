import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { readEntries } from '../support/site.ts';

/**
 * Long words may break anywhere (global.css: a 300-character name must not
 * widen the page), but an ordinary word never should: a squeezed flex item
 * printed the search page's topic counts as "1 / 7". Every word (a run of
 * letters and digits) of up to 15 characters is on one line, on the pages a reader sees most, at a small
 * phone's (320 px), a phone's, a tablet's and a desktop's width.
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

test.each([320, 375, 768, 1280])('at %i px no word of up to 15 characters is broken across two lines', async (width) => {
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
          // Whole words: a longer one (a listing's 16-character id) may break anywhere.
          for (const match of node.data.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]{2,15}(?![\p{L}\p{N}])/gu)) {
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

test('at 320 px the home page’s counts of a large archive (`10,000` papers, `1,234` listings) and their labels each stay on one line, inside the page', async () => {
  // The seeds' counts are short; a year of papers is not. The archive's counts are set in the page, as a larger build would write them.
  const context = await browser.newContext({ viewport: { width: 320, height: 900 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}${root.base}`);
    const problems = await page.evaluate(() => {
      const found: string[] = [];
      const stats = [...document.querySelectorAll('.stats > div')];
      ['10,000', '21', '1,234'].forEach((count, i) => (stats[i]!.querySelector('dd')!.textContent = count));
      stats[2]!.querySelector('dt a')!.textContent = 'listings';
      const right = document.body.getBoundingClientRect().right;
      for (const el of document.querySelectorAll('.stats dd, .stats dt a')) {
        const range = document.createRange();
        range.selectNodeContents(el);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        if (new Set(rects.map((r) => Math.round(r.top))).size > 1) found.push(`${el.textContent} is on ${new Set(rects.map((r) => Math.round(r.top))).size} lines`);
        if (rects.some((r) => r.right > right)) found.push(`${el.textContent} ends past the page's edge`);
      }
      return found;
    });
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test.each([320, 1280])('at %i px a listing’s name in a list of listings (an undated dump’s file name) breaks only after a space or a hyphen, and at 1280 px a name of up to 45 characters is on one line', async (width) => {
  // `Listing 002-679632857d56aeca` wrapped after `002-` at 1280 px, squeezed by its count into a third of the page. The seeds' names are short; a browser's
  // saved page is not: a longer name is set in the page, as a dump named so would be listed.
  const context = await browser.newContext({ viewport: { width, height: 900 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of ['listings/', '']) {
      await page.goto(`${server.origin}${root.base}${path}`);
      const names = page.locator('.listing-list a');
      await expect(names.count(), path).resolves.toBeGreaterThan(0);
      problems.push(...(await names.evaluateAll((links, width) => {
        const found: string[] = [];
        const item = links[0]!.parentElement!.cloneNode(true) as HTMLElement;
        const long = item.querySelector('a')!;
        long.textContent = 'Listing daily-papers-hugging-face-2025-03-17';
        links[0]!.parentElement!.before(item);
        for (const a of [long, ...links]) {
          const text = a.firstChild as Text;
          const range = document.createRange();
          const top = (n: number) => { range.setStart(text, n); range.setEnd(text, n + 1); return Math.round(range.getBoundingClientRect().top); };
          let lines = 1;
          for (let c = 1; c < text.data.length; c++) {
            if (top(c) <= top(c - 1)) continue;
            lines++;
            if (!/[ -]/.test(text.data[c - 1]!)) found.push(`${text.data} breaks inside a word, before “${text.data.slice(c)}”`);
          }
          if (width >= 1280 && text.data.length <= 45 && lines > 1) found.push(`${text.data} takes ${lines} lines`);
        }
        return found;
      }, width)).map((p) => `${path || '/'}: ${p}`));
    }
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test.each([320, 375])('at %i px the title of an undated listing’s page, its file name (`Listing 002-679632857d56aeca`), breaks only after a hyphen or a space', async (width) => {
  // The heading's size at 320 px set the 16-character id wider than the line: `679632857d56ae` / `ca`.
  const context = await browser.newContext({ viewport: { width, height: 900 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}${root.base}listings/002-679632857d56aeca/`);
    await expect(page.locator('h1').evaluate(breaksInsideWords)).resolves.toEqual([]);
  } finally {
    await context.close();
  }
});

test('a long word of a title or an abstract (a chemical’s or a model’s name) is hyphenated where the browser knows the language’s breaks, an ordinary word never; an address never', async () => {
  // Where the browser has no hyphenation for the language (this test's Chromium), the word still breaks anywhere rather than widen the page.
  const context = await browser.newContext({ viewport: { width: 320, height: 900 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}${root.base}papers/${paper.data.slug}/`);
    const style = (selector: string) => page.locator(selector).first().evaluate((el) => {
      const css = getComputedStyle(el);
      return `${css.hyphens} ${css.getPropertyValue('hyphenate-limit-chars')}`;
    });
    for (const selector of ['h1', '.abstract p', '.related a']) await expect(style(selector), selector).resolves.toBe('auto 16 6 6');
    for (const selector of ['.permalink', '.bibtex']) await expect(style(selector), selector).resolves.toMatch(/^manual /);
    await page.goto(`${server.origin}${root.base}topics/${topic}/`);
    await expect(style('.paper-card .title')).resolves.toBe('auto 16 6 6');
  } finally {
    await context.close();
  }
});

/** Where the text of `el` (one text node) goes on to a new line after neither a space nor a hyphen: inside a word. Runs in the page. */
function breaksInsideWords(el: Element): string[] {
  const text = el.firstChild as Text;
  const range = document.createRange();
  const top = (n: number) => {
    range.setStart(text, n);
    range.setEnd(text, n + 1);
    return Math.round(range.getBoundingClientRect().top);
  };
  const found: string[] = [];
  for (let c = 1; c < text.data.length; c++) if (top(c) > top(c - 1) && !/[ -]/.test(text.data[c - 1]!)) found.push(`${text.data} breaks before “${text.data.slice(c)}”`);
  return found;
}
