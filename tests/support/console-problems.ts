import type { Page } from 'playwright-core';

/**
 * What the test harness itself logs, which is no problem of the page: a context that blocks
 * service workers (`serviceWorkers: 'block'`) has Playwright log this when the page registers one.
 */
const HARNESS_MESSAGES = [/^Service Worker registration blocked by Playwright$/];

/**
 * Collects a page's console errors and warnings (a library told the wrong thing warns, and goes on)
 * and uncaught exceptions, to assert there are none.
 */
export function collectConsoleProblems(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    const kind = message.type();
    if ((kind === 'error' || kind === 'warning') && !HARNESS_MESSAGES.some((m) => m.test(message.text()))) errors.push(`console ${kind}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}
