import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runIngest, tempDir } from './run-ingest.ts';
import { astroBuild } from '../support/astro.ts';

// Two years, one paper each: the calendar of each year has a page (`/listings/2024/`, `/listings/2025/`).
describe('a build after retiring every paper of a year', () => {
  let dist: string;
  beforeAll(async () => {
    const tmp = await tempDir('folio-retired-calendar-');
    const dumps = path.join(tmp, 'dumps');
    mkdirSync(dumps);
    writeFileSync(path.join(dumps, '2024-03-14.txt'), 'Folded Ropes\n\nWe study how ropes fold into knots and ask whether a small model predicts the knot from the rope.\n');
    writeFileSync(path.join(dumps, '2025-03-14.txt'), 'Tiny Lanterns\n\nWe render small lights with a sparse field and ask whether the field keeps their colour at night.\n');
    const content = path.join(tmp, 'content');
    const ingest = await runIngest(['--content', content, dumps]);
    expect(ingest.code, ingest.stderr).toBe(0);
    const file = path.join(content, 'papers', 'folded-ropes.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('slug: folded-ropes\n', 'slug: folded-ropes\nretired: "Not a paper: a footer line from an early save."\n'));
    dist = path.join(tmp, 'dist');
    await astroBuild({ FOLIO_CONTENT: content, FOLIO_OUT_DIR: dist, FOLIO_CACHE_DIR: path.join(tmp, 'cache') });
  }, 300_000);

  test('keeps the calendar pages of both years: their URLs were served, as the emptied day\'s is', () => {
    expect(existsSync(path.join(dist, 'listings/2024-03-14/index.html'))).toBe(true);
    expect(['listings/2024/index.html', 'listings/2025/index.html'].filter((page) => !existsSync(path.join(dist, page)))).toEqual([]);
  });

  test('lists the year of retired papers nowhere: the listings index shows the year on show, and links no empty year', () => {
    const index = readFileSync(path.join(dist, 'listings/index.html'), 'utf8');
    expect(index).toContain('/listings/2025-03-14/');
    expect(index).not.toContain('href="/listings/2024/"');
    const sitemap = readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
    expect(sitemap).not.toContain('/listings/2024/<');
    expect(sitemap).not.toContain('/listings/2024-03-14/<');
  });

  test('keeps the emptied year\'s page out of search engines, as the emptied day\'s, and only it', () => {
    const robots = (page: string) => readFileSync(path.join(dist, page), 'utf8').includes('<meta name="robots" content="noindex">');
    expect(['listings/2024/index.html', 'listings/2024-03-14/index.html', 'listings/2025/index.html', 'listings/index.html'].map(robots)).toEqual([true, true, false, false]);
  });
});
