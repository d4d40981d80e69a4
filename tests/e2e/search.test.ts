import { createRequire } from 'node:module';
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { collectConsoleErrors } from '../support/console-errors.ts';
import { readEntries } from '../support/site.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const { content, root, based } = inject('builds');
const entries = readEntries(content);
const muvera = entries.find((e) => e.data.title.startsWith('MUVERA:'))!;
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
    errors = collectConsoleErrors(page);
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

  test('types a query in the header and opens a match with the arrow keys and Enter', async () => {
    await page.goto(`${server.origin}/`);
    await headerBox().fill('MUVERA');
    const option = page.getByRole('listbox', { name: 'Matching papers' }).getByRole('option').first();
    await expect.poll(() => option.textContent()).toContain(muvera.data.title);
    await expect(headerBox().getAttribute('aria-expanded')).resolves.toBe('true');
    await headerBox().press('ArrowDown');
    await expect(option.getAttribute('aria-selected')).resolves.toBe('true');
    await expect(headerBox().getAttribute('aria-activedescendant')).resolves.toBe(await option.getAttribute('id'));
    await headerBox().press('Enter');
    await page.waitForURL(`${server.origin}/papers/${muvera.data.slug}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(muvera.data.title);
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
    errors = collectConsoleErrors(page);
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

  test('a first visit without searching saves the shell and the page read, and fetches nothing of search', async () => {
    await page.goto(paper());
    // `ready` resolves once the worker has installed, which is when it precaches.
    await workerReady();
    await page.waitForLoadState('networkidle');
    expect(requests).toContain('/sw-manifest.json');
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    const cached = await cachedPaths();
    expect(cached).toEqual(expect.arrayContaining(['/', '/search/', '/404.html', `/papers/${muvera.data.slug}/`]));
    expect(cached.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('after one search, new searches and visited pages work with the network gone', async () => {
    await page.goto(paper());
    await workerReady();
    // Starting to search asks the worker to save the index; it says when it is done.
    await page.getByRole('search', { name: 'Site' }).getByRole('combobox').fill('MUVERA');
    await page.locator('html[data-offline-search="ready"]').waitFor({ state: 'attached', timeout: 30_000 });
    const cached = await cachedPaths();
    expect(cached.filter((p) => p.endsWith('.pf_index')).length).toBeGreaterThan(0);
    await own.close();

    await page.goto(`${own.origin}/search/?q=${encodeURIComponent('multi-vector retrieval')}`);
    await expect.poll(() => results().first().textContent(), { timeout: 20_000 }).toBe(muvera.data.title);

    await page.goto(`${own.origin}/`);
    await page.getByRole('search', { name: 'Site' }).getByRole('combobox').fill('quantization');
    await expect.poll(() => page.getByRole('listbox', { name: 'Matching papers' }).getByRole('option').count(), { timeout: 20_000 }).toBeGreaterThan(0);

    await page.goto(paper());
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(muvera.data.title);
    expect(errors).toEqual([]);
  }, 120_000);

  test('offline, results whose page data is not saved are left out and the reader is told how many', async () => {
    await page.goto(paper());
    await workerReady();
    await page.getByRole('search', { name: 'Site' }).getByRole('combobox').fill('MUVERA');
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
