import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Follows a paper link cut short to `slug`'s first `words` words, as a reader
 * does: the site at `origin` + `base` answers with its 404 page, whose
 * search box holds the words the link keeps; pressing Search puts the paper
 * first. Asserts each step.
 */
export async function followCutPaperLink(page: Page, origin: string, base: string, slug: string, words: number): Promise<void> {
  const cut = slug.split('-').slice(0, words).join('-');
  const response = await page.goto(`${origin}${base}papers/${cut}`);
  expect(response?.status()).toBe(404);
  const box = page.getByRole('main').getByRole('searchbox');
  await expect.poll(() => box.inputValue()).toBe(cut.replaceAll('-', ' '));
  await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
  await expect.poll(() => page.getByRole('main').locator('ol a').first().getAttribute('href')).toBe(`${base}papers/${slug}/`);
}
