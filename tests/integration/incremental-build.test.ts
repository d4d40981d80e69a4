import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { findTerm, parseShard, shardOf, type VocabularyManifest } from '../../src/lib/search-vocabulary.ts';
import { readPagefindFragment } from '../../src/integrations/pagefind-format.ts';
import { writeSearchVocabulary } from '../../src/integrations/search-vocabulary.ts';
import { isSearchPartFolder } from '../../src/lib/search-folders.ts';
import { foldTitle, hash32, knownItemAnchor, searchStem } from '../../src/text/search-terms.ts';
import { runIngest } from './run-ingest.ts';
import { astroBuild as build } from '../support/astro.ts';
import { fixtureContent } from '../support/fixture-content.ts';
import { builtIndexes } from '../support/vocabulary-job.ts';

/**
 * Incremental builds reuse the pages of the last build whose cache key is
 * unchanged. A page must never be served stale: these tests build the
 * fixture archive, change it as a user would, build again with the same
 * cache and output folders, and read what the second build left. They
 * assert content, never time.
 */

const { tmp, content } = fixtureContent('folio-incremental-');
const dist = path.join(tmp, 'dist');
const env = { FOLIO_CONTENT: content, FOLIO_OUT_DIR: dist, FOLIO_CACHE_DIR: path.join(tmp, 'cache') };
const html = (file: string) => parse(readFileSync(path.join(dist, file), 'utf8'));
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
/** The text of every search result fragment Pagefind wrote, in every part of the index. */
const searchIndexText = () =>
  readdirSync(dist)
    .filter(isSearchPartFolder)
    .flatMap((folder) => readdirSync(path.join(dist, folder, 'fragment')).map((name) => gunzipSync(readFileSync(path.join(dist, folder, 'fragment', name))).toString('utf8')))
    .join('\n');
/** The search vocabulary's files, by path under `search-index/` of `dir`. */
const vocabularyFiles = (dir: string) =>
  new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [path.relative(dir, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name), 'utf8')]),
  );
/** The browser's lookups in the built vocabulary: a term, and the pages a known item (a folded title) names. */
const vocabulary = () => {
  const manifest = JSON.parse(read('search-index/manifest.json')) as VocabularyManifest;
  const shard = (term: string) => {
    const i = shardOf(manifest.from, term);
    return { i, shard: parseShard(read(`search-index/v/${i}.txt`)) };
  };
  return {
    term: (term: string) => {
      const { i, shard: s } = shard(term);
      return findTerm(s, manifest.from, i, term, true);
    },
    knownPages: (title: string) => shard(knownItemAnchor(foldTitle(title))).shard.known.get(hash32(foldTitle(title))) ?? [],
  };
};
/** The fragment name (Pagefind's page id) of the page at `url`. */
const pageId = (url: string) =>
  readdirSync(path.join(dist, 'pagefind/fragment'))
    .find((name) => readPagefindFragment(readFileSync(path.join(dist, 'pagefind/fragment', name)), name).url === url)
    ?.replace(/\.pf_fragment$/, '');
/** `[pages from the cache, pages]`, as the build log says of the search vocabulary. */
const vocabularyCacheUse = (log: string) => /(\d+) of (\d+) pages' terms from the cache/.exec(log)?.slice(1, 3).map(Number);

/** How many pages the build log says were reused from the last build. */
const reused = (log: string) => log.split('\n').filter((line) => line.includes('(cached)') || line.includes('(restored)')).length;

const RETITLED = 'foo';
const NEW_TITLE = 'Foo, Renamed by Hand';

