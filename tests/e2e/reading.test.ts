import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readEntries } from '../support/site.ts';

const { content, based } = inject('builds');
const entries = readEntries(content);
const entry = entries.find((e) => e.data.listings.some((l) => l.position > 1))!;
const base = based.base;
const taxonomy = parseYaml(fs.readFileSync(path.join(content, 'topics.yaml'), 'utf8')) as { topics: Array<{ id: string; name: string }> };
const topicName = taxonomy.topics.find((t) => t.id === entry.data.topics[0])!.name;

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  // The base-path build: the reader's journey must work on a project site too.
  server = await serveStatic(based.dist, base);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ colorScheme: 'light' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  page = await context.newPage();
});
afterEach(async () => {
  await context?.close();
});

describe('a reader landing on a paper from a shared link', () => {
  test('sees the title as the main heading and can go to its topics', async () => {
    await page.goto(`${server.origin}${base}papers/${entry.data.slug}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(entry.data.title);
    await page.getByRole('main').getByRole('link', { name: topicName, exact: true }).first().click();
    await page.waitForURL(`${server.origin}${base}topics/${entry.data.topics[0]}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(topicName);
  });

  test('can step to the previous paper in the listing', async () => {
    await page.goto(`${server.origin}${base}papers/${entry.data.slug}/`);
    const previous = page.locator('a[rel="prev"]').first();
    const title = await previous.textContent();
    await previous.click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
  });

  test('copies the permanent link with the copy button', async () => {
    await page.goto(`${server.origin}${base}papers/${entry.data.slug}/`);
    // Playwright's click waits for the button to be enabled, which its script does once it listens.
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Copied');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${based.site}${base}papers/${entry.data.slug}/`);
  });

  test('copies the BibTeX citation shown on the page with its copy button', async () => {
    await page.goto(`${server.origin}${base}papers/${entry.data.slug}/`);
    await page.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect.poll(() => page.getByRole('status').nth(1).textContent()).toBe('Copied');
    const shown = await page.locator('.bibtex').textContent();
    expect(shown).toContain(`@misc{${entry.data.slug},`);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(shown);
  });

  test('switches to the dark theme and finds it remembered on the next page', async () => {
    await page.goto(`${server.origin}${base}`);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Topics' }).click();
    await page.waitForURL(`${server.origin}${base}topics/`);
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(20, 22, 26)');
  });

  test('following an alias lands on the current page', async () => {
    // The global setup renamed one paper by hand, keeping its old slug as an alias.
    const { from, to } = inject('builds').renamed;
    expect(entries.find((e) => e.data.slug === to)?.data.aliases).toEqual([from]);
    await page.goto(`${server.origin}${base}papers/${from}/`);
    await page.waitForURL(`${server.origin}${base}papers/${to}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(entries.find((e) => e.data.slug === to)!.data.title);
  });
});

describe('pages without layout shift or foreign hosts', () => {
  test('a paper page loads nothing from other hosts', async () => {
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    const withMath = entries.find((e) => e.text.includes('$'))!;
    await page.goto(`${server.origin}${base}papers/${withMath.data.slug}/`, { waitUntil: 'networkidle' });
    expect(foreign).toEqual([]);
  });
});
