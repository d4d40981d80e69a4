import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { readEntries } from '../support/site.ts';

const { content, based } = inject('builds');
const entry = readEntries(content)[0]!;
const base = based.base;

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await serveStatic(based.dist, base);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** WCAG relative luminance of a computed `rgb(r, g, b)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((c) => {
    const s = Number(c) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast of a text colour on white paper: a printer prints no page background by default. */
const onPaper = (rgb: string) => 1.05 / (luminance(rgb) + 0.05);

/** A paper page as a printer gets it, with the dark theme on screen: the system's, or chosen with the toggle. */
async function printed(theme: 'system' | 'chosen'): Promise<Page> {
  const context = await browser.newContext({ colorScheme: theme === 'system' ? 'dark' : 'light' });
  if (theme === 'chosen') await context.addInitScript(() => localStorage.setItem('folio-theme', 'dark'));
  const page = await context.newPage();
  await page.goto(`${server.origin}${base}papers/${entry.data.slug}/`);
  await page.emulateMedia({ media: 'print' });
  return page;
}

describe('a reader printing a paper page with the dark theme on screen', () => {
  for (const theme of ['system', 'chosen'] as const) {
    test(`gets dark text for white paper (dark theme ${theme === 'system' ? 'of the system' : 'chosen on the site'})`, async () => {
      const page = await printed(theme);
      const colours = await page.evaluate(() => [document.querySelector('h1')!, document.querySelector('main p')!, document.getElementById('permalink')!].map((e) => getComputedStyle(e).color));
      expect(colours.map((c) => onPaper(c) >= 7)).toEqual([true, true, true]);
      await page.context().close();
    });
  }

  test('gets the paper and its permanent link, without the site\'s controls: no search, theme toggle, navigation or copy buttons', async () => {
    const page = await printed('system');
    const shown = async (locator: ReturnType<Page['locator']>) => (await locator.all()).length > 0 && (await locator.first().isVisible());
    expect({
      title: await shown(page.getByRole('heading', { level: 1 })),
      permalink: await shown(page.locator('#permalink')),
      search: await shown(page.getByRole('search')),
      nav: await shown(page.getByRole('navigation', { name: 'Main' })),
      toggle: await shown(page.locator('.site-header button')),
      copy: await shown(page.getByRole('button', { name: 'Copy link' })),
    }).toEqual({ title: true, permalink: true, search: false, nav: false, toggle: false, copy: false });
    await page.context().close();
  });
});
