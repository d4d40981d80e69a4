import { describe, expect, test } from 'vitest';
import { cacheName, isContentAddressed, offlineCopy, savedSearchMark, saveRequest, staleCaches, strategyFor, supersededVersions } from '../../../../../src/browser/service-worker/sw-strategy.ts';

const origin = 'https://lab.example.org';
const tag = 'pf1.6.0-en_1';
const at = (path: string, base = '/', method = 'GET') => strategyFor(`${origin}${path}`, method, origin, base, tag);

describe('strategyFor', () => {
  test('tries the network first for the cache-busted Pagefind entry file and the vocabulary manifest', () => {
    expect(at('/pagefind/pagefind-entry.json?ts=1767225600')).toBe('entry');
    expect(at('/search-index/manifest.json')).toBe('entry');
  });
  test('serves the vocabulary’s shards and word list asked for the worker’s own version from the cache first', () => {
    expect(at('/search-index/v/12.txt?v=pf1.6.0-en_1')).toBe('cache-first');
    expect(at('/search-index/suggest.txt?v=pf1.6.0-en_1')).toBe('cache-first');
  });
  test('leaves to the network a vocabulary file asked for another version of the index than the worker’s, so a page of a new build is never answered with the old build’s shards', () => {
    // After a rebuild the page reads the new manifest from the network while
    // the old worker still controls it: its cache holds the old shards.
    expect(at('/search-index/v/12.txt?v=pf1.6.0-en_2')).toBe('bypass');
    expect(at('/search-index/suggest.txt?v=pf1.6.0-en_2')).toBe('bypass');
    expect(at('/folio/search-index/v/0.txt?v=pf1.6.0-en_2', '/folio/')).toBe('bypass');
    expect(at('/search-index/v/12.txt')).toBe('cache-first');
  });
  test('serves the Pagefind bundle and hashed Astro assets from the cache first', () => {
    expect(at('/pagefind/index/en_11cf44e.pf_index')).toBe('cache-first');
    expect(at('/pagefind/pagefind.js')).toBe('cache-first');
    expect(at('/_astro/BaseLayout.BIzdY4Q5.css')).toBe('cache-first');
  });
  test('treats each week’s index of the latest month (pagefind-week-<first day>/) like the archive’s: its entry file from the network first, the rest from the cache', () => {
    expect(at('/pagefind-week-2026-03-09/pagefind-entry.json?ts=1767225600')).toBe('entry');
    expect(at('/pagefind-week-2026-03-01/index/en_a1.pf_index')).toBe('cache-first');
    expect(at('/folio/pagefind-week-2026-03-30/fragment/en_c3.pf_fragment', '/folio/')).toBe('cache-first');
    expect(at('/pagefind-old/index/en_a1.pf_index')).toBe('network-first');
  });
  test('does not treat the latest month’s and week’s folders of earlier versions (pagefind-recent/, pagefind-week/) as the search’s', () => {
    expect(at('/pagefind-recent/index/en_a1.pf_index')).toBe('network-first');
    expect(at('/pagefind-week/pagefind-entry.json?ts=1767225600')).toBe('network-first');
  });
  test('treats each further part of the archive’s index (pagefind-2/, pagefind-3/, ...) like the first', () => {
    expect(at('/pagefind-2/pagefind-entry.json?ts=1767225600')).toBe('entry');
    expect(at('/pagefind-12/index/en_a1.pf_index')).toBe('cache-first');
    expect(at('/folio/pagefind-3/fragment/en_c3.pf_fragment', '/folio/')).toBe('cache-first');
    expect(at('/pagefind-1/index/en_a1.pf_index')).toBe('network-first');
    expect(at('/pagefind-02/index/en_a1.pf_index')).toBe('network-first');
  });
  test('tries the network first for pages and other files', () => {
    expect(at('/papers/some-paper/')).toBe('network-first');
    expect(at('/search/?q=mamba')).toBe('network-first');
    expect(at('/feed.xml')).toBe('network-first');
  });
  test('respects the base path', () => {
    expect(at('/folio/pagefind/pagefind.js', '/folio/')).toBe('cache-first');
    expect(at('/folio/', '/folio/')).toBe('network-first');
    expect(at('/other-project/', '/folio/')).toBe('bypass');
  });
  test('leaves other hosts, non-GET requests and the worker itself alone', () => {
    expect(strategyFor('https://arxiv.org/search/?q=x', 'GET', origin, '/', tag)).toBe('bypass');
    expect(at('/papers/x/', '/', 'POST')).toBe('bypass');
    expect(at('/sw.js')).toBe('bypass');
  });
});

describe('cache names', () => {
  test('are named after the Pagefind cache tag', () => {
    expect(cacheName('pf1.6.0-en_0fa48fd1ba')).toBe('folio-pf1.6.0-en_0fa48fd1ba');
  });
  test('older Folio caches are stale; other caches on the origin are not ours to delete', () => {
    expect(staleCaches(['folio-a', 'folio-b', 'other-app'], 'folio-b')).toEqual(['folio-a']);
  });
});

