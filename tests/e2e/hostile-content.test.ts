import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { collectConsoleProblems } from '../support/console-problems.ts';
import { followCutPaperLink } from '../support/missing-paper-page.ts';
import { installSearch, searchInPage } from '../support/search-in-page.ts';
import { htmlFiles, readEntries } from '../support/site.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { formulaText } from '../../src/format/formula-text.ts';
import { titleText } from '../../src/format/title-text.ts';

/** The hostile fixtures (tests/fixtures/hostile/) in the browser: nothing runs, nothing overflows, every paper is found. */
const { content, dist, base } = inject('builds').hostile;
const entries = readEntries(content);
const pages = htmlFiles(dist).map((f) => f.replace(/(^|\/)index\.html$/, '$1'));

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  browser = await launchChromium();
  server = await serveStatic(dist, base);
});
afterAll(async () => {
  await server?.close();
  await browser?.close();
});

/**
 * `page.evaluate(fn)` on the page a visit ends on: a moved paper's old address is a redirect
 * (`<meta http-equiv="refresh" content="0; …">`), whose navigation can start after `goto` has
 * resolved on a busy machine and destroy the context an evaluation runs in; then wait for the
 * page it leads to and evaluate there.
 */
async function settledEvaluate<T>(page: Page, fn: () => T): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await page.evaluate(fn);
    } catch (error) {
      if (attempt >= 3 || !/Execution context was destroyed|navigat/i.test(String(error))) throw error;
      await page.waitForLoadState('networkidle');
    }
  }
}

