import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { launchChromium } from '../support/browser.ts';
import { collectConsoleProblems } from '../support/console-problems.ts';
import { readEntries } from '../support/site.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const { content, root, based, searchFixtures } = inject('builds');
const entries = readEntries(content);
const muvera = entries.find((e) => e.data.title.startsWith('MUVERA:'))!;
const taxonomy = parseYaml(fs.readFileSync(`${content}/topics.yaml`, 'utf8')) as { topics: Array<{ id: string; name: string }> };
/** The name of MUVERA's first topic, as a hit shows it (from the shared topic-names.json). */
const muveraTopic = taxonomy.topics.find((t) => t.id === muvera.data.topics[0])!.name;
const withMath = entries.find((e) => e.text.includes("x'(t)"));

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

describe('search in the browser', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  // Service workers are tested on their own below; here every request goes to the server.
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    page = await context.newPage();
    errors = collectConsoleProblems(page);
  });
  afterEach(async () => {
    await context.close();
    expect(errors).toEqual([]);
  });

  const headerBox = () => page.getByRole('search', { name: 'Site' }).getByRole('combobox', { name: 'Search papers' });
  const pageBox = () => page.getByRole('search', { name: 'Papers' }).getByRole('searchbox');
  const results = () => page.getByRole('region', { name: 'Results' }).getByRole('listitem').filter({ has: page.getByRole('heading') });

  test('loads nothing of search until the reader starts searching', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${server.origin}/papers/${muvera.data.slug}/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    const loading = page.waitForRequest((r) => r.url().includes('/pagefind/pagefind.js'));
    await headerBox().focus();
    await loading;
  });

  test('the header box becomes a combobox when its script runs: listbox, help and live region are there before the reader types', async () => {
    await page.goto(`${server.origin}/papers/${muvera.data.slug}/`);
    const box = headerBox();
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
    const listbox = page.locator(`#${await box.getAttribute('aria-controls')}`);
    await expect(listbox.getAttribute('role')).resolves.toBe('listbox');
    await expect(listbox.isHidden()).resolves.toBe(true);
    await expect(page.locator(`#${await box.getAttribute('aria-describedby')}`).textContent()).resolves.toMatch(/^Press Control K or slash to search/);
    await expect(page.getByRole('search', { name: 'Site' }).locator('[aria-live="polite"]').count()).resolves.toBe(1);
    await expect(page.getByRole('search', { name: 'Site' }).locator('kbd').textContent()).resolves.toBe('Ctrl K');
  });

  test('without JavaScript the header box is a plain search box that opens the search page', async () => {
    const noScript = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    try {
      const plain = await noScript.newPage();
      await plain.goto(`${server.origin}/papers/${muvera.data.slug}/`);
      const box = plain.getByRole('search', { name: 'Site' }).getByRole('searchbox', { name: 'Search papers' });
      await expect(plain.getByRole('combobox').count()).resolves.toBe(0);
      await box.fill('diffusion models');
      await box.press('Enter');
      await plain.waitForURL(`${server.origin}/search/?q=diffusion+models`);
    } finally {
      await noScript.close();
    }
  });

  test('a reader with JavaScript never sees that search needs it, not even while the search script loads; without JavaScript the note shows, with its way to the papers', async () => {
    // Seen in a screenshot at network idle on a busy machine: the note stood until the page's script replaced it.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const pending: string[] = [];
    await page.route(
      (url) => url.pathname.startsWith('/_astro/') && url.pathname.endsWith('.js'),
      async (route) => {
        pending.push(new URL(route.request().url()).pathname);
        await held;
        await route.continue();
      },
    );
    await page.goto(`${server.origin}/search/`, { waitUntil: 'commit' });
    await expect.poll(() => pending.length).toBeGreaterThan(0);
    // The page as first painted: its stylesheets in, its script still on the way.
    await page.waitForFunction(() => document.querySelector('[data-status]') && [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.sheet));
    const note = page.getByText('Search needs JavaScript');
    await expect(note.count()).resolves.toBe(1);
    await expect(note.isVisible()).resolves.toBe(false);
    release();
    await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(/^Type to search/);

    const noScript = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    try {
      const plain = await noScript.newPage();
      await plain.goto(`${server.origin}/search/`);
      await expect(plain.getByText('Search needs JavaScript').isVisible()).resolves.toBe(true);
      await plain.getByRole('link', { name: 'all papers A–Z', exact: true }).click();
      await plain.waitForURL(`${server.origin}/papers/`);
    } finally {
      await noScript.close();
    }
  });

  test('on a phone (320 and 390 px), with and without JavaScript, every search box shows its whole placeholder', async () => {
    // The header box kept room for its `Ctrl K` hint where the hint is not shown, and read `Search p` at 320 px.
    const cut: string[] = [];
    for (const width of [320, 390]) {
      for (const javaScriptEnabled of [true, false]) {
        const phone = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled, serviceWorkers: 'block' });
        try {
          const p = await phone.newPage();
          for (const address of ['', `papers/${muvera.data.slug}/`, 'search/', 'no-such-page/']) {
            await p.goto(`${server.origin}/${address}`);
            const boxes = await p.locator('input[type="search"]').evaluateAll((inputs: HTMLInputElement[]) =>
              inputs.map((input) => {
                const style = getComputedStyle(input);
                const pen = document.createElement('canvas').getContext('2d')!;
                pen.font = style.font;
                const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                return { id: input.id, placeholder: input.placeholder, needs: Math.ceil(pen.measureText(input.placeholder).width), room };
              }),
            );
            for (const b of boxes) if (b.needs > b.room) cut.push(`${width} px, JavaScript ${javaScriptEnabled ? 'on' : 'off'}, /${address} #${b.id}: “${b.placeholder}” needs ${b.needs} px of ${Math.floor(b.room)}`);
          }
        } finally {
          await phone.close();
        }
      }
    }
    expect(cut).toEqual([]);
  });

  test('types a query in the header and opens a match with the arrow keys and Enter', async () => {
    const names: string[] = [];
    page.on('request', (r) => void (r.url().includes('topic-names.json') && names.push(r.url().slice(server.origin.length))));
    await page.goto(`${server.origin}/`);
    await headerBox().fill('MUVERA');
    const option = page.getByRole('listbox', { name: 'Matching papers' }).getByRole('option').first();
    await expect.poll(() => option.textContent()).toContain(muvera.data.title);
    await expect(option.textContent()).resolves.toContain(muveraTopic);
    // The topic names a hit shows, under the index's version: a browser that kept last build's file (a host's max-age) does not show a new topic as its id.
    const { tag } = JSON.parse(fs.readFileSync(path.join(root.dist, 'search-index/manifest.json'), 'utf8')) as { tag: string };
    expect(names).toEqual([`/topic-names.json?v=${tag}`]);
    await expect(headerBox().getAttribute('aria-expanded')).resolves.toBe('true');
    await headerBox().press('ArrowDown');
    await expect(option.getAttribute('aria-selected')).resolves.toBe('true');
    await expect(headerBox().getAttribute('aria-activedescendant')).resolves.toBe(await option.getAttribute('id'));
    await headerBox().press('Enter');
    await page.waitForURL(`${server.origin}/papers/${muvera.data.slug}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(muvera.data.title);
  });

  test('after the topic names fail to load once, the next search loads them again and shows names, not ids', async () => {
    let asked = 0;
    await page.route(
      (url) => url.pathname === '/topic-names.json',
      (route) => (asked++ === 0 ? route.abort('failed') : route.continue()),
    );
    await page.goto(`${server.origin}/`);
    const option = page.getByRole('listbox', { name: 'Matching papers' }).getByRole('option').first();
    await headerBox().fill('MUVERA');
    await expect.poll(() => option.textContent()).toContain(muvera.data.title);
    // Without the file, the hit names its topics by id.
    await expect(option.locator('.option-topics').textContent()).resolves.toBe(muvera.data.topics.join(' · '));
    await headerBox().fill('');
    await headerBox().fill('MUVERA');
    await expect.poll(() => option.locator('.option-topics').textContent()).toContain(muveraTopic);
    expect(asked).toBe(2);
    // The one failure asked for: the console reports the aborted request.
    expect(errors.splice(0)).toEqual(['console error: Failed to load resource: net::ERR_FAILED']);
  });

  test('searches every part of the index merged, on the main thread as Folio tells Pagefind to: its worker is never loaded, and nothing is logged', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${server.origin}/`);
    await headerBox().fill('MUVERA');
    await expect.poll(() => page.getByRole('listbox', { name: 'Matching papers' }).getByRole('option').first().textContent()).toContain(muvera.data.title);
    // The seeds span two months, the latest a single day, so the archive's index and the latest week's (Monday 9 June 2025, of a Friday) are merged (mergeIndex).
    expect(requests.filter((p) => p.endsWith('/pagefind-entry.json')).sort()).toEqual(['/pagefind-week-2025-06-09/pagefind-entry.json', '/pagefind/pagefind-entry.json']);
    expect(requests.filter((p) => p.endsWith('/pagefind-worker.js'))).toEqual([]);
    expect(errors).toEqual([]);
  });

  test.each([375, 768, 1280])('at %i px the header list of matches fits the screen, on a phone as wide as the header, with no word broken and nothing to scroll sideways', async (width) => {
    const sized = await browser.newContext({ viewport: { width, height: 800 }, serviceWorkers: 'block' });
    try {
      const small = await sized.newPage();
      await small.goto(`${server.origin}/papers/${muvera.data.slug}/`);
      await small.getByRole('search', { name: 'Site' }).getByRole('combobox').pressSequentially('model');
      const listbox = small.getByRole('listbox', { name: 'Matching papers' });
      await listbox.getByRole('option').first().waitFor();
      const layout = await small.evaluate(() => {
        const popup = document.querySelector('.site-search [role="listbox"]')!.closest('.popup')!.getBoundingClientRect();
        const bar = document.querySelector('.site-header .bar')!;
        const padding = Number.parseFloat(getComputedStyle(bar).paddingLeft);
        const row = bar.getBoundingClientRect();
        const broken: string[] = [];
        const walker = document.createTreeWalker(document.querySelector('.site-search .popup')!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          for (const match of node.data.matchAll(/[\p{L}\p{N}]{2,15}/gu)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            if (new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size > 1) broken.push(match[0]);
          }
        }
        return {
          left: popup.left,
          right: popup.right,
          content: { left: row.left + padding, right: row.right - padding },
          viewport: document.documentElement.clientWidth,
          scrollWidth: document.documentElement.scrollWidth,
          broken,
        };
      });
      expect(layout.left).toBeGreaterThanOrEqual(0);
      expect(layout.right).toBeLessThanOrEqual(layout.viewport);
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.viewport);
      expect(layout.broken).toEqual([]);
      // On a phone the header's tools take a row of their own: the list spans it, not just the box.
      if (width <= 760) expect([Math.round(layout.left), Math.round(layout.right)]).toEqual([Math.round(layout.content.left), Math.round(layout.content.right)]);
    } finally {
      await sized.close();
    }
  });

  test('Escape closes the list, then clears the box', async () => {
    await page.goto(`${server.origin}/`);
    await headerBox().fill('diffusion');
    await page.getByRole('listbox', { name: 'Matching papers' }).getByRole('option').first().waitFor();
    await headerBox().press('Escape');
    await expect(headerBox().getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.getByRole('listbox', { name: 'Matching papers' }).isVisible()).resolves.toBe(false);
    await headerBox().press('Escape');
    await expect(headerBox().inputValue()).resolves.toBe('');
  });

  test('Ctrl+K and / put the focus in the search box from anywhere', async () => {
    await page.goto(`${server.origin}/papers/${muvera.data.slug}/`);
    await page.keyboard.press('Control+k');
    await expect(headerBox().evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(headerBox().evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(headerBox().inputValue()).resolves.toBe('');
  });

  test('Enter in the header without choosing a match opens the search page with the query prefilled', async () => {
    await page.goto(`${server.origin}/`);
    await headerBox().fill('diffusion models');
    await headerBox().press('Enter');
    await page.waitForURL(`${server.origin}/search/?q=diffusion+models`);
    await expect(pageBox().inputValue()).resolves.toBe('diffusion models');
    await expect.poll(() => results().count()).toBeGreaterThan(0);
  });

  test('opening a shared /search/?q= link shows the query and its results, with highlighted excerpts and topics', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('multi-vector retrieval')}`);
    await expect(pageBox().inputValue()).resolves.toBe('multi-vector retrieval');
    const first = results().first();
    await expect.poll(() => first.getByRole('link').textContent()).toBe(muvera.data.title);
    await expect(first.locator('mark').count()).resolves.toBeGreaterThan(0);
    await expect(first.getByRole('list', { name: 'Topics' }).getByRole('listitem').count()).resolves.toBe(muvera.data.topics.length);
    await expect(page.locator('[data-status]').textContent()).resolves.toMatch(/papers? match(es)? “multi-vector retrieval”/);
  });

  test('a search link saved before a topic was renamed still filters to that topic (its old id is an alias)', async () => {
    // The shared builds rename `language-models` to `large-language-models`, keeping the old id in `aliases`.
    await page.goto(`${server.origin}/search/?q=language&topic=language-models`);
    await results().first().waitFor();
    const checked = page.getByRole('radio', { checked: true });
    await expect.poll(() => checked.getAttribute('value')).toBe('large-language-models');
    const name = (await page.locator('label', { has: checked }).locator('.name').textContent())!;
    await expect(page.locator('[data-status]').textContent()).resolves.toContain(name);
  });

  test('clicks through from a result to the paper', async () => {
    await page.goto(`${server.origin}/search/?q=MUVERA`);
    await page.getByRole('link', { name: muvera.data.title }).click();
    await page.waitForURL(`${server.origin}/papers/${muvera.data.slug}/`);
  });

  test('filters by topic with counts, keeps the filter in the URL, and the back button undoes it', async () => {
    await page.goto(`${server.origin}/search/?q=diffusion`);
    // Wait for the counts of this query to replace the whole archive's.
    await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(/match “diffusion”/);
    const filter = page.getByRole('group', { name: 'Topic' });
    const all = filter.getByRole('radio', { name: /^All topics \d+$/ });
    await expect.poll(() => all.isChecked()).toBe(true);
    const generative = filter.getByRole('radio', { name: /^Generative and probabilistic models \d+$/ });
    await generative.waitFor();
    const count = Number((await generative.evaluate((el) => el.closest('label')!.textContent))!.match(/(\d+)\s*$/)![1]);
    await generative.check();
    await page.waitForURL(`${server.origin}/search/?q=diffusion&topic=generative-models`);
    await expect.poll(() => results().count()).toBe(Math.min(count, 20));
    for (const item of await results().all()) {
      await expect(item.getByRole('list', { name: 'Topics' }).textContent()).resolves.toContain('Generative and probabilistic models');
    }
    await page.goBack();
    await page.waitForURL(`${server.origin}/search/?q=diffusion`);
    await expect.poll(() => all.isChecked()).toBe(true);
    await expect(pageBox().inputValue()).resolves.toBe('diffusion');
  });

  test('typing on the search page updates the URL; back returns to the previous search', async () => {
    await page.goto(`${server.origin}/search/?q=mamba`);
    await expect.poll(() => results().count()).toBeGreaterThan(0);
    await pageBox().fill('quantization');
    await page.waitForURL(`${server.origin}/search/?q=quantization`);
    await page.goBack();
    await page.waitForURL(`${server.origin}/search/?q=mamba`);
    await expect.poll(() => pageBox().inputValue()).toBe('mamba');
  });

  test('moves through the results with the arrow keys and back to the box with Escape', async () => {
    await page.goto(`${server.origin}/search/?q=mamba`);
    await expect.poll(() => results().count()).toBeGreaterThan(1);
    await pageBox().press('ArrowDown');
    const links = results().getByRole('link');
    await expect(links.nth(0).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(pageBox().evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  });

  test.runIf(withMath)('finds a formula by its TeX source', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('Ax(t)')}`);
    await expect.poll(() => results().first().getByRole('link').textContent()).toBe(withMath!.data.title);
  });

  const fit = entries.find((e) => e.text.includes('$O(n^{2})$'));
  test.runIf(fit)('shows a formula in excerpts as plain text, as the card leads write it, never its TeX, found as written and as read', async () => {
    for (const query of ['O(n^2)', 'O(n²)']) {
      await page.goto(`${server.origin}/`);
      await headerBox().pressSequentially(query);
      const option = page.getByRole('listbox', { name: 'Matching papers' }).getByRole('option').filter({ hasText: fit!.data.title });
      await expect.poll(() => option.locator('.option-excerpt').textContent(), { message: query }).toContain('complexity is O(n²) locally');
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
      await expect.poll(() => results().first().getByRole('link').textContent(), { message: query }).toBe(fit!.data.title);
      const excerpt = results().first().locator('.excerpt');
      await expect(excerpt.textContent(), query).resolves.toContain('complexity is O(n²) locally');
      await expect(excerpt.locator('mark').allTextContents(), query).resolves.toContain('O(n²)');
    }
    // Other formulas' excerpts: no TeX command, brace or `^{` left.
    for (const query of ['mathbb R^d', 'geq 50% sparsity', 'M^2-Encoders']) {
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
      await expect.poll(() => results().count(), { message: query }).toBeGreaterThan(0);
      await expect(results().first().locator('.excerpt').textContent(), query).resolves.not.toMatch(/[\\{}]|\^\{/);
    }
  });

  test('a word no paper has says so in the header and on the page, listing nothing', async () => {
    for (const query of ['xylophone', 'qwerty zzz']) {
      await page.goto(`${server.origin}/`);
      await headerBox().pressSequentially(query);
      await expect.poll(() => page.locator('[data-summary]').textContent()).toBe(`No papers match “${query}”.`);
      await expect(page.getByRole('listbox', { name: 'Matching papers' }).getByRole('option').count()).resolves.toBe(0);
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
      await expect.poll(() => page.locator('[data-status]').textContent()).toBe(`No papers match “${query}”.`);
      await expect(results().count()).resolves.toBe(0);
    }
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('diffusion zzzzz')}`);
    await expect.poll(() => page.locator('[data-status]').textContent()).toBe('No papers match “diffusion zzzzz”: no paper has the word “zzzzz”.');
  });

  test('a query of symbols or emoji only says it has no words to search for, in the header and on the page, also with a topic chosen', async () => {
    const topic = muvera.data.topics[0]!;
    for (const query of ['🚀', '∑', '---']) {
      const message = `No papers match “${query}”: search looks for words and numbers, and it has none.`;
      await page.goto(`${server.origin}/`);
      await headerBox().pressSequentially(query);
      await expect.poll(() => page.locator('[data-summary]').textContent()).toBe(message);
      await expect(page.getByRole('listbox', { name: 'Matching papers' }).getByRole('option').count()).resolves.toBe(0);
      for (const search of [`q=${encodeURIComponent(query)}`, `q=${encodeURIComponent(query)}&topic=${topic}`]) {
        await page.goto(`${server.origin}/search/?${search}`);
        await expect.poll(() => page.locator('[data-status]').textContent()).toBe(message);
        await expect(results().count()).resolves.toBe(0);
      }
    }
  });

  test('a typo offers “did you mean” from the archive’s words, and following it finds papers', async () => {
    await page.goto(`${server.origin}/search/?q=difusion`);
    const suggestion = page.locator('[data-search-page] [data-suggest]').getByRole('link', { name: 'diffusion' });
    await suggestion.waitFor();
    await expect(page.locator('[data-search-page] [data-suggest]').textContent()).resolves.toBe('Did you mean “diffusion”?');
    await suggestion.click();
    await page.waitForURL(`${server.origin}/search/?q=diffusion`);
    await expect.poll(() => results().count()).toBeGreaterThan(0);
    await page.goto(`${server.origin}/`);
    await headerBox().pressSequentially('neurl');
    await expect.poll(() => page.locator('[data-site-search] [data-suggest]').textContent()).toBe('Did you mean “neural”?');
  });

  test('the header and the search page show the same papers in the same order for the same query', async () => {
    const queries = ['state space', 'diffusion', 'MUVERA', 'mamba', 'retrieval augmented', 'quantization', 'speech', 'graph neural', 'token', 'multi-vector retrieval', 'qwerty zzz', 'banana'];
    const mismatches: string[] = [];
    for (const query of queries) {
      await page.goto(`${server.origin}/`);
      await headerBox().pressSequentially(query);
      const summary = page.locator('[data-summary]');
      // Wait for the answer to the whole query (the popup answers each debounced prefix first).
      await expect.poll(async () => (await page.locator('[data-all]').getAttribute('href')) === `/search/?q=${encodeURIComponent(query).replace(/%20/g, '+')}` && ((await summary.textContent()) ?? '') !== '').toBe(true);
      const header = { summary: await summary.textContent(), titles: await page.locator('[role="listbox"] .option-title').allTextContents() };
      const fresh = await context.newPage();
      await fresh.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
      await expect.poll(() => fresh.locator('[data-status]').textContent()).not.toMatch(/^(Searching…|Search needs JavaScript)/);
      const pageTitles = (await fresh.locator('[data-results] h3').allTextContents()).slice(0, header.titles.length);
      await fresh.close();
      if (JSON.stringify(pageTitles) !== JSON.stringify(header.titles)) mismatches.push(`${query}: header ${JSON.stringify(header.titles)} page ${JSON.stringify(pageTitles)}`);
    }
    expect(mismatches).toEqual([]);
  }, 180_000);

  test('“Show more results” shows only when there are more, and goes once all are shown', async () => {
    await page.goto(`${server.origin}/search/?q=MUVERA`);
    await expect.poll(() => results().count()).toBe(1);
    await expect(page.getByRole('button', { name: 'Show more results' }).isVisible()).resolves.toBe(false);
    await page.goto(`${server.origin}/search/?q=diffusion`);
    await expect.poll(() => results().count()).toBe(20);
    const total = Number((await page.locator('[data-status]').textContent())!.match(/^(\d+) papers/)![1]);
    expect(total).toBeGreaterThan(20);
    const more = page.getByRole('button', { name: 'Show more results' });
    while ((await results().count()) < total) {
      const shown = await results().count();
      await expect(more.isVisible()).resolves.toBe(true);
      await more.click();
      await expect.poll(() => results().count()).toBeGreaterThan(shown);
    }
    await expect(more.isVisible()).resolves.toBe(false);
  });

  test('excerpts never open with the title', async () => {
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent('state space')}`);
    await expect.poll(() => results().count()).toBeGreaterThan(5);
    for (const item of await results().all()) {
      const title = (await item.getByRole('heading').textContent())!;
      const excerpt = (await item.locator('.excerpt').textContent())!;
      expect(excerpt.startsWith(title), title).toBe(false);
    }
  });

  test('works under a base path', async () => {
    const folio = await serveStatic(based.dist, based.base);
    try {
      await page.goto(`${folio.origin}${based.base}search/?q=MUVERA`);
      const link = page.getByRole('link', { name: muvera.data.title });
      await link.waitFor();
      await expect(link.getAttribute('href')).resolves.toBe(`${based.base}papers/${muvera.data.slug}/`);
    } finally {
      await folio.close();
    }
  });
});