describe('what a worker carries over from an earlier one', () => {
  test('Pagefind’s files named by their content are the same file in every build that has them', () => {
    expect(isContentAddressed('/pagefind/index/en_84b3983.pf_index')).toBe(true);
    expect(isContentAddressed('/folio/pagefind-week-2026-03-09/fragment/en_c3.pf_fragment')).toBe(true);
    expect(isContentAddressed('/pagefind/filter/en_1a2b.pf_filter')).toBe(true);
    expect(isContentAddressed('/pagefind/pagefind.en_73b1695ed2.pf_meta')).toBe(true);
  });
  test('files under a fixed name are not: the vocabulary, Pagefind’s entry and bundle, pages', () => {
    expect(isContentAddressed('/search-index/v/0.txt')).toBe(false);
    expect(isContentAddressed('/search-index/suggest.txt')).toBe(false);
    expect(isContentAddressed('/pagefind/pagefind-entry.json')).toBe(false);
    expect(isContentAddressed('/pagefind/pagefind.js')).toBe(false);
    expect(isContentAddressed('/papers/x.pf_index/')).toBe(false);
  });
  test('a file saved under a fixed name is checked with the server, not taken from the browser’s copy; one named by its content is not', () => {
    for (const file of ['/search-index/manifest.json', '/search-index/suggest.txt', '/search-index/v/0.txt', '/pagefind/pagefind-entry.json', '/pagefind/pagefind.js', '/', '/search/', '/topic-names.json']) {
      expect(saveRequest(`${origin}${file}`), file).toEqual({ cache: 'no-cache' });
    }
    for (const file of ['/pagefind/index/en_84b3983.pf_index', '/pagefind/fragment/en_c3.pf_fragment', '/_astro/BaseLayout.Mc_tDIrw.css']) {
      expect(saveRequest(`${origin}${file}`), file).toEqual({});
    }
  });
  test('the mark of a saved search is under the base path', () => {
    expect(savedSearchMark('/folio/')).toBe('/folio/sw-saved-search');
  });
});

/** A cache holding `entries` in the order they were saved, matching as the Cache API does (`ignoreSearch`: the URL without its query). */
function cacheHolding(entries: Array<[string, string]>): Pick<Cache, 'match'> {
  const bare = (url: string) => url.split('?')[0];
  return {
    match: async (request: RequestInfo | URL, options?: CacheQueryOptions) => {
      const url = String(request instanceof Request ? request.url : request);
      const found = entries.find(([key]) => key === url || (options?.ignoreSearch === true && bare(key) === bare(url)));
      return found && new Response(found[1]);
    },
  };
}

describe('offlineCopy', () => {
  test('answers a versioned URL with the copy saved under that version, not an earlier build’s kept in the same cache (an unchanged index keeps the cache’s name)', async () => {
    const cache = cacheHolding([
      [`${origin}/icons.svg`, 'the sprite before versions'],
      [`${origin}/icons.svg?v=0a1b2c3d4e5f`, 'the last build’s sprite'],
      [`${origin}/icons.svg?v=3261766fd843`, 'this build’s sprite'],
    ]);
    await expect((await offlineCopy(cache, `${origin}/icons.svg?v=3261766fd843`))?.text()).resolves.toBe('this build’s sprite');
  });
  test('answers with a copy under another query when none is saved under this one (a page asked with `?q=`)', async () => {
    const cache = cacheHolding([[`${origin}/search/`, 'the search page']]);
    await expect((await offlineCopy(cache, `${origin}/search/?q=diffusion`))?.text()).resolves.toBe('the search page');
    await expect(offlineCopy(cache, `${origin}/papers/`)).resolves.toBeUndefined();
  });
});

describe('supersededVersions', () => {
  const named = ['/folio/', '/folio/icons.svg?v=3261766fd843', '/folio/favicon.svg?v=9a8b7c6d5e4f', '/folio/sw-manifest.json?v=111111111111', '/folio/topic-names.json?v=pf1.6.0-en_1'];
  test('drops the copies of a versioned file under a version this build no longer names, and the copy from before versions, so they do not pile up across deploys in a cache an unchanged index keeps', () => {
    const cached = [
      `${origin}/folio/icons.svg`,
      `${origin}/folio/icons.svg?v=0a1b2c3d4e5f`,
      `${origin}/folio/icons.svg?v=3261766fd843`,
      `${origin}/folio/favicon.svg?v=000000000000`,
      `${origin}/folio/favicon.svg?v=9a8b7c6d5e4f`,
      `${origin}/folio/sw-manifest.json?v=222222222222`,
      `${origin}/folio/sw-manifest.json?v=111111111111`,
    ];
    expect(supersededVersions(cached, named, origin)).toEqual([
      `${origin}/folio/icons.svg`,
      `${origin}/folio/icons.svg?v=0a1b2c3d4e5f`,
      `${origin}/folio/favicon.svg?v=000000000000`,
      `${origin}/folio/sw-manifest.json?v=222222222222`,
    ]);
  });
  test('keeps what this build names, pages, and files it names under no version (a page read, the vocabulary under the index’s version, an index chunk)', () => {
    const cached = [
      `${origin}/folio/`,
      `${origin}/folio/papers/x/`,
      `${origin}/folio/topic-names.json?v=pf1.6.0-en_1`,
      `${origin}/folio/search-index/v/0.txt?v=pf1.6.0-en_1`,
      `${origin}/folio/pagefind/index/en_1.pf_index`,
      `${origin}/folio/_astro/BaseLayout.CEh6vjRP.css`,
    ];
    expect(supersededVersions(cached, named, origin)).toEqual([]);
  });
});
