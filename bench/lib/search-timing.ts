/**
 * Timing a query typed into the header search box of a page in Chromium:
 * milliseconds from the first and from the last keydown to the first
 * animation frame after the popup shows the answer to the whole query
 * (results or "no papers match"), debounce included.
 */
import type { Page } from 'playwright-core';

/** Keystroke-to-paint times of one query. */
export interface QueryTiming {
  first: number;
  last: number;
}

/** Types `query` into the focused header box and times it (see the module comment). */
export async function timeHeaderQuery(page: Page, query: string): Promise<QueryTiming> {
  // tsx keeps function names with a `__name` helper the page does not have.
  await page.evaluate('globalThis.__name ??= (f) => f');
  await page.evaluate((final) => {
    const w = window as unknown as { searchTiming: Promise<QueryTiming> };
    w.searchTiming = new Promise((resolve) => {
      let first = 0;
      let last = 0;
      const root = document.querySelector<HTMLElement>('[data-site-search]')!;
      const input = root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
      const onKey = () => {
        first ||= performance.now();
        last = performance.now();
      };
      input.addEventListener('keydown', onKey, { capture: true });
      const answered = () => {
        const href = root.querySelector<HTMLAnchorElement>('[data-all]')?.getAttribute('href') ?? '';
        const q = new URL(href, location.href).searchParams.get('q');
        return input.value === final && q === final.trim() && !root.querySelector<HTMLElement>('[data-popup]')!.hidden;
      };
      const observer = new MutationObserver(() => {
        if (!first || !answered()) return;
        observer.disconnect();
        input.removeEventListener('keydown', onKey, { capture: true });
        requestAnimationFrame(() => resolve({ first: performance.now() - first, last: performance.now() - last }));
      });
      observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    });
  }, query);
  await page.keyboard.type(query);
  return page.evaluate(() => (window as unknown as { searchTiming: Promise<QueryTiming> }).searchTiming);
}

/** Empties the header box and waits until the popup has closed, so the next query starts from nothing. */
export async function clearHeaderBox(page: Page): Promise<void> {
  await page.locator('[data-site-search] input[role="combobox"]').fill('');
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-site-search] [data-popup]')!.hidden);
}