describe.each(['light', 'dark'] as const)('accessibility of the open search UI in the %s theme (axe-core, WCAG 2.2 A/AA)', (colorScheme) => {
  const axe = async (page: Page) => {
    // Evaluated by the test harness rather than added as an inline <script>, which the page's policy refuses.
    await page.evaluate(axeSource);
    return page.evaluate(async () => {
      const run = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
      const result = await run.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${JSON.stringify(v.nodes[0]?.target)})`);
    });
  };

  test('the header list of matches has 0 violations', async () => {
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}/`);
      await page.keyboard.press('Control+k');
      await page.keyboard.type('state space');
      await page.getByRole('option').first().waitFor();
      await page.keyboard.press('ArrowDown');
      await expect(axe(page)).resolves.toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the search page with results and the topic filter has 0 violations', async () => {
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}/search/?q=diffusion&topic=generative-models`);
      await page.locator('[data-results] li').first().waitFor();
      await expect(axe(page)).resolves.toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('offline', () => {
  let own: StaticServer;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let requests: string[];
  // A server of its own, stopped mid-test: the network really is gone.
  beforeEach(async () => {
    own = await serveStatic(root.dist, root.base);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    requests = [];
    // The context sees the service worker's own fetches too, not only the page's.
    context.on('request', (r) => requests.push(new URL(r.url()).pathname));
    page = await context.newPage();
    errors = collectConsoleProblems(page);
  });
  afterEach(async () => {
    await context.close();
    await own.close().catch(() => undefined);
  });

  const paper = () => `${own.origin}/papers/${muvera.data.slug}/`;
  const cachedPaths = () =>
    page.evaluate(async () => {
      const paths: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
      return paths;
    });
  const workerReady = () => page.evaluate(async () => void (await navigator.serviceWorker.ready));
  const results = () => page.locator('[data-results] li h3 a');

  test('a first visit to an archive whose whole search fits the automatic budget saves all of it at install: a search offline right after finds its papers', async () => {
    await page.goto(paper());
    // `ready` resolves once the worker has installed, which is when it precaches.
    await workerReady();
    await page.waitForLoadState('networkidle');
    const cached = await cachedPaths();
    expect(cached).toEqual(expect.arrayContaining(['/', '/search/', '/404.html', `/papers/${muvera.data.slug}/`, '/pagefind/pagefind.js', '/search-index/manifest.json', '/search-index/suggest.txt']));
    await own.close();

    await page.goto(`${own.origin}/search/?q=${encodeURIComponent('multi-vector retrieval')}`);
    await expect.poll(() => page.locator('[data-status]').textContent(), { timeout: 20_000 }).toMatch(/match/);
    await expect(results().first().textContent()).resolves.toBe(muvera.data.title);
    await page.goto(`${own.origin}/`);
    await page.getByRole('search', { name: 'Site' }).getByRole('combobox').fill('quantization');
    await expect.poll(() => page.getByRole('listbox', { name: 'Matching papers' }).getByRole('option').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  }, 120_000);

  test('a first visit to an archive whose search is over the automatic budget saves the shell, the page read and the fixed search files, and no part of the index', async () => {
    const copy = await deployableCopy();
    try {
      const manifest = path.join(copy.dir, 'sw-manifest.json');
      fs.writeFileSync(manifest, JSON.stringify({ ...JSON.parse(fs.readFileSync(manifest, 'utf8')), autoSave: false }));
      await page.goto(`${copy.site.origin}/papers/${muvera.data.slug}/`);
      await workerReady();
      await page.waitForLoadState('networkidle');
      expect(requests).toContain('/sw-manifest.json');
      expect(requests.filter((p) => /\.pf_(index|fragment)$|\/search-index\/v\//.test(p))).toEqual([]);
      const cached = await cachedPaths();
      expect(cached).toEqual(expect.arrayContaining(['/', '/search/', '/404.html', `/papers/${muvera.data.slug}/`, '/pagefind/pagefind.js', '/search-index/manifest.json', '/search-index/suggest.txt']));
      expect(cached.some((p) => p.endsWith('.pf_meta'))).toBe(true);
      expect(cached.some((p) => p.endsWith('.pagefind'))).toBe(true);
      expect(cached.filter((p) => /\.pf_(index|fragment)$/.test(p))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await copy.remove();
    }
  }, 120_000);

  test('offline, a result whose page was never opened says this paper was not saved for offline reading, with its title and the way back to the search', async () => {
    await page.goto(paper());
    await workerReady();
    await page.waitForLoadState('networkidle');
    await own.close();
    const query = 'quantization';
    await page.goto(`${own.origin}/search/?q=${query}`);
    await expect.poll(() => results().count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const link = results().filter({ hasNotText: muvera.data.title }).first();
    const title = (await link.textContent())!;
    await link.click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 20_000 }).toBe('This paper was not saved for offline reading');
    await expect(page.getByRole('main').textContent()).resolves.toContain(title);
    await page.getByRole('link', { name: 'Back to your search' }).click();
    await expect.poll(() => results().count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(new URL(page.url()).search).toBe(`?q=${query}`);
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  }, 120_000);

  test('after “Save search for offline use”, new searches, did-you-mean and visited pages work with the network gone', async () => {
    await page.goto(paper());
    await workerReady();
    await page.goto(`${own.origin}/search/`);
    await page.getByRole('button', { name: 'Save search for offline use' }).click();
    await page.locator('html[data-offline-search="ready"]').waitFor({ state: 'attached', timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'Search is saved on this device' }).isDisabled()).resolves.toBe(true);
    const cached = await cachedPaths();
    expect(cached.filter((p) => p.endsWith('.pf_index')).length).toBeGreaterThan(0);
    await own.close();

    await page.goto(`${own.origin}/search/?q=${encodeURIComponent('multi-vector retrieval')}`);
    await expect.poll(() => results().first().textContent(), { timeout: 20_000 }).toBe(muvera.data.title);

    await page.goto(`${own.origin}/search/?q=difusion`);
    await expect.poll(() => page.locator('[data-search-page] [data-suggest]').textContent(), { timeout: 20_000 }).toBe('Did you mean “diffusion”?');

    await page.goto(`${own.origin}/`);
    await page.getByRole('search', { name: 'Site' }).getByRole('combobox').fill('quantization');
    await expect.poll(() => page.getByRole('listbox', { name: 'Matching papers' }).getByRole('option').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    // The topic names hits show come from one shared file, saved for offline use with the shell.
    await page.getByRole('search', { name: 'Site' }).getByRole('combobox').fill('MUVERA');
    await expect.poll(() => page.getByRole('listbox', { name: 'Matching papers' }).getByRole('option').first().textContent(), { timeout: 20_000 }).toContain(muveraTopic);

    await page.goto(paper());
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(muvera.data.title);
    expect(errors).toEqual([]);
  }, 120_000);

  /**
   * A copy of the built site, served (as `options` says a host serves it),
   * for a test that deploys the next day's build over it: `deploy(from, to)`
   * gives the files a new build changes under a fixed name (the worker, the
   * vocabulary manifest) a new index version, so a new worker and cache come.
   */
  async function deployableCopy(options?: Parameters<typeof serveStatic>[2]) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-redeploy-'));
    fs.cpSync(root.dist, dir, { recursive: true });
    const site = await serveStatic(dir, root.base, options);
    const { tag } = JSON.parse(fs.readFileSync(path.join(dir, 'search-index/manifest.json'), 'utf8')) as { tag: string };
    return {
      dir,
      site,
      tag,
      deploy(from: string, to: string) {
        for (const file of ['sw.js', 'search-index/manifest.json']) {
          const at = path.join(dir, file);
          fs.writeFileSync(at, fs.readFileSync(at, 'utf8').replaceAll(from, to));
        }
      },
      async remove() {
        await site.close().catch(() => undefined);
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }

  /** A reader's visit to `origin` that installs the worker and presses "Save search for offline use". */
  async function saveSearchAt(origin: string) {
    await page.goto(`${origin}/papers/${muvera.data.slug}/`);
    await workerReady();
    await page.goto(`${origin}/search/`);
    await page.getByRole('button', { name: 'Save search for offline use' }).click();
    await page.locator('html[data-offline-search="ready"]').waitFor({ state: 'attached', timeout: 30_000 });
  }

  const cacheNames = () => page.evaluate(async () => await caches.keys());

  test('a search saved for offline use stays saved when the site is rebuilt: the next worker saves the new index before it takes over', async () => {
    const copy = await deployableCopy();
    try {
      await saveSearchAt(copy.site.origin);
      // The next day's build: a new index version, so a new worker and cache (the files here stay the same).
      copy.deploy(copy.tag, `${copy.tag}-next`);
      await page.goto(`${copy.site.origin}/`);
      await expect.poll(cacheNames, { timeout: 30_000 }).toEqual([`folio-${copy.tag}-next`]);
      await copy.site.close();

      await page.goto(`${copy.site.origin}/search/?q=${encodeURIComponent('multi-vector retrieval')}`);
      await expect.poll(() => results().first().textContent(), { timeout: 20_000 }).toBe(muvera.data.title);
    } finally {
      await copy.remove();
    }
  }, 120_000);

  test('a search saved for offline use stays asked for when one file fails to save: the worker after the next deploy saves it again', async () => {
    const copy = await deployableCopy();
    try {
      await saveSearchAt(copy.site.origin);
      const { tag } = copy;
      const indexFiles = () => page.evaluate(async () => (await (await caches.open((await caches.keys())[0]!)).keys()).filter((r) => r.url.endsWith('.pf_index')).length);
      // A deploy during which one file of the search cannot be fetched (a host's error, the network gone for a moment).
      const suggest = path.join(copy.dir, 'search-index/suggest.txt');
      const words = fs.readFileSync(suggest);
      fs.rmSync(suggest);
      copy.deploy(tag, `${tag}-next`);
      await page.goto(`${copy.site.origin}/`);
      await expect.poll(cacheNames, { timeout: 30_000 }).toEqual([`folio-${tag}-next`]);
      // The deploy after it, with every file there: the reader's search is saved again.
      fs.writeFileSync(suggest, words);
      copy.deploy(`${tag}-next`, `${tag}-again`);
      await page.goto(`${copy.site.origin}/`);
      await expect.poll(cacheNames, { timeout: 30_000 }).toEqual([`folio-${tag}-again`]);
      expect(await indexFiles()).toBeGreaterThan(0);
    } finally {
      await copy.remove();
    }
  }, 120_000);

  test('on a host whose files may be cached (max-age), the next worker saves the new build’s files under fixed names, not the copies the browser kept', async () => {
    // As GitHub Pages serves: every file may be kept ten minutes by the browser.
    const copy = await deployableCopy({ maxAge: 600 });
    try {
      await page.goto(`${copy.site.origin}/papers/${muvera.data.slug}/`);
      await workerReady();
      await page.goto(`${copy.site.origin}/search/?q=MUVERA`);
      await page.locator('html[data-offline-search="ready"]').waitFor({ state: 'attached', timeout: 30_000 });

      // The next day's build, deployed within the ten minutes: a new index version, and a new vocabulary manifest under the same name.
      copy.deploy(copy.tag, `${copy.tag}-next`);
      await page.goto(`${copy.site.origin}/`);
      await expect.poll(cacheNames, { timeout: 30_000 }).toEqual([`folio-${copy.tag}-next`]);
      const saved = await page.evaluate(async (url) => {
        const response = await (await caches.open((await caches.keys())[0]!)).match(url);
        return response ? ((await response.json()) as { tag: string }).tag : undefined;
      }, `${copy.site.origin}/search-index/manifest.json`);
      expect(saved).toBe(`${copy.tag}-next`);
    } finally {
      await copy.remove();
    }
  }, 120_000);

  test('offline, a word whose part of the index is not saved says the search needs the network, never “no match”', async () => {
    await page.goto(paper());
    await workerReady();
    await page.goto(`${own.origin}/search/?q=MUVERA`);
    await page.locator('html[data-offline-search="ready"]').waitFor({ state: 'attached', timeout: 30_000 });
    // As on a large archive, where only what a reader used is saved: drop the vocabulary shards and index chunks.
    await page.evaluate(async () => {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        const index = (await cache.keys()).filter((r) => /\.pf_index$|\/search-index\/v\//.test(r.url));
        await Promise.all(index.map((r) => cache.delete(r)));
      }
    });
    await own.close();
    await page.goto(`${own.origin}/search/?q=quantization`);
    await expect.poll(() => page.locator('[data-status]').textContent(), { timeout: 20_000 }).toBe('This search needs the network: the part of the index for “quantization” is not saved on this device.');
    // The browser logs each file it could not fetch, and Pagefind each index chunk; nothing else may go wrong.
    expect(errors.filter((e) => !/Failed to load resource|Failed to load the index chunk/.test(e))).toEqual([]);
  }, 120_000);

  test('offline, results whose page data is not saved are left out and the reader is told how many', async () => {
    await page.goto(paper());
    await workerReady();
    await page.getByRole('search', { name: 'Site' }).getByRole('combobox').fill('MUVERA');
    // A first search saves a small archive's whole search by itself (it fits the automatic budget).
    await page.locator('html[data-offline-search="ready"]').waitFor({ state: 'attached', timeout: 30_000 });
    // As on a large archive, where fragments are saved only as results are shown: drop every other one.
    await page.evaluate(async () => {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        const fragments = (await cache.keys()).filter((r) => r.url.endsWith('.pf_fragment'));
        await Promise.all(fragments.filter((_, i) => i % 2 === 0).map((r) => cache.delete(r)));
      }
    });
    await own.close();

    await page.goto(`${own.origin}/search/?q=diffusion`);
    const status = page.locator('[data-status]');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/papers match “diffusion”\. \d+ of them are not saved on this device for offline reading/);
    await expect(results().count()).resolves.toBeGreaterThan(0);
    // The browser logs each file it could not fetch; nothing else may go wrong.
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  }, 120_000);
});

describe('known items and excerpts on look-alike papers (tests/fixtures/search)', () => {
  let fixtures: StaticServer;
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    fixtures = await serveStatic(searchFixtures.dist, searchFixtures.base);
  });
  afterAll(async () => {
    await fixtures?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    page = await context.newPage();
  });
  afterEach(async () => {
    await context.close();
  });

  test.each([
    ['C++ Models for Systems Code', 'C++ Models for Systems Code'],
    ['C# Models for Systems Code', 'C# Models for Systems Code'],
    ['"Quoted"', '"Quoted": Short Names in Titles'],
    ["x'(t)", "Learning x'(t) = Ax(t) from Data"],
  ])('“%s” puts %s first, in the header and on the search page', async (query, expected) => {
    await page.goto(`${fixtures.origin}/`);
    await page.getByRole('search', { name: 'Site' }).getByRole('combobox').pressSequentially(query);
    await expect.poll(() => page.locator('[role="listbox"] .option-title').first().textContent()).toBe(expected);
    await page.goto(`${fixtures.origin}/search/?q=${encodeURIComponent(query)}`);
    await expect.poll(() => page.locator('[data-results] h3').first().textContent()).toBe(expected);
  });

  test('a paper written with ligatures and fullwidth letters is found by plain words, and shows its characters as written, matched words marked', async () => {
    const title = 'Eﬃcient ﬁne-tuning of ＬＬＭ Judges for Tide Reports';
    await page.goto(`${fixtures.origin}/`);
    await page.getByRole('search', { name: 'Site' }).getByRole('combobox').pressSequentially('efficient fine-tuning');
    await expect.poll(() => page.locator('[role="listbox"] .option-title').first().textContent()).toBe(title);
    await page.goto(`${fixtures.origin}/search/?q=${encodeURIComponent('fine-tuning llm')}`);
    const hit = page.locator('[data-results] li').filter({ has: page.getByRole('heading', { name: title }) });
    await expect.poll(() => hit.locator('.excerpt').textContent()).toContain('with ﬁne-tuning on 300 graded reports');
    await expect(hit.locator('.excerpt mark').allTextContents()).resolves.toEqual(['ＬＬＭ', 'ﬁne-tuning']);
    await page.goto(`${fixtures.origin}/search/?q=R2`);
    await expect.poll(() => page.locator('[data-results] .excerpt').first().textContent()).toContain('lie in ℝ² and');
    await expect(page.locator('[data-results] .excerpt mark').allTextContents()).resolves.toEqual(['ℝ²']);
    await page.goto(`${fixtures.origin}/search/?q=${encodeURIComponent('ＬＬＭ')}`);
    await expect.poll(() => page.locator('[data-results] h3').allTextContents()).toContain('Sparse Fine-Tuning of LLM Graders for Kelp Surveys');
  });

  test('an abstract holding the characters `&lt;b&gt;` shows them in the excerpt, not a bold tag', async () => {
    await page.goto(`${fixtures.origin}/search/?q=markup`);
    const excerpt = page.locator('[data-results] .excerpt').first();
    await expect.poll(() => excerpt.textContent()).toContain('&lt;b&gt;bold&lt;/b&gt;');
    await expect(page.locator('[data-results] b').count()).resolves.toBe(0);
    await expect(excerpt.locator('mark').first().textContent()).resolves.toBe('markup');
  });
});
