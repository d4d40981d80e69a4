/**
 * `npm run bench:search -- [--dist DIR] [--runs K]`
 *
 * Search speed on the seeds site in headless Chromium: from the first
 * keystroke in the header search box to rendered matches, cold (a fresh
 * browser profile: nothing loaded, nothing cached) and warm (a second query
 * on the same page), and the bytes the first query fetched. Builds the seeds
 * into a temp folder unless `--dist` names a built site. Prints figures; it
 * asserts nothing (aims: under 100 ms warm, first query under 150 KB).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { formatBytes, formatTable } from './lib/format-table.ts';
import { prepareSite } from './lib/prepare-site.ts';
import { summariseFetches, type Fetched } from './lib/search-fetches.ts';
import { summarise } from './lib/summarise.ts';

const REPO = path.resolve(import.meta.dirname, '..');
const BIN = path.join(REPO, 'node_modules/.bin');
const QUERIES = { cold: 'state space', warm: 'diffusion' };

const USAGE = 'usage: npm run bench:search -- [--dist DIR] [--runs K]';

/** What stops the bench before it starts, one line each: the setting, the path and the fix. */
function setupProblems(values: { dist?: string | undefined; runs: string }): string[] {
  const problems: string[] = [];
  if (!/^\d+$/.test(values.runs) || Number(values.runs) < 1) problems.push(`--runs ${values.runs}: expected a positive whole number`);
  if (values.dist !== undefined && !fs.existsSync(path.join(values.dist, 'pagefind', 'pagefind-entry.json'))) {
    problems.push(`--dist ${values.dist}: no built site with a search index there (expected ${path.join(values.dist, 'pagefind/pagefind-entry.json')}); run \`npm run build\` or leave --dist out to build the seeds`);
  }
  const seeds = path.resolve(REPO, '../shared/seeds');
  if (values.dist === undefined && !fs.existsSync(seeds)) problems.push(`no seed dumps at ${seeds}; put them there or pass --dist DIR`);
  if (!fs.existsSync(CHROMIUM_PATH)) problems.push(`no Chromium at ${CHROMIUM_PATH}; install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH`);
  return problems;
}

let values: { dist?: string | undefined; runs: string };
try {
  values = parseArgs({ options: { dist: { type: 'string' }, runs: { type: 'string', default: '5' } } }).values;
} catch (error) {
  console.error(`bench:search: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const problems = setupProblems(values);
if (problems.length > 0) {
  for (const problem of problems) console.error(`bench:search: ${problem}`);
  process.exit(2);
}
const runs = Number(values.runs);

/** Ingests the seeds and builds them in a private copy of the site; returns the output folder. */
async function buildSeeds(): Promise<string> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-bench-search-'));
  const site = path.join(tmp, 'site');
  const config = await prepareSite(REPO, site);
  const content = path.join(tmp, 'content');
  const env = { ...process.env, PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ''}` };
  execFileSync(path.join(BIN, 'node'), ['scripts/ingest.ts', '--content', content, path.resolve(REPO, '../shared/seeds')], { cwd: REPO, env, stdio: 'ignore' });
  execFileSync(path.join(BIN, 'astro'), ['build', '--config', path.basename(config)], {
    cwd: site,
    env: { ...env, FOLIO_CONTENT: content, FOLIO_OUT_DIR: path.join(tmp, 'dist') },
    stdio: 'ignore',
  });
  return path.join(tmp, 'dist');
}

/** Types `query` into the header box; ms from the first and from the last keydown to rendered matches. */
async function timedQuery(page: import('playwright-core').Page, query: string): Promise<{ first: number; last: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { searchTiming: Promise<{ first: number; last: number }> };
    w.searchTiming = new Promise((resolve) => {
      let start = 0;
      let last = 0;
      const input = document.querySelector('input[role="combobox"]')!;
      input.addEventListener('keydown', () => { start ||= performance.now(); last = performance.now(); }, { capture: true });
      const listbox = document.querySelector('[role="listbox"]')!;
      new MutationObserver((_, observer) => {
        const value = (input as HTMLInputElement).value;
        const summary = document.querySelector('[data-summary]')?.textContent ?? '';
        if (start && value.length > 0 && listbox.children.length > 0 && /papers?$/.test(summary) && value === (window as unknown as { finalQuery: string }).finalQuery) {
          observer.disconnect();
          resolve({ first: performance.now() - start, last: performance.now() - last });
        }
      }).observe(listbox, { childList: true, subtree: true });
    });
  });
  await page.evaluate((q) => ((window as unknown as { finalQuery: string }).finalQuery = q), query);
  await page.keyboard.type(query);
  return page.evaluate(() => (window as unknown as { searchTiming: Promise<{ first: number; last: number }> }).searchTiming);
}

async function measure(browser: Browser, origin: string, dist: string) {
  const cold: Array<{ first: number; last: number }> = [];
  const warm: Array<{ first: number; last: number }> = [];
  let fetched: Fetched[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.waitForLoadState('networkidle');
    const paths: string[] = [];
    page.on('request', (r) => paths.push(new URL(r.url()).pathname));
    await page.locator('input[role="combobox"]').focus();
    cold.push(await timedQuery(page, QUERIES.cold));
    if (run === 0) {
      fetched = [...new Set(paths)].map((p) => {
        const file = path.join(dist, p.endsWith('/') ? `${p}index.html` : p);
        const body = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
        return { path: p, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
      });
    }
    await page.locator('input[role="combobox"]').fill('');
    warm.push(await timedQuery(page, QUERIES.warm));
    await context.close();
  }
  const both = (xs: typeof cold) => ({ first: summarise(xs.map((x) => x.first)), last: summarise(xs.map((x) => x.last)) });
  return { cold: both(cold), warm: both(warm), fetched };
}

const dist = values.dist ? path.resolve(values.dist) : await buildSeeds();
const server = await serveStatic(dist, '/');
const browser = await launchChromium();
try {
  const { cold, warm, fetched } = await measure(browser, server.origin, dist);
  const ms = (s: { median: number; min: number; max: number }) => `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
  console.log(`Search on ${dist} (${runs} runs, headless Chromium, localhost; times are median (min–max))\n`);
  console.log(
    formatTable(
      [{ heading: 'rendered matches after' }, { heading: 'query' }, { heading: 'first keystroke', align: 'right' }, { heading: 'last keystroke', align: 'right' }],
      [
        ['cold: first query, nothing loaded', `“${QUERIES.cold}”`, ms(cold.first), ms(cold.last)],
        ['warm: next query, same page', `“${QUERIES.warm}”`, ms(warm.first), ms(warm.last)],
      ],
    ),
  );
  const { kinds, total } = summariseFetches(fetched, '/');
  console.log(`\nBytes fetched for the first query (as files; gzip as a host would send them):\n`);
  console.log(
    formatTable(
      [{ heading: 'kind' }, { heading: 'files', align: 'right' }, { heading: 'bytes', align: 'right' }, { heading: 'gzip', align: 'right' }],
      [...kinds.map((k) => [k.kind, String(k.files), formatBytes(k.bytes), formatBytes(k.gzipBytes)]), ['total', String(total.files), formatBytes(total.bytes), formatBytes(total.gzipBytes)]],
    ),
  );
} finally {
  await browser.close();
  await server.close();
}
