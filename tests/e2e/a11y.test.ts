import { createRequire } from 'node:module';
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { readEntries } from '../support/site.ts';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const { content, root, edgeCases } = inject('builds');
const entries = readEntries(content);
const withMath = entries.find((e) => e.text.includes('$'))!;
const firstListing = entries[0]!.data.listings[0]!.listing;
const bigTopic = [...new Set(entries.flatMap((e) => e.data.topics))].find((id) => entries.filter((e) => e.data.topics.includes(id)).length >= 100)!;

const pages = {
  home: '',
  'a paper with math': `papers/${withMath.data.slug}/`,
  'a topic': `topics/${entries[0]!.data.topics[0]}/`,
  'a listing': `listings/${firstListing}/`,
  'a day': 'listings/2025-03-17/',
  'a listing whose day is not known': 'listings/002-679632857d56aeca/',
  'the listings index and its calendar': 'listings/',
  'the topics index': 'topics/',
  'page 2 of a topic': `topics/${bigTopic}/2/`,
  'the A–Z index': 'papers/',
  'the 404 page': 'no-such-page/',
  'a paper listed twice, in two listings with one date': `papers/${edgeCases.listedTwice}/`,
  'a paper with oversized and broken formulas': `papers/${edgeCases.formulaErrors}/`,
};

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await serveStatic(root.dist, root.base);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Pages whose layout changes on a phone in ways of their own (the calendar scrolls sideways there), checked at 375 px too. */
const phonePages = {
  'the listings index and its calendar': 'listings/',
  'a paper with math': `papers/${withMath.data.slug}/`,
};

describe.each(['light', 'dark'] as const)('accessibility in the %s theme (axe-core, WCAG 2.2 A/AA)', (colorScheme) => {
  test.each([
    ...Object.entries(pages).map(([name, path]) => [name, path, 1280] as const),
    ...Object.entries(phonePages).map(([name, path]) => [`${name}, at 375 px`, path, 375] as const),
  ])('%s has 0 violations', async (_, path, width) => {
    const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}/${path}`);
      // Evaluated by the test harness rather than added as an inline <script>, which the page's policy refuses.
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
        const result = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
          // A best practice rather than a WCAG rule: two landmarks of one kind need different labels.
          rules: { 'landmark-unique': { enabled: true } },
        });
        return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${JSON.stringify(v.nodes[0]?.target)})`);
      });
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
