import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { followCutPaperLink } from '../support/missing-paper-page.ts';
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

  test('copies the permanent link, on the address the site was built for (FOLIO_SITE), with the copy button', async () => {
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
    // Unpressed, the toggle looks like the header's other buttons; pressed (the page dark), it looks pressed: its label names the theme either way.
    const looks = () => page.evaluate(() => {
      const style = (el: Element | null) => (el ? `${getComputedStyle(el).backgroundColor} ${getComputedStyle(el).borderColor}` : '');
      return { toggle: style(document.querySelector('[data-theme-toggle]')), search: style(document.querySelector('header form button')) };
    });
    const before = await looks();
    expect(before.toggle).toBe(before.search);
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    // Away from the button, so that its hover style is not what is compared.
    await page.mouse.move(0, 0);
    const after = await looks();
    expect(after.toggle).not.toBe(after.search);
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

describe('a reader following a paper link cut short in a note', () => {
  test('lands on the 404 page with the title\'s words the link holds in its search box, and finds the paper first', async () => {
    const long = entries.find((e) => e.data.slug.split('-').length >= 6)!;
    await followCutPaperLink(page, server.origin, base, long.data.slug, 4);
  });
});

describe('a reader without JavaScript', () => {
  test('sees no empty room where the controls only a script runs would be (copy buttons, the theme toggle, the search page’s topic filter)', async () => {
    const plain = await browser.newContext({ viewport: { width: 390, height: 800 }, javaScriptEnabled: false });
    const gaps: string[] = [];
    try {
      const p = await plain.newPage();
      for (const address of ['', `papers/${entry.data.slug}/`, 'search/?q=model', 'listings/', `topics/${entry.data.topics[0]}/`, 'no-such-page/']) {
        await p.goto(`${server.origin}${base}${address}`);
        // An element laid out but not shown (`visibility: hidden`), outermost only: room the reader sees as a gap.
        const hidden = await p.evaluate(() =>
          [...document.body.querySelectorAll('*')]
            .filter((el) => getComputedStyle(el).visibility === 'hidden' && (!el.parentElement || getComputedStyle(el.parentElement).visibility !== 'hidden'))
            .filter((el) => !el.closest('.visually-hidden, .skip-link'))
            .map((el) => ({ el: `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`, box: el.getBoundingClientRect() }))
            .filter(({ box }) => box.width * box.height > 0)
            .map(({ el, box }) => `${el} ${Math.round(box.width)}×${Math.round(box.height)}`),
        );
        gaps.push(...hidden.map((h) => `/${address}: ${h}`));
        // The search page's topic filter does nothing without a script: the page says search needs JavaScript, and nothing stands before that.
        if (address.startsWith('search/') && (await p.locator('[data-topics]').isVisible())) gaps.push(`/${address}: the topic filter, which needs the script, stands before the note that search needs JavaScript`);
      }
    } finally {
      await plain.close();
    }
    expect(gaps).toEqual([]);
  });
});

describe('a reader who cuts the page number off the A–Z index', () => {
  test('lands on the first page of the list, never on the 404 page: papers/a-z/ is a page of its own, so it names no paper to search for', async () => {
    for (const address of [`${base}papers/a-z/`, `${base}papers/a-z/1/`]) {
      const response = await page.goto(`${server.origin}${address}`);
      expect(response?.status(), address).toBe(200);
      await page.waitForURL(`${server.origin}${base}papers/`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.not.toBe('There is no page at this address');
    }
  });
});

describe('a reader copying from an abstract', () => {
  const fit = entries.find((e) => e.text.includes('$O(n^{2})$'));

  /** Selects from `from` in the text before the abstract's first formula (or, with `inFormula`, from inside its drawn glyphs) to `to` after it, copies with the keyboard, and returns the clipboard's text. */
  async function copyAround(from: string, to: string, inFormula = false): Promise<string> {
    await page.evaluate(
      ([from, to, inFormula]) => {
        const math = document.querySelector('.abstract .katex')!;
        const before = math.previousSibling as Text;
        const after = math.nextSibling as Text;
        const range = document.createRange();
        if (inFormula) range.setStart(math.querySelector('.katex-html .mord')!.firstChild!, 0);
        else range.setStart(before, before.data.lastIndexOf(from as string));
        range.setEnd(after, after.data.indexOf(to as string) + (to as string).length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      },
      [from, to, inFormula] as const,
    );
    await page.keyboard.press('ControlOrMeta+C');
    return page.evaluate(() => navigator.clipboard.readText());
  }

  test.runIf(fit)('copies a formula once, as the plain text its card and the search show, which the search finds', async () => {
    await page.goto(`${server.origin}${base}papers/${fit!.data.slug}/`);
    const copied = await copyAround('complexity is', 'locally');
    expect(copied).toBe('complexity is O(n²) locally');
    // A selection that starts inside the drawn formula takes it whole.
    await expect(copyAround('', 'locally', true)).resolves.toBe('O(n²) locally');
    await page.goto(`${server.origin}${base}search/?q=${encodeURIComponent(copied)}`);
    const first = page.getByRole('region', { name: 'Results' }).getByRole('listitem').filter({ has: page.getByRole('heading') }).first();
    await expect.poll(() => first.getByRole('link').first().textContent()).toBe(fit!.data.title);
  });
});

describe('a site built without FOLIO_SITE (for http://localhost:4321), served from another address', () => {
  // The search fixtures are built as the README's quick start builds: no FOLIO_SITE.
  const fixtures = inject('builds').searchFixtures;
  const slug = readEntries(fixtures.content)[0]!.data.slug;
  let elsewhere: StaticServer;
  beforeAll(async () => {
    elsewhere = await serveStatic(fixtures.dist, fixtures.base);
  });
  afterAll(async () => {
    await elsewhere?.close();
  });

  test('a paper page shows, links and copies its permanent link and BibTeX on the address serving it; its canonical URL stays the built one', async () => {
    expect(fixtures.site).toBe('http://localhost:4321');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: elsewhere.origin });
    await page.goto(`${elsewhere.origin}/papers/${slug}/`);
    const served = `${elsewhere.origin}/papers/${slug}/`;
    const side = page.getByRole('complementary', { name: 'About this page' });
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Copied');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(served);
    await expect(side.getByRole('link', { name: served, exact: true }).getAttribute('href')).resolves.toBe(served);
    await page.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect.poll(() => page.getByRole('status').nth(1).textContent()).toBe('Copied');
    const bibtex = await page.evaluate(() => navigator.clipboard.readText());
    expect(bibtex).toContain(`\\url{${served}}`);
    expect(bibtex).toBe(await page.locator('.bibtex').textContent());
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(`${fixtures.site}/papers/${slug}/`);
  });
});

describe('the calendar of the listings', () => {
  /** WCAG's relative luminance of a computed colour, `rgb(r, g, b)`. */
  const luminance = (color: string) => {
    const [r, g, b] = /rgb\((\d+), (\d+), (\d+)\)/.exec(color)!.slice(1).map((c) => Number(c) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => (Math.max(luminance(a), luminance(b)) + 0.05) / (Math.min(luminance(a), luminance(b)) + 0.05);

  test.each(['light', 'dark'] as const)('in the %s theme its caption says what the colours show: the more papers, the further a square from an empty day, as its key shows in the squares’ own colours', async (colorScheme) => {
    const themed = await browser.newContext({ colorScheme });
    try {
      const shown = await themed.newPage();
      await shown.goto(`${server.origin}${base}listings/`);
      // The themes run the scale opposite ways (dark squares on light, light on dark): no lightness word holds in both.
      await expect(shown.locator('.calendar figcaption').textContent()).resolves.not.toMatch(/darker|lighter/i);
      const key = shown.locator('.calendar .key');
      await expect(key.textContent()).resolves.toMatch(/^\s*Fewer\s+More\s*$/);
      // The key's squares: an empty day, then levels 1 to 4; each further from an empty day than the last.
      const swatches = await key.locator('rect').evaluateAll((rects) => rects.map((r) => getComputedStyle(r).fill));
      expect(swatches).toHaveLength(5);
      for (let n = 2; n <= 4; n++) expect(contrast(swatches[n]!, swatches[0]!), `level ${n}`).toBeGreaterThan(contrast(swatches[n - 1]!, swatches[0]!));
      // ... in the colours the calendar's own squares have (the seeds' days are all of the busiest level).
      const fills = (selector: string) => shown.locator(`.calendar .map ${selector}`).evaluateAll((rects) => [...new Set(rects.map((r) => getComputedStyle(r).fill))]);
      await expect(fills('rect:not([class])')).resolves.toEqual([swatches[0]]);
      await expect(fills('rect.l4')).resolves.toEqual([swatches[4]]);
      for (const n of [1, 2, 3]) for (const fill of await fills(`rect.l${n}`)) expect(fill, `level ${n}`).toBe(swatches[n]);
    } finally {
      await themed.close();
    }
  });

  test('on a phone (375 px) its labels stay legible: it keeps a size to read and scrolls sideways, the page does not', async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 800 } });
    try {
      const small = await phone.newPage();
      await small.goto(`${server.origin}${base}listings/`);
      const label = await small.locator('.calendar svg text', { hasText: 'Mon' }).boundingBox();
      expect(label!.height).toBeGreaterThanOrEqual(12);
      // Keyboard users scroll it too: a region named by its caption, in the tab order.
      const map = small.getByRole('region', { name: /^Papers per day in 2025/ });
      await expect(map.evaluate((el) => el.scrollWidth > el.clientWidth)).resolves.toBe(true);
      await expect(map.getAttribute('tabindex')).resolves.toBe('0');
      await expect(small.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(375);
    } finally {
      await phone.close();
    }
  });
});

describe('a listing day between two others', () => {
  const days = [...new Set(entries.flatMap((e) => e.data.listings.map((l) => l.listing)))].filter((id) => /^\d{4}-\d{2}-\d{2}$/.test(id)).sort();

  test.each([320, 1280])('at %i px its navigation puts the day before at the left and the day after at the right', async (width) => {
    // At 320 px the day after wrapped below the day before, at the left, its arrow pointing right.
    expect(days.length).toBeGreaterThanOrEqual(3);
    const narrow = await browser.newContext({ viewport: { width, height: 800 } });
    try {
      const day = await narrow.newPage();
      await day.goto(`${server.origin}${base}listings/${days[1]}/`);
      const nav = day.getByRole('navigation', { name: 'Days' });
      const [box, before, after, all] = await Promise.all([nav.boundingBox(), nav.locator('a[rel="prev"]').boundingBox(), nav.locator('a[rel="next"]').boundingBox(), nav.getByRole('link', { name: 'All days' }).boundingBox()]);
      expect(Math.round(before!.x - box!.x)).toBe(0);
      expect(Math.round(box!.x + box!.width - (after!.x + after!.width))).toBe(0);
      expect(Math.round(after!.y)).toBe(Math.round(before!.y));
      expect(all!.x).toBeGreaterThanOrEqual(before!.x + Math.min(before!.width, 1));
    } finally {
      await narrow.close();
    }
  });

  test.each([320, 1280])('at %i px each of its links to the day before and after takes at most two lines, broken between words, in a box apart from the others and at least 24 px each way, whatever the month', async (width) => {
    // The seeds' days are short (`14 March 2025`); a later day of a longer month is not: `← 30 September 2025` took three lines at 320 px.
    const narrow = await browser.newContext({ viewport: { width, height: 800 } });
    try {
      const day = await narrow.newPage();
      await day.goto(`${server.origin}${base}listings/${days[1]}/`);
      const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
      const problems = await day.getByRole('navigation', { name: 'Days' }).evaluate((nav, months) => {
        const found: string[] = [];
        const [before, all, after] = [nav.querySelector('a[rel="prev"]')!, [...nav.querySelectorAll('a')].find((a) => a.textContent === 'All days')!, nav.querySelector('a[rel="next"]')!];
        for (const month of months) {
          const date = month === 'February' ? 28 : 30;
          before.textContent = `← ${date} ${month} 2025`;
          after.textContent = `${date} ${month} 2025 →`;
          const boxes = [before, all, after].map((a) => a.getBoundingClientRect());
          for (const [i, a] of [before, all, after].entries()) {
            const range = document.createRange();
            range.selectNodeContents(a);
            const rects = [...range.getClientRects()].filter((r) => r.width > 0);
            const lines = new Set(rects.map((r) => Math.round(r.top))).size;
            if (lines > 2) found.push(`${a.textContent} takes ${lines} lines`);
            // A line ends after a space: the word before it is whole.
            for (let c = 1; c < a.textContent!.length; c++) {
              const at = (n: number) => { range.setStart(a.firstChild!, n); range.setEnd(a.firstChild!, n + 1); return Math.round(range.getBoundingClientRect().top); };
              if (at(c) > at(c - 1) && a.textContent![c - 1] !== ' ') found.push(`${a.textContent} breaks inside a word, before “${a.textContent!.slice(c)}”`);
            }
            const box = boxes[i]!;
            if (box.height < 24 || box.width < 24) found.push(`${a.textContent} is ${Math.round(box.width)} × ${Math.round(box.height)} px`);
            for (const other of boxes.slice(i + 1)) {
              if (box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom) found.push(`${a.textContent} overlaps another link`);
            }
          }
        }
        return found;
      }, months);
      expect(problems).toEqual([]);
    } finally {
      await narrow.close();
    }
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
