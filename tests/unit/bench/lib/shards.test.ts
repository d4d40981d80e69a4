import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { assembleShards, shardIndexFolder, splitByFirstListing, splitContent } from '../../../../bench/lib/shards.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-shards-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A shard's output: `files` maps paths to contents. */
function shard(name: string, files: Record<string, string>) {
  const dist = path.join(tmp, name);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    fs.writeFileSync(path.join(dist, file), text);
  }
  return { name, dist };
}

describe('shardIndexFolder', () => {
  test('the first shard’s index is the site’s, the others’ are named after their shard', () => {
    expect(shardIndexFolder('y2024', true)).toBe('pagefind/');
    expect(shardIndexFolder('y2025', false)).toBe('pagefind-y2025/');
  });

  test('refuses a name that would not make a plain folder name', () => {
    expect(() => shardIndexFolder('../x', false)).toThrowErrorMatchingInlineSnapshot(`[Error: Expected a shard name of lowercase letters, digits and dashes, got \`../x\`]`);
    for (const name of ['2', 'y2025-2', 'week-2026-03-09', 'y2025-week-2026-03-09']) expect(() => shardIndexFolder(name, false), name).toThrow(/does not end like a search part's folder/);
    expect(shardIndexFolder('y2025-h2', false)).toBe('pagefind-y2025-h2/');
    expect(shardIndexFolder('y2025-week', false)).toBe('pagefind-y2025-week/');
  });
});

describe('splitByFirstListing', () => {
  test('gives consecutive listings to each shard, about as many papers each, and each paper the shard of its first listing', () => {
    const first = new Map([
      ['a', '000-x'],
      ['b', '000-x'],
      ['c', '001-y'],
      ['d', '002-z'],
      ['e', '002-z'],
      ['f', '003-w'],
    ]);
    const { shardOf, split } = splitByFirstListing(first, ['y2024', 'y2025']);
    expect(split).toEqual({ listings: { y2024: ['000-x', '001-y'], y2025: ['002-z', '003-w'] }, papers: { y2024: 3, y2025: 3 } });
    expect(shardOf.get('e')).toBe('y2025');
  });
});

describe('splitContent', () => {
  test('each shard publishes its papers and every listing it renders a page for, with the old ids redirecting to them', async () => {
    const content = path.join(tmp, 'archive');
    const entry = (listings: string[]) => `---\ntitle: T\nlistings:\n${listings.map((l) => `  - listing: "${l}"\n    position: 1\n`).join('')}---\n\nText.\n`;
    fs.mkdirSync(path.join(content, 'papers'), { recursive: true });
    fs.writeFileSync(path.join(content, 'topics.yaml'), 'topics: []\n');
    // `a` is first listed on the first day and again on the last; `b` only on the last, a day first published undated.
    fs.writeFileSync(path.join(content, 'papers/a.mdx'), entry(['2024-01-02', '2025-01-02']));
    fs.writeFileSync(path.join(content, 'papers/b.mdx'), entry(['2025-01-02']));
    fs.writeFileSync(
      path.join(content, 'published.json'),
      JSON.stringify({ papers: { a: {}, b: {} }, listings: { '2024-01-02': '2024-01-02', '000-undated': '2025-01-02', '2025-01-02': '2025-01-02' } }),
    );
    const split = await splitContent(content, ['y2024', 'y2025'], path.join(tmp, 'split'));
    const published = (name: string) => JSON.parse(fs.readFileSync(path.join(split.folders[name]!, 'published.json'), 'utf8'));
    expect(published('y2024')).toEqual({ papers: { a: {} }, listings: { '2024-01-02': '2024-01-02', '000-undated': '2025-01-02', '2025-01-02': '2025-01-02' } });
    expect(published('y2025')).toEqual({ papers: { b: {} }, listings: { '000-undated': '2025-01-02', '2025-01-02': '2025-01-02' } });
  });
});

describe('assembleShards', () => {
  test('keeps every shard’s papers and index; shared pages come from the first shard', async () => {
    const a = shard('a', { 'index.html': 'home a', 'papers/one/index.html': 'one', 'pagefind/pagefind.js': 'pf a' });
    const b = shard('b', { 'index.html': 'home b', 'papers/two/index.html': 'two', 'pagefind/pagefind.js': 'pf b' });
    const site = path.join(tmp, 'site');
    const assembled = await assembleShards([a, b], site);
    expect(assembled).toEqual({ indexes: ['pagefind/', 'pagefind-b/'], papers: { a: 1, b: 1 }, shared: ['index.html'] });
    expect(fs.readFileSync(path.join(site, 'index.html'), 'utf8')).toBe('home a');
    expect(fs.readFileSync(path.join(site, 'papers/two/index.html'), 'utf8')).toBe('two');
    expect(fs.readFileSync(path.join(site, 'pagefind-b/pagefind.js'), 'utf8')).toBe('pf b');
  });

  test('keeps both parts of a shard’s search (the archive and a week of its latest month), each under its own folder', async () => {
    const a = shard('pa', { 'papers/one/index.html': 'one', 'pagefind/pagefind.js': 'pf a', 'pagefind-week-2026-03-09/pagefind-entry.json': 'recent a' });
    const b = shard('pb', { 'papers/two/index.html': 'two', 'pagefind/pagefind.js': 'pf b', 'pagefind-week-2026-03-09/pagefind-entry.json': 'recent b' });
    const site = path.join(tmp, 'site-parts');
    const assembled = await assembleShards([a, b], site);
    expect(assembled.indexes).toEqual(['pagefind/', 'pagefind-week-2026-03-09/', 'pagefind-pb/', 'pagefind-pb-week-2026-03-09/']);
    expect(fs.readFileSync(path.join(site, 'pagefind-week-2026-03-09/pagefind-entry.json'), 'utf8')).toBe('recent a');
    expect(fs.readFileSync(path.join(site, 'pagefind-pb-week-2026-03-09/pagefind-entry.json'), 'utf8')).toBe('recent b');
    expect(assembled.shared).toEqual([]);
  });

  test('keeps every part of a larger shard’s archive (pagefind-2/, ...), each under its own folder', async () => {
    const a = shard('qa', { 'papers/one/index.html': 'one', 'pagefind/pagefind.js': 'pf a', 'pagefind-2/pagefind-entry.json': 'a 2', 'pagefind-week-2026-03-09/pagefind-entry.json': 'recent a' });
    const b = shard('qb', { 'papers/two/index.html': 'two', 'pagefind/pagefind.js': 'pf b', 'pagefind-2/pagefind-entry.json': 'b 2', 'pagefind-10/pagefind-entry.json': 'b 10' });
    const site = path.join(tmp, 'site-archive-parts');
    const assembled = await assembleShards([a, b], site);
    expect(assembled.indexes).toEqual(['pagefind/', 'pagefind-2/', 'pagefind-week-2026-03-09/', 'pagefind-qb/', 'pagefind-qb-2/', 'pagefind-qb-10/']);
    expect(fs.readFileSync(path.join(site, 'pagefind-2/pagefind-entry.json'), 'utf8')).toBe('a 2');
    expect(fs.readFileSync(path.join(site, 'pagefind-qb-10/pagefind-entry.json'), 'utf8')).toBe('b 10');
  });

  test('refuses two shards that built the same paper page, naming it', async () => {
    const a = shard('dup-a', { 'papers/same-paper/index.html': 'x' });
    const b = shard('dup-b', { 'papers/same-paper/index.html': 'y' });
    await expect(assembleShards([a, b], path.join(tmp, 'dup-site'))).rejects.toThrowErrorMatchingInlineSnapshot(
      `[Error: Shard \`dup-b\` built 1 paper page(s) another shard also built, e.g. papers/same-paper/index.html: each paper belongs to one shard]`,
    );
  });
});