describe('an incremental build after a change', () => {
  let first: { log: string; pages: Map<string, string> };
  let second: string;

  beforeAll(async () => {
    const log = await build(env);
    const pages = new Map(readdirSync(path.join(dist, 'papers')).filter((slug) => existsSync(path.join(dist, 'papers', slug, 'index.html'))).map((slug) => [slug, read(`papers/${slug}/index.html`)]));
    first = { log, pages };
    const file = path.join(content, 'papers', `${RETITLED}.mdx`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: "${NEW_TITLE}"`));
    // What an earlier build could have left: a page no route makes any more, and an empty folder.
    mkdirSync(path.join(dist, 'papers/gone-paper'), { recursive: true });
    writeFileSync(path.join(dist, 'papers/gone-paper/index.html'), '<p>stale</p>');
    utimesSync(path.join(dist, 'papers/gone-paper/index.html'), new Date(0), new Date(0));
    mkdirSync(path.join(dist, 'topics/empty-left/2'), { recursive: true });
    second = await build(env);
  }, 300_000);

  test('reuses the pages the change does not touch, byte for byte', () => {
    expect(reused(first.log)).toBe(0);
    const kept = second.split('\n').map((line) => /\/papers\/([^/]+)\/index\.html \((?:cached|restored)\)/.exec(line)?.[1]).filter((slug) => slug !== undefined);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).not.toContain(RETITLED);
    for (const slug of kept) expect(read(`papers/${slug}/index.html`), slug).toBe(first.pages.get(slug));
  });

  test("renders from the content layer's own store, not a copy read back from its file", () => {
    for (const log of [first.log, second]) expect(log).toContain("the pages share the content layer's store");
  });

  test('removes what an earlier build left and no route made this time, with the folders it empties', () => {
    expect(existsSync(path.join(dist, 'papers/gone-paper'))).toBe(false);
    expect(existsSync(path.join(dist, 'topics/empty-left'))).toBe(false);
    expect(existsSync(path.join(dist, 'papers', RETITLED, 'index.html'))).toBe(true);
  });

  test('keeps every file of public/, though Astro dates its copies as their sources (older than the build)', () => {
    const publicDir = path.resolve(import.meta.dirname, '../../public');
    const files = readdirSync(publicDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.length).toBeGreaterThan(0);
    for (const entry of files) {
      const file = path.relative(publicDir, path.join(entry.parentPath, entry.name));
      expect(existsSync(path.join(dist, file)), file).toBe(true);
      expect(read(file), file).toBe(readFileSync(path.join(publicDir, file), 'utf8'));
    }
  });

  test('shows the new title on the paper’s page, its listing, its topic page and its neighbours’ pages', () => {
    expect(html(`papers/${RETITLED}/index.html`).querySelector('h1')?.textContent).toBe(NEW_TITLE);
    const listing = readdirSync(path.join(dist, 'listings')).find((id) => read(`listings/${id}/index.html`).includes(`/papers/${RETITLED}/`))!;
    expect(html(`listings/${listing}/index.html`).querySelector(`.day-list a[href="/papers/${RETITLED}/"]`)?.textContent).toBe(NEW_TITLE);
    const topic = html(`papers/${RETITLED}/index.html`).querySelector('.topics-inline a')!.getAttribute('href')!;
    expect(html(`${topic.slice(1)}index.html`).querySelector(`.paper-list a[href="/papers/${RETITLED}/"]`)?.textContent).toBe(NEW_TITLE);
    const order = html(`listings/${listing}/index.html`).querySelectorAll('.day-list > li > a').map((a) => a.getAttribute('href')!);
    const at = order.indexOf(`/papers/${RETITLED}/`);
    const neighbourPage = html(`${(order[at + 1] ?? order[at - 1])!.slice(1)}index.html`);
    expect(neighbourPage.querySelectorAll('.listing-nav a').map((a) => a.textContent)).toContain(NEW_TITLE);
  });

  test('shows the new title in the search index, the feed and the A–Z index, and never the old one', () => {
    expect(searchIndexText()).toContain(NEW_TITLE);
    expect(searchIndexText()).not.toMatch(/"title":"Foo"/);
    expect(read('feed.xml')).toContain(NEW_TITLE);
    expect(html('papers/index.html').querySelector(`.titles a[href="/papers/${RETITLED}/"]`)?.textContent).toBe(NEW_TITLE);
  });

  test('shows the new title in the search vocabulary: its words, and the paper as the known item of the new title, not the old', () => {
    const [cached, pages] = vocabularyCacheUse(second)!;
    // Only the retitled page was tokenised again: the others' terms came from the vocabulary's cache.
    expect(cached).toBe(pages! - 1);
    const page = pageId(`/papers/${RETITLED}/`)!;
    const { term, knownPages } = vocabulary();
    expect(knownPages(NEW_TITLE)).toContain(page);
    expect(knownPages('Foo')).not.toContain(page);
    expect(term(searchStem('renamed'))?.pages).toBeGreaterThan(0);
  });

  test('writes the search vocabulary a build without its cache would write, byte for byte', async () => {
    const outDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'folio-vocabulary-')), 'search-index');
    const { tag } = JSON.parse(read('search-index/manifest.json')) as VocabularyManifest;
    const figures = await writeSearchVocabulary({ indexes: builtIndexes(dist), tag, outDir });
    expect(figures.cachedPages).toBe(0);
    expect(vocabularyFiles(path.join(dist, 'search-index'))).toEqual(vocabularyFiles(outDir));
  });
});

describe('an incremental build after a new day', () => {
  let log: string;
  const NEW = 'tide-tables-from-satellite-altimetry';
  beforeAll(async () => {
    // Two new days, one after the other. Related papers' word statistics come from the oldest 16 of the 24, then 25,
    // papers, so the second day changes no older paper's weights. Its words are in none of the older papers: a word that
    // just one of them has would be counted over all papers, relating the two and changing that paper's weights
    // (src/lib/related.ts).
    const dumps = path.join(tmp, 'new-days');
    mkdirSync(dumps, { recursive: true });
    writeFileSync(path.join(dumps, '2026-04-01.txt'), 'Apr 1\n\nOrchard Irrigation Scheduled by Soil Probes\n\nSoil moisture probes schedule orchard irrigation and save a fifth of the water in a dry summer.\n');
    let ingest = await runIngest(['--content', content, path.join(dumps, '2026-04-01.txt')]);
    expect(ingest.code, ingest.stderr).toBe(0);
    await build(env);
    writeFileSync(path.join(dumps, '2026-04-02.txt'), 'Apr 2\n\nTide Tables from Satellite Altimetry\n\nWe predict tides from twenty years of satellite altimetry, calibrated against harbour gauges to four centimetres.\n');
    ingest = await runIngest(['--content', content, path.join(dumps, '2026-04-02.txt')]);
    expect(ingest.code, ingest.stderr).toBe(0);
    log = await build(env);
  }, 300_000);

  test('adds the day’s page, puts it on the home page and links it from the day before', () => {
    expect(html('listings/2026-04-02/index.html').querySelector('h1')?.textContent).toBe('2 April 2026');
    expect(html('index.html').querySelector('#latest-heading')?.textContent).toContain('2 April 2026');
    expect(html('listings/2026-04-01/index.html').querySelector('.day-nav a[rel="next"]')?.getAttribute('href')).toBe('/listings/2026-04-02/');
    expect(html('listings/index.html').querySelectorAll('.days a').map((a) => a.getAttribute('href'))).toContain('/listings/2026-04-02/');
    expect(searchIndexText()).toContain('Tide Tables from Satellite Altimetry');
  });

  test('renders again only the older papers whose related papers the new paper enters', () => {
    const rendered = log.split('\n').flatMap((line) => /\/papers\/([^/]+)\/index\.html \(\+\d+ms\)/.exec(line)?.[1] ?? []);
    const linkingToNew = readdirSync(path.join(dist, 'papers')).filter(
      (slug) => existsSync(path.join(dist, 'papers', slug, 'index.html')) && html(`papers/${slug}/index.html`).querySelector(`.related a[href="/papers/${NEW}/"]`) !== null,
    );
    expect(rendered).toContain(NEW);
    expect(rendered.filter((slug) => slug !== NEW).sort()).toEqual(linkingToNew.sort());
  });

  test('leaves no file behind that a clean build would not write', () => {
    expect(existsSync(path.join(dist, `papers/${NEW}/index.html`))).toBe(true);
    const scripts = readdirSync(path.join(dist, '_astro')).filter((name) => /\.(js|css)$/.test(name));
    for (const script of scripts) expect(read('sw-manifest.json'), script).toContain(`/_astro/${script}`);
  });
});

describe('an incremental build after retiring a paper', () => {
  const REASON = 'Not a paper: a footer line from an early save.';
  let slug: string;
  let listing: string;
  let topic: string;
  beforeAll(async () => {
    // A paper of the last build that a listing and a topic page list, with neighbours on its listing.
    const listings = readdirSync(path.join(dist, 'listings')).filter((id) => /^\d{4}-\d{2}-\d{2}$/.test(id));
    const picked = listings
      .map((id) => ({ id, papers: html(`listings/${id}/index.html`).querySelectorAll('.day-list > li > a').map((a) => /^\/papers\/([^/]+)\/$/.exec(a.getAttribute('href')!)![1]!) }))
      .find((l) => l.papers.length >= 3 && !l.papers.slice(1, -1).every((s) => s === RETITLED))!;
    listing = picked.id;
    slug = picked.papers.find((s, i) => i > 0 && i < picked.papers.length - 1 && s !== RETITLED)!;
    topic = html(`papers/${slug}/index.html`).querySelector('.topics-inline a')!.getAttribute('href')!;
    expect(html(`${topic.slice(1)}index.html`).querySelector(`.paper-list a[href="/papers/${slug}/"]`)).not.toBeNull();
    const file = path.join(content, 'papers', `${slug}.mdx`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(`slug: ${slug}\n`, `slug: ${slug}\nretired: "${REASON}"\n`));
    await build(env);
  }, 300_000);

  test('its page shows the notice with the reason, in place of the paper', () => {
    const page = html(`papers/${slug}/index.html`);
    expect(page.querySelector('main h2')?.textContent).toBe('Removed from the archive');
    expect(page.querySelector('main .retired p')?.textContent).toBe(REASON);
    expect(page.querySelector('.abstract')).toBeNull();
  });

  test('its day’s listing, its topic page, the A–Z index and the feed list it no more', () => {
    expect(html(`listings/${listing}/index.html`).querySelectorAll('.day-list a').map((a) => a.getAttribute('href'))).not.toContain(`/papers/${slug}/`);
    expect(html(`${topic.slice(1)}index.html`).querySelector(`a[href="/papers/${slug}/"]`)).toBeNull();
    expect(html('papers/index.html').querySelector(`a[href="/papers/${slug}/"]`)).toBeNull();
    expect(read('feed.xml')).not.toContain(`/papers/${slug}/`);
  });

  test('no other paper’s page links to it, as a neighbour on its listing or a related paper', () => {
    const linking = readdirSync(path.join(dist, 'papers')).filter(
      (other) => other !== slug && existsSync(path.join(dist, 'papers', other, 'index.html')) && html(`papers/${other}/index.html`).querySelector(`main a[href="/papers/${slug}/"]`) !== null,
    );
    expect(linking).toEqual([]);
  });

  test('the search has it no more', () => {
    expect(pageId(`/papers/${slug}/`)).toBeUndefined();
    expect(searchIndexText()).not.toContain(`"url":"/papers/${slug}/"`);
  });
});

describe('an incremental build after showing a retired paper again', () => {
  let slug: string;
  beforeAll(async () => {
    // The paper the describe above retired: its entry is the one that says so.
    const name = readdirSync(path.join(content, 'papers')).find((n) => readFileSync(path.join(content, 'papers', n), 'utf8').includes('\nretired: '))!;
    slug = name.replace(/\.mdx$/, '');
    const file = path.join(content, 'papers', name);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\nretired: .*\n/, '\n'));
    await build(env);
  }, 300_000);

  test('its page shows the paper again, and its listing, its topics, the A–Z index, the feed and the search have it back', () => {
    const page = html(`papers/${slug}/index.html`);
    expect(page.querySelector('.abstract')).not.toBeNull();
    expect(page.querySelector('main .retired')).toBeNull();
    const listing = page.querySelector('main a[href^="/listings/"]')!.getAttribute('href')!;
    expect(html(`${listing.slice(1)}index.html`).querySelectorAll('.day-list a').map((a) => a.getAttribute('href'))).toContain(`/papers/${slug}/`);
    const topic = page.querySelector('.topics-inline a')!.getAttribute('href')!;
    expect(html(`${topic.slice(1)}index.html`).querySelector(`a[href="/papers/${slug}/"]`)).not.toBeNull();
    expect(html('papers/index.html').querySelector(`a[href="/papers/${slug}/"]`)).not.toBeNull();
    expect(read('feed.xml')).toContain(`/papers/${slug}/`);
    expect(pageId(`/papers/${slug}/`)).toBeDefined();
  });
});
