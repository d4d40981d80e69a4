/**
 * Folio's service worker: keeps the site's shell, the pages read and the
 * search files in a cache named after the index's cache tag, so that search
 * and pages already visited work with the network off. Installing saves the
 * shell, then the fixed search files, then, for a small archive, the whole
 * index; every search file fetched is kept; a larger archive's whole index is
 * saved when the reader asks: see src/integrations/offline-plan.ts.
 * Bundled by the Pagefind integration at the end of the build, which fills in
 * `FOLIO_SW`.
 */
import { filesToWarm, type SwManifest } from '../../integrations/offline-plan.ts';
import { isKeepLoadedRequest, isWarmRequest, type WarmReport } from '../sw-messages.ts';
import { cacheName, isContentAddressed, offlineCopy, savedSearchMark, saveRequest, staleCaches, strategyFor, supersededVersions } from './sw-strategy.ts';
import { offlinePageHtml, paperSlugOf } from './offline-page.ts';
import { PAGEFIND_SIGNATURE } from '../../lib/search-folders.ts';
import { paths } from '../../lib/urls.ts';

declare const FOLIO_SW: {
  /** Pagefind's cache tag for this build. */
  tag: string;
  /** Base path, `/` or `/folio/`. */
  base: string;
  /** URL of `sw-manifest.json` (`SwManifest`): what is saved at install and what on request. */
  manifest: string;
};

// The few service-worker types used here (the `webworker` lib clashes with `dom`).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
interface WorkerScope {
  readonly location: Location;
  readonly clients: { claim(): Promise<void>; matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<Array<{ url: string }>> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}
const sw = self as unknown as WorkerScope;
const CACHE = cacheName(FOLIO_SW.tag);
const SAVED_MARK = savedSearchMark(FOLIO_SW.base);

/** Parallel fetches while saving the search index, so the page's own requests are not starved. */
const WARM_CONCURRENCY = 4;

/** The manifest of this build, kept in the cache so a search started offline still finds it. */
async function readManifest(cache: Cache): Promise<SwManifest> {
  const cached = await cache.match(FOLIO_SW.manifest);
  if (cached) return (await cached.json()) as SwManifest;
  const response = await fetch(FOLIO_SW.manifest);
  if (!response.ok) throw new Error(`\`${FOLIO_SW.manifest}\` answered ${response.status}`);
  await cache.put(FOLIO_SW.manifest, response.clone());
  return (await response.json()) as SwManifest;
}

sw.addEventListener('install', (event) => {
  // Precache the shell in the background of the first visit; one failed file
  // must not stop the worker from installing (it is fetched again as the reader browses).
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      const { shell, fixedSearch } = await readManifest(cache);
      const missing = [];
      for (const url of shell) if (!(await cache.match(url))) missing.push(url);
      // The pages open while the worker installs were visited before it could
      // see them: keep them too, so the first visit already works offline.
      const open = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
      for (const client of open) missing.push(client.url.split(/[?#]/)[0]!);
      await Promise.allSettled(missing.map((url) => add(cache, url)));
      // Then what any search needs before its first word (about 180 KB at 10,000 papers).
      const search = [];
      for (const url of fixedSearch) if (!(await cache.match(url))) search.push(url);
      await Promise.allSettled(search.map((url) => add(cache, url)));
      // The whole search, when it fits the automatic budget: a word needs its
      // index chunk and vocabulary shard, so with the fixed files alone a
      // search offline before any search online found nothing. A reader who
      // saved the search for offline use keeps it across a rebuild: the
      // earlier worker still serves the pages while this one saves the new
      // index, before it takes over and deletes the old cache.
      if (await savedByEarlierWorker()) await warmSearch(true);
      else await warmSearch(false);
      await sw.skipWaiting();
    }),
  );
});

/** Fetches `url` into `cache`, checked with the server unless its name is its content (saveRequest). */
function add(cache: Cache, url: string): Promise<void> {
  return cache.add(new Request(url, saveRequest(url)));
}

/** Whether the cache of an earlier worker holds the whole search (its mark). */
async function savedByEarlierWorker(): Promise<boolean> {
  for (const name of staleCaches(await caches.keys(), CACHE)) if (await (await caches.open(name)).match(SAVED_MARK)) return true;
  return false;
}

/** Saves `url` in `cache`: a content-addressed file an earlier worker kept is copied, anything else fetched. */
async function save(cache: Cache, url: string): Promise<void> {
  const kept = isContentAddressed(url) ? await caches.match(url) : undefined;
  if (kept) await cache.put(url, kept);
  else await add(cache, url);
}

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all(staleCaches(await caches.keys(), CACHE).map((name) => caches.delete(name)));
      // A failure leaves the copies for the next worker to drop; it must not keep this one from taking over.
      await dropSupersededVersions().catch(() => undefined);
      await sw.clients.claim();
    })(),
  );
});

/**
 * Deletes from this worker's cache the copies of versioned files (the
 * sprite, the icon, the manifest) this build names under another version:
 * a cache an unchanged index keeps outlives deploys. Done on taking over,
 * not while installing: until then the earlier worker answers its pages
 * from the same cache, with the versions they name.
 */
async function dropSupersededVersions(): Promise<void> {
  const cache = await caches.open(CACHE);
  const { shell } = await readManifest(cache);
  const cached = (await cache.keys()).map((request) => request.url);
  const superseded = supersededVersions(cached, [...shell, FOLIO_SW.manifest], sw.location.origin);
  await Promise.all(superseded.map((url) => cache.delete(url)));
}

let warming: Promise<WarmReport> | undefined;

