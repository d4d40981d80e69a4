/**
 * How the service worker answers a request. Pure, so the routing is tested
 * without a browser:
 * - `entry`: Pagefind's entry files (fetched with a cache-busting query) and
 *   the vocabulary manifest; try the network so a new deploy is seen, fall
 *   back to the cached copy.
 * - `cache-first`: files that never change under one cache version (Astro's
 *   hashed assets, the Pagefind bundle, the vocabulary's shards and word
 *   list: the cache is named after the index's tag).
 * - `network-first`: pages and everything else of the site; the cached copy
 *   is the offline fallback.
 * - `bypass`: not ours (other hosts, non-GET, outside the base path), and a
 *   vocabulary file asked for another version of the index than the
 *   worker's: after a rebuild, a page reads the new manifest from the network
 *   while the old worker still controls it, and that worker's cache holds the
 *   old build's files under the same names.
 */
import { INDEX_VERSION_PARAM, isSearchPartFolder, VOCABULARY_FOLDER } from '../../lib/search-folders.ts';

export type Strategy = 'entry' | 'cache-first' | 'network-first' | 'bypass';

/** Chooses the strategy for a request to `url` (absolute) on a site at `origin` + `base`, for a worker caching index version `tag`. */
export function strategyFor(url: string, method: string, origin: string, base: string, tag: string): Strategy {
  if (method !== 'GET') return 'bypass';
  const parsed = new URL(url);
  if (parsed.origin !== origin || !parsed.pathname.startsWith(base)) return 'bypass';
  const path = parsed.pathname.slice(base.length);
  if (path === 'sw.js') return 'bypass';
  const top = path.slice(0, path.indexOf('/'));
  const search = isSearchPartFolder(top);
  if ((search && path === `${top}/pagefind-entry.json`) || path === `${VOCABULARY_FOLDER}/manifest.json`) return 'entry';
  if (top === VOCABULARY_FOLDER) return (parsed.searchParams.get(INDEX_VERSION_PARAM) ?? tag) === tag ? 'cache-first' : 'bypass';
  if (search || top === '_astro') return 'cache-first';
  return 'network-first';
}

/** The cache a service worker built for Pagefind tag `tag` keeps everything in. */
export function cacheName(tag: string): string {
  return `folio-${tag}`;
}

/** Caches of older versions, to delete when a new service worker activates. */
export function staleCaches(names: readonly string[], current: string): string[] {
  return names.filter((name) => name.startsWith('folio-') && name !== current);
}

/**
 * The cache entry a worker writes when it starts saving the whole search
 * (the reader asked, or it fitted the automatic budget): the next worker,
 * after a rebuild, finds it in this cache and saves its own index too, also
 * when a file failed to save this time.
 */
export function savedSearchMark(base: string): string {
  return `${base}sw-saved-search`;
}

/** Whether `url` is one of Pagefind's files named by a hash of their content (an index chunk, a fragment, a filter, the metadata), so a copy kept by an earlier worker is this build's too. */
export function isContentAddressed(url: string): boolean {
  return /\.pf_(?:index|fragment|filter|meta)$/.test(new URL(url, 'https://x.invalid').pathname);
}

/**
 * How the worker fetches a file to save it: a file under a fixed name is
 * checked with the server (`no-cache`), since the browser may hold the last
 * build's copy for as long as the host allows (GitHub Pages: ten minutes),
 * and a worker installed after a deploy would save it beside the new
 * build's index (a vocabulary manifest of another index, offline); a file
 * named by its content (Pagefind's index files, Astro's `_astro/` assets)
 * is the same in any copy.
 */
export function saveRequest(url: string): RequestInit {
  const named = isContentAddressed(url) || new URL(url, 'https://x.invalid').pathname.includes('/_astro/');
  return named ? {} : { cache: 'no-cache' };
}

/**
 * The copy a cache holds to answer `request` with when the network fails:
 * the one saved under its very URL, else one under the URL without its
 * query (a page asked with `?q=`, the Pagefind entry's `?ts=`). The exact
 * copy first: a cache that outlives a deploy (an unchanged index keeps its
 * name, cacheName) holds the last build's `icons.svg?v=…` beside this one's,
 * and the Cache API's `ignoreSearch` answers with the first saved.
 */
export async function offlineCopy(cache: Pick<Cache, 'match'>, request: RequestInfo): Promise<Response | undefined> {
  return (await cache.match(request)) ?? (await cache.match(request, { ignoreSearch: true }));
}

/** The query that names the version of a file served under a fixed name (`icons.svg?v=…`: src/lib/asset-version.ts, sw-manifest.json's too). */
const VERSION_PARAM = 'v';

/**
 * The cached URLs (absolute) to drop when a worker takes over: copies of a
 * file this build names under a version (`named`: the shell's URLs and the
 * manifest's, site-relative or absolute, resolved against `origin`) saved
 * under another version, or under none (before versions). A cache whose
 * index is unchanged keeps its name across deploys (cacheName), so each
 * deploy that changed the sprite or the icon would otherwise leave its copy
 * there for good. Other URLs are kept: pages, and files named under no
 * version or under the index's (the vocabulary's `?v=<tag>`, whose cache is
 * the tag's). Pure.
 */
export function supersededVersions(cached: readonly string[], named: readonly string[], origin: string): string[] {
  const versioned = new Set<string>();
  const current = new Set<string>();
  for (const url of named) {
    const parsed = new URL(url, origin);
    if (!parsed.searchParams.has(VERSION_PARAM)) continue;
    current.add(parsed.href);
    versioned.add(parsed.origin + parsed.pathname);
  }
  return cached.filter((url) => {
    const parsed = new URL(url);
    return versioned.has(parsed.origin + parsed.pathname) && !current.has(parsed.href);
  });
}
