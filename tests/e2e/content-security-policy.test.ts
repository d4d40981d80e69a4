import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { collectConsoleProblems } from '../support/console-problems.ts';
import { readEntries } from '../support/site.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const { content, root, renamed, edgeCases } = inject('builds');
const entries = readEntries(content);
const withMath = entries.find((e) => e.text.includes("x'(t)"))!;
const firstListing = entries[0]!.data.listings[0]!.listing;

/** One page of every kind the site builds, and what a reader does there that runs a script. */
const pages: Record<string, { path: string; act?: (page: Page) => Promise<void> }> = {
  home: { path: '', act: (page) => searchInHeader(page, 'state space') },
  'a paper with math': { path: `papers/${withMath.data.slug}/`, act: toggleThemeAndCopy },
  'a paper with oversized and broken formulas': { path: `papers/${edgeCases.formulaErrors}/` },
  'a paper listed twice': { path: `papers/${edgeCases.listedTwice}/` },
  'an old URL redirecting to the current one': { path: `papers/${renamed.from}/` },
  'the A–Z index': { path: 'papers/' },
  'the topics index': { path: 'topics/' },
  'a topic': { path: `topics/${entries[0]!.data.topics[0]}/` },
  'the listings index': { path: 'listings/' },
  'a listing': { path: `listings/${firstListing}/` },
  'the search page with a query and a topic': { path: 'search/?q=diffusion&topic=generative-models', act: (page) => page.locator('[data-results] li h3 a').first().waitFor() },
  'the 404 page': { path: 'no-such-page/' },
};

async function searchInHeader(page: Page, query: string): Promise<void> {
  await page.getByRole('search', { name: 'Site' }).getByRole('combobox').fill(query);
  await page.getByRole('listbox', { name: 'Matching papers' }).getByRole('option').first().waitFor();
}

async function toggleThemeAndCopy(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Copied');
}

/** Records every CSP violation a page reports, across navigations; read with `violations(page)`. */
async function watchViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} refused ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`), true);
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);

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

describe('every page under its Content-Security-Policy', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await watchViolations(context);
    page = await context.newPage();
    errors = collectConsoleProblems(page);
  });
  afterEach(async () => {
    await context.close();
  });

  test.each(Object.entries(pages))('%s runs its scripts with no violation', async (_, { path, act }) => {
    await page.goto(`${server.origin}/${path}`);
    await page.waitForLoadState('networkidle');
    // Scripts ran: the theme script (a file of the site) marks the page, then the reader's action works.
    await expect(page.evaluate(() => document.documentElement.classList.contains('js'))).resolves.toBe(true);
    await act?.(page);
    expect(await violations(page)).toEqual([]);
    // The 404 page is served with status 404, which the browser logs.
    const expected = (e: string) => path === 'no-such-page/' && /status of 404/.test(e);
    expect(errors.filter((e) => !expected(e))).toEqual([]);
  });

  test('an inline script that is not one of Folio’s own is refused, and the refusal reported', async () => {
    await page.goto(`${server.origin}/papers/${withMath.data.slug}/`);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.injected = "yes"';
      document.head.append(script);
      return document.documentElement.dataset.injected ?? 'no';
    });
    expect(ran).toBe('no');
    await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src-elem refused inline/)]);
  });
});

describe('search and offline reading under the policy', () => {
  test('the service worker installs, saves the search index when a search starts, and search works offline', async () => {
    const own = await serveStatic(root.dist, root.base);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      await watchViolations(context);
      const page = await context.newPage();
      const errors = collectConsoleProblems(page);
      await page.goto(`${own.origin}/papers/${withMath.data.slug}/`);
      await page.evaluate(async () => void (await navigator.serviceWorker.ready));
      await searchInHeader(page, 'state space');
      await page.locator('html[data-offline-search="ready"]').waitFor({ state: 'attached', timeout: 30_000 });
      expect(await violations(page)).toEqual([]);
      await own.close();

      await page.goto(`${own.origin}/search/?q=${encodeURIComponent('state space')}`);
      await page.locator('[data-results] li h3 a').first().waitFor({ timeout: 20_000 });
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await own.close().catch(() => undefined);
    }
  }, 120_000);
});
