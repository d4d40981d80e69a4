/**
 * An invented archive for the tests of the search in parts
 * (src/integrations/search-parts.ts): days of numbered papers whose titles
 * and abstracts share a few words, each with a word of its own (`marker<n>x`),
 * and what a built site's index folders hold.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import { readPagefindFragment } from '../../src/integrations/pagefind-format.ts';
import { isSearchPartFolder, VOCABULARY_FOLDER } from '../../src/lib/search-folders.ts';
import { runIngest, tempDir } from '../integration/run-ingest.ts';
import { astroBuild } from './astro.ts';
import { installSearch, searchInPage } from './search-in-page.ts';
import { serveStatic } from './static-server.ts';

export const WORDS = ['lattice', 'harbour', 'glacier', 'quartz', 'meadow', 'falcon', 'copper', 'lantern', 'orchid', 'basalt', 'canyon', 'ember'];

const capital = (word: string) => `${word[0]!.toUpperCase()}${word.slice(1)}`;

/** The title of invented paper `n`. */
export const titleOf = (n: number) => `Paper ${n}: ${capital(WORDS[n % WORDS.length]!)} Models of ${capital(WORDS[(n * 7 + 3) % WORDS.length]!)} Streams`;

/** A day's dump (blank-line layout with its date line) of `count` invented papers, numbered from `from`. */
export function dump(day: string, from: number, count: number): string {
  const label = new Date(`${day}T00:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const papers = Array.from({ length: count }, (_, k) => {
    const n = from + k;
    const a = WORDS[n % WORDS.length]!;
    const b = WORDS[(n * 7 + 3) % WORDS.length]!;
    return `${titleOf(n)}\n\nWe study ${a} signals and ${b} dynamics with a sampler that needs marker${n}x and converges in ${n + 3} steps.`;
  });
  return `${label}\n\n${papers.join('\n\n')}\n`;
}

/** Ingests a day of `count` invented papers from `from` into `content`, the dump written under `tmp`. */
export async function addDay(tmp: string, content: string, day: string, from: number, count: number): Promise<void> {
  const dir = path.join(tmp, `dump-${day}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${day}.txt`), dump(day, from, count));
  const ingest = await runIngest(['--content', content, dir]);
  expect(ingest.code, ingest.stderr).toBe(0);
}

/** Every file of `folder` under `root`, by path, as a hash of its bytes (empty if there is no such folder). */
export const snapshot = (root: string, folder: string) =>
  existsSync(path.join(root, folder))
    ? new Map(
        readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => {
            const file = path.join(e.parentPath, e.name);
            return [path.relative(root, file), createHash('sha256').update(readFileSync(file)).digest('hex')] as const;
          }),
      )
    : new Map<string, string>();

/** The titles of the pages the index folder `folder` of the site in `dist` holds. */
export const titlesIn = (dist: string, folder: string) =>
  readdirSync(path.join(dist, folder, 'fragment'))
    .map((name) => readPagefindFragment(readFileSync(path.join(dist, folder, 'fragment', name)), name).meta.title!)
    .sort();

/** The slug the ingest gave an invented title, read back from the content folder. */
export function slugOf(content: string, title: string): string {
  for (const name of readdirSync(path.join(content, 'papers'))) {
    const text = readFileSync(path.join(content, 'papers', name), 'utf8');
    if (text.includes(`title: ${JSON.stringify(title)}`) || text.includes(`title: ${title}\n`) || text.includes(`title: '${title}'`)) return name.replace(/\.mdx$/, '');
  }
  throw new Error(`no paper titled ${title}`);
}

/** Every file of the site's search in `root` (each Pagefind index folder and the vocabulary), by path, as a hash of its bytes. */
export const searchFiles = (root: string) => new Map([...readdirSync(root).filter(isSearchPartFolder), VOCABULARY_FOLDER].flatMap((folder) => [...snapshot(root, folder)]));

/** Builds the content of `env` into a fresh folder under `tmp` with a fresh cache (and `settings`): the search files a site must equal. */
export async function cleanSearch(tmp: string, env: Record<string, string>, name: string, settings: Record<string, string> = {}): Promise<Map<string, string>> {
  const out = path.join(tmp, name);
  await astroBuild({ ...env, ...settings, FOLIO_OUT_DIR: path.join(out, 'dist'), FOLIO_CACHE_DIR: path.join(out, 'cache') });
  const files = searchFiles(path.join(out, 'dist'));
  rmSync(out, { recursive: true, force: true });
  return files;
}

/** Searches the site built in `dist` in the browser with Folio's own search, up to 50 results a query. */
export async function searchSite(browser: Browser, dist: string, queries: string[]) {
  const server = await serveStatic(dist, '/');
  // Folio's search is added to the page as an inline script, which the site's policy refuses.
  const page = await browser.newPage({ bypassCSP: true });
  try {
    await page.goto(`${server.origin}/`);
    await installSearch(page, '/');
    return await searchInPage(page, queries, { limit: 50 });
  } finally {
    await page.close();
    await server.close();
  }
}

/** A site of invented papers to build in a fresh temp folder (named from `prefix`): its folders and the build's environment, plus `settings`. */
export async function newArchiveSite(prefix: string, settings: Record<string, string> = {}) {
  const tmp = await tempDir(prefix);
  const content = path.join(tmp, 'content');
  const dist = path.join(tmp, 'dist');
  const env = { FOLIO_CONTENT: content, FOLIO_OUT_DIR: dist, FOLIO_CACHE_DIR: path.join(tmp, 'cache'), SOURCE_DATE_EPOCH: '1767225600', ...settings };
  return { tmp, content, dist, env };
}