describe('hostile paper content in the browser', () => {
  test.each([320, 375, 1280])('at %i px wide no page runs a paper’s text, breaks its policy, is wider than the window or sets text past its edge', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 800 }, serviceWorkers: 'block' });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} refused ${e.blockedURI || 'inline'}`), true);
      window.alert = (message) => seen.push(`alert(${String(message)})`);
    });
    const page = await context.newPage();
    const errors = collectConsoleProblems(page);
    const problems: string[] = [];
    try {
      for (const path of pages) {
        await page.goto(`${server.origin}${base}${path}`, { waitUntil: 'networkidle' });
        const { seen, scrollWidth, clientWidth } = await settledEvaluate(page, () => ({
          seen: (window as unknown as { seen: string[] }).seen,
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        const pastEdge = await settledEvaluate(page, textPastEdge);
        problems.push(...seen.map((s) => `${path}: ${s}`));
        if (scrollWidth > clientWidth) problems.push(`${path}: ${scrollWidth} px wide in a ${clientWidth} px window`);
        problems.push(...pastEdge.map((s) => `${path}: ${s}`));
      }
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
    // The 404 page is served with status 404, which the browser logs.
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  }, 120_000);

  test.each([320, 1280])('at %i px a title of 300 characters, and an excerpt of words as long, take a few lines of the header’s list of matches, whose option keeps the whole title as its name', async (width) => {
    // Uncut, the title filled the list (ten lines at 390 px) and hid the other matches; this paper's excerpt took 25 lines at 320 px.
    const long = entries.reduce((a, b) => ([...b.data.title].length > [...a.data.title].length ? b : a));
    expect([...long.data.title].length).toBeGreaterThanOrEqual(250);
    const context = await browser.newContext({ viewport: { width, height: 800 }, serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}${base}`);
      await page.getByRole('combobox', { name: 'Search papers' }).fill(long.data.title.split(/\s+/)[0]!);
      const option = page.getByRole('listbox', { name: 'Matching papers' }).getByRole('option').first();
      await expect.poll(() => option.textContent()).toContain(long.data.title);
      // Lines: a title at 320 px takes up to five (most up to four), an excerpt up to eight (the seeds' at 320 px: six to eight).
      const lines = (selector: string) => option.locator(selector).evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
      await expect(lines('.option-title')).resolves.toBeLessThanOrEqual(5.05);
      await expect(lines('.option-excerpt')).resolves.toBeLessThanOrEqual(8.05);
    } finally {
      await context.close();
    }
  });

  test('on a phone, at every width from 320 to 480 px, the formula of a paper’s title stays whole on one line of its h1; one wider than the window scrolls in its own box, not the page', async () => {
    // `Sorting Walruses in O(n log n) …` broke as `O(n log` / `n)` at some of these widths.
    const entry = entries.find((e) => e.data.title.includes('$\\mathcal{O}'))!;
    const formula = formulaText(/\$([^$]+)\$/.exec(entry.data.title)![1]!);
    expect(formula).toBe('O(n log n)');
    const context = await browser.newContext({ viewport: { width: 320, height: 800 }, serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}${base}papers/${entry.data.slug}/`);
      const h1 = page.locator('h1');
      const broken: string[] = [];
      for (let width = 320; width <= 480; width += 4) {
        await page.setViewportSize({ width, height: 800 });
        const { lines, wider } = await h1.evaluate(formulaInHeading, { formula });
        if (lines !== 1 || wider > 0) broken.push(`${width} px: ${lines} lines, the page ${wider} px wider than the window`);
      }
      expect(broken).toEqual([]);
      // A formula longer than the fixture's, set in the page as a title holding one would be built.
      await page.setViewportSize({ width: 320, height: 800 });
      const wide = 'O(n log n) + ∑ᵢ αᵢ·xᵢ² ≤ λ·max(‖W‖, ‖V‖) + ε';
      await expect(h1.evaluate(formulaInHeading, { formula, replaceWith: wide })).resolves.toEqual({ lines: 1, wider: 0, scrolls: true });
    } finally {
      await context.close();
    }
  });

  test.each([320, 1280])('at %i px a card whose title and lead read right to left ends both at one edge, as a text of that script does', async (width) => {
    // The lead's measure (75ch) sat at the card's left, so its lines ended mid-page while the title's ended at the card's right.
    const context = await browser.newContext({ viewport: { width, height: 800 }, serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}${base}`);
      const cards = await page.locator('.paper-card').evaluateAll(rightToLeftEdges, ['.title', '.lead'] as [string, string]);
      expect(cards.length).toBeGreaterThanOrEqual(2);
      expect(cards.filter((c) => c.apart > 1)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test.each([320, 1280])('at %i px a search result whose title and excerpt read right to left ends both at one edge', async (width) => {
    // The title's direction was set on its link, inline: its heading kept the page's, so the title stood at the left and its excerpt at the right.
    const hebrew = entries.find((e) => /\p{Script=Hebrew}/u.test(e.data.title))!;
    const context = await browser.newContext({ viewport: { width, height: 800 }, serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}${base}search/?q=${encodeURIComponent(hebrew.data.title)}`);
      await page.getByRole('link', { name: hebrew.data.title }).first().waitFor();
      const results = await page.locator('article:has(.result-link)').evaluateAll(rightToLeftEdges, ['h3', '.excerpt'] as [string, string]);
      expect(results.length).toBeGreaterThanOrEqual(1);
      expect(results.filter((r) => r.apart > 1)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a link cut short to a paper whose title is in another script lands on the 404 page, whose search finds the paper first by the words the link holds', async () => {
    // The 404 page fills its box with the link's words, which spell such a title in Latin letters (`nmadhj allght alkbyrt`): words no title or abstract holds.
    const arabic = entries.find((e) => /\p{Script=Arabic}/u.test(e.data.title) && /^[a-z]+(?:-[a-z]+){2}/.test(e.data.slug))!;
    const context = await browser.newContext({ serviceWorkers: 'block' });
    try {
      await followCutPaperLink(await context.newPage(), server.origin, base, arabic.data.slug, 3);
    } finally {
      await context.close();
    }
  });

  // A title an address cannot spell (Hebrew, Japanese) has a slug of `paper` and its hash: the link's words name no word of the paper.
  const unspelled = entries.filter((e) => /^paper-[a-z2-7]{10}$/.test(e.data.slug) && /[\p{Script=Hebrew}\p{Script=Han}]/u.test(e.data.title));
  test('there are papers titled in Hebrew and in Japanese whose slugs spell no word of their titles', () => expect(unspelled.map((e) => /\p{Script=Hebrew}/u.test(e.data.title)).sort()).toEqual([false, true]));

  test.each(unspelled.map((e) => [e.data.title, e] as const))('a link cut short to `%s` (`papers/paper-` and part of its hash) lands on the 404 page, which links the paper by its title and whose search finds it first', async (title, entry) => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      const response = await page.goto(`${server.origin}${base}papers/${entry.data.slug.slice(0, 'paper-'.length + 4)}`);
      expect(response?.status()).toBe(404);
      const main = page.getByRole('main');
      await expect.poll(() => main.getByRole('link', { name: title }).getAttribute('href')).toBe(`${base}papers/${entry.data.slug}/`);
      await expect.poll(() => main.getByRole('searchbox').inputValue()).toBe(title);
      await main.getByRole('button', { name: 'Search' }).click();
      await expect.poll(() => main.locator('ol a').first().getAttribute('href')).toBe(`${base}papers/${entry.data.slug}/`);
    } finally {
      await context.close();
    }
  });

  test('search finds every paper by the longest word of its title', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    try {
      await page.goto(`${server.origin}${base}search/`);
      await installSearch(page, base);
      const named = entries.filter((e) => /\p{L}/u.test(e.data.title));
      const queries = named.map((e) => (e.data.title.split(/[\s\p{P}\p{S}]+/u).sort((a, b) => [...b].length - [...a].length)[0] ?? '').slice(0, 40));
      const outcomes = await searchInPage(page, queries, { limit: 20 });
      const missed = named.flatMap((e, i) => (outcomes[i]!.urls.includes(`${base}papers/${e.data.slug}/`) ? [] : [`${queries[i]} → ${e.data.slug}: ${outcomes[i]!.state}`]));
      expect(missed).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('search finds a title holding a formula first, typed as its TeX (as a listing writes it) or as the page shows it', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    try {
      await page.goto(`${server.origin}${base}search/`);
      await installSearch(page, base);
      const withFormula = entries.filter((e) => /\$\\/.test(e.data.title));
      expect(withFormula.length).toBeGreaterThan(0);
      const queries = withFormula.flatMap((e) => [e.data.title, titleText(e.data.title)]);
      const outcomes = await searchInPage(page, queries, { limit: 5 });
      const missed = queries.flatMap((query, i) => (outcomes[i]!.urls[0] === `${base}papers/${withFormula[Math.floor(i / 2)]!.data.slug}/` ? [] : [`${query}: ${outcomes[i]!.state} ${outcomes[i]!.urls[0] ?? ''}`]));
      expect(missed).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('search finds a Japanese title by one or two of its characters and by a word inside it, not only by its start', async () => {
    const paper = entries.find((e) => e.data.title === '大規模言語モデルの推論')!;
    const page = await browser.newPage({ bypassCSP: true });
    try {
      await page.goto(`${server.origin}${base}search/`);
      await installSearch(page, base);
      const queries = ['大', '大規', '言語', '推論', 'モデル', '言語モデル', '"言語モデル"', '評価'];
      const outcomes = await searchInPage(page, queries, { limit: 20 });
      const missed = queries.filter((_, i) => !outcomes[i]!.urls.includes(`${base}papers/${paper.data.slug}/`));
      expect(missed).toEqual([]);
      // A pair of characters the paper does not hold is still no match.
      expect((await searchInPage(page, ['中国'], { limit: 20 }))[0]!.state).toBe('no-match');
    } finally {
      await page.close();
    }
  });
});

/**
 * The text a reader cannot see whole: each run of text (SVG labels too) that
 * ends past the page's right edge, under the scrollbar's gutter (the body's
 * width, which `scrollbar-gutter` keeps clear of it) or starts left of the
 * window, outside a box that scrolls sideways or is hidden visually. Such text widens no page, so
 * `scrollWidth` misses it: an SVG label clipped by its chart, a grid column
 * its search box's intrinsic width pushed past the padding. Runs in the page.
 */
/**
 * For each of `items` whose title (`selectors[0]`) reads right to left and
 * whose text below it (`selectors[1]`) too, how far apart, in pixels, the
 * two texts' lines end at the right: where the text ends, not its box.
 */
function rightToLeftEdges(items: Element[], selectors: [string, string]): Array<{ title: string; apart: number }> {
  const textRight = (el: Element) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return Math.max(...[...range.getClientRects()].map((r) => r.right));
  };
  return items.flatMap((item) => {
    const [title, text] = selectors.map((s) => item.querySelector(s));
    if (!title || !text || !title.matches(':dir(rtl)') || !text.matches(':dir(rtl)')) return [];
    return [{ title: title.textContent!.trim(), apart: Math.round(Math.abs(textRight(title) - textRight(text))) }];
  });
}

function textPastEdge(): string[] {
  const right = document.body.getBoundingClientRect().right;
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!node.data.trim() || !parent || parent.closest('.visually-hidden, [hidden], script, style, noscript')) continue;
    // Text in a box that scrolls sideways is reachable; text in a box clipped to a pixel is for screen readers only.
    let unseen = false;
    for (let a: Element | null = parent; a && a !== document.body; a = a.parentElement) {
      const { overflowX, clip } = getComputedStyle(a);
      if (/auto|scroll/.test(overflowX) || clip !== 'auto' || (/hidden|clip/.test(overflowX) && a.getBoundingClientRect().width <= 1)) unseen = true;
    }
    if (unseen) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    if (rects.some((r) => r.right > right + 0.5 || r.left < -0.5)) found.push(`“${node.data.trim().slice(0, 40)}” (in <${parent.tagName.toLowerCase()} class="${parent.getAttribute('class') ?? ''}">) ends at ${Math.round(Math.max(...rects.map((r) => r.right)))} px of ${Math.round(right)}`);
  }
  return found;
}

/**
 * How `formula` (its text, after `replaceWith` has replaced it if given) is set in `heading`: the lines it takes,
 * how many pixels the page is wider than the window, and whether a box around it inside the heading scrolls sideways
 * to show it. Runs in the page.
 */
function formulaInHeading(heading: Element, { formula, replaceWith }: { formula: string; replaceWith?: string }): { lines: number; wider: number; scrolls: boolean } {
  const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode() as Text | null;
  while (node && !node.data.includes(formula)) node = walker.nextNode() as Text | null;
  if (!node) return { lines: 0, wider: 0, scrolls: false };
  if (replaceWith !== undefined) node.data = node.data.replace(formula, replaceWith);
  const text = replaceWith ?? formula;
  const range = document.createRange();
  range.setStart(node, node.data.indexOf(text));
  range.setEnd(node, node.data.indexOf(text) + text.length);
  const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  let scrolls = false;
  for (let box = node.parentElement; box && box !== heading.parentElement; box = box.parentElement) {
    if (/auto|scroll/.test(getComputedStyle(box).overflowX) && box.scrollWidth > box.clientWidth) scrolls = true;
  }
  return { lines, wider: Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth), scrolls };
}