/**
 * Saves what search needs offline (the index, and the fragments when the
 * manifest lists them), skipping what is cached already; an automatic save
 * (`asked` false: the worker installing, a page after its first search) is
 * declined when the manifest says the search is too big for that. Only the
 * reader's wish is marked for the next worker (savedSearchMark): an
 * automatic save is the budget's, which the next build decides again.
 */
function warmSearch(asked: boolean): Promise<WarmReport> {
  if (asked) {
    // Marked before the files are fetched: a file that fails now leaves the
    // search asked for, so the next worker saves it again.
    return caches
      .open(CACHE)
      .then((cache) => cache.put(SAVED_MARK, new Response('')))
      .then(saveWholeSearch, (): WarmReport => ({ type: 'folio:search-warmed', files: 0, failed: 1 }));
  }
  if (warming) return warming;
  return caches.open(CACHE).then(async (cache) => {
    const manifest = await readManifest(cache);
    return manifest.autoSave ? saveWholeSearch() : { type: 'folio:search-warmed', files: 0, failed: 0, skipped: true };
  });
}

/** Fetches the search files not cached yet; runs once at a time, and a later request after a failure tries the missing files again. */
function saveWholeSearch(): Promise<WarmReport> {
  warming ??= (async () => {
    const cache = await caches.open(CACHE);
    const manifest = await readManifest(cache);
    const cached = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
    const queue = filesToWarm(manifest, cached);
    let failed = 0;
    const fetchNext = async (): Promise<void> => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        await save(cache, url).catch(() => failed++);
      }
    };
    await Promise.all(Array.from({ length: WARM_CONCURRENCY }, fetchNext));
    return { type: 'folio:search-warmed', files: manifest.fixedSearch.length + manifest.searchIndex.length + (manifest.fragments?.length ?? 0), failed } as const;
  })().catch((): WarmReport => ({ type: 'folio:search-warmed', files: 0, failed: 1 }));
  const current = warming;
  void current.then((report) => {
    if (report.failed && warming === current) warming = undefined;
  });
  return current;
}

sw.addEventListener('message', (event) => {
  if (isKeepLoadedRequest(event.data)) {
    event.waitUntil(keepLoaded(event.data.urls));
    return;
  }
  if (!isWarmRequest(event.data)) return;
  const [port] = event.ports;
  event.waitUntil(warmSearch(event.data.asked).then((report) => port?.postMessage(report)));
});

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  const strategy = strategyFor(request.url, request.method, sw.location.origin, FOLIO_SW.base, FOLIO_SW.tag);
  if (strategy === 'bypass') return;
  event.respondWith(strategy === 'cache-first' ? cacheFirst(request) : networkFirst(request, strategy === 'entry'));
});

/**
 * Keeps what a page loaded before the worker saw it (fonts a formula needed,
 * say): the files the worker caches as they are used, if not cached yet. One
 * that fails is fetched again when next used.
 */
async function keepLoaded(urls: readonly string[]): Promise<void> {
  const cache = await caches.open(CACHE);
  const wanted = urls.filter((url) => typeof url === 'string' && strategyFor(url, 'GET', sw.location.origin, FOLIO_SW.base, FOLIO_SW.tag) === 'cache-first');
  await Promise.allSettled(wanted.map(async (url) => (await cache.match(url, { ignoreSearch: true })) ?? add(cache, url)));
}

async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request: Request, stripQuery: boolean): Promise<Response> {
  const cache = await caches.open(CACHE);
  // Pages ignore query strings (`/search/?q=…` is one page); the Pagefind
  // entry is fetched with a cache-busting `?ts=`; store both without it.
  const key = stripQuery || request.mode === 'navigate' ? request.url.split('?')[0]! : request;
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const cached = await offlineCopy(cache, key);
    if (cached) return cached;
    if (request.mode === 'navigate') return offlinePage(request);
    throw error;
  }
}

/**
 * The answer to a navigation offline to a page never saved: for a paper, its
 * title from the search data saved on this device, and the search the reader
 * came from (offline-page.ts).
 */
async function offlinePage(request: Request): Promise<Response> {
  const slug = paperSlugOf(new URL(request.url).pathname, FOLIO_SW.base);
  const title = slug === undefined ? undefined : await savedTitle(`/${paths.paper(slug)}`).catch(() => undefined);
  const body = offlinePageHtml({ base: FOLIO_SW.base, url: request.url, title, referrer: request.referrer || undefined });
  return new Response(body, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

/**
 * The title of the page Pagefind indexed at `url` (site-relative, `/papers/x/`,
 * as its fragments name pages), from the fragments saved in the cache: one
 * per paper, saved with the whole search or as results were shown.
 */
async function savedTitle(url: string): Promise<string | undefined> {
  const cache = await caches.open(CACHE);
  for (const request of await cache.keys()) {
    if (!request.url.endsWith('.pf_fragment')) continue;
    const fragment = await readFragment(await cache.match(request));
    if (fragment?.url === url) return fragment.meta?.title;
  }
  return undefined;
}

/** A Pagefind fragment as saved (gzip, then its signature, then JSON; src/integrations/pagefind-format.ts reads it at build time), or `undefined` if it does not read so. */
async function readFragment(response: Response | undefined): Promise<{ url?: string; meta?: { title?: string } } | undefined> {
  if (!response) return undefined;
  let bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  return text.startsWith(PAGEFIND_SIGNATURE) ? (JSON.parse(text.slice(PAGEFIND_SIGNATURE.length)) as { url?: string; meta?: { title?: string } }) : undefined;
}
