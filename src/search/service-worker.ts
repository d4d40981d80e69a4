/**
 * Folio's service worker: keeps the site's shell and the Pagefind index in a
 * cache named after the index's cache tag, so that search and pages already
 * visited work with the network off. Bundled by the Pagefind integration at
 * the end of the build, which fills in `FOLIO_SW`.
 */
import { cacheName, staleCaches, strategyFor } from './sw-strategy.ts';

declare const FOLIO_SW: {
  /** Pagefind's cache tag for this build. */
  tag: string;
  /** Base path, `/` or `/folio/`. */
  base: string;
  /** URL of `sw-manifest.json` (`{ precache: string[] }`): shell pages, their assets and the Pagefind bundle, cached at install. */
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
interface WorkerScope {
  readonly location: Location;
  readonly clients: { claim(): Promise<void>; matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<Array<{ url: string }>> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}
const sw = self as unknown as WorkerScope;
const CACHE = cacheName(FOLIO_SW.tag);

sw.addEventListener('install', (event) => {
  // Precache in the background of the first visit; one failed file must not
  // stop the worker from installing (it is fetched again as the reader browses).
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      const { precache } = (await (await fetch(FOLIO_SW.manifest)).json()) as { precache: string[] };
      const missing = [];
      for (const url of precache) if (!(await cache.match(url))) missing.push(url);
      // The pages open while the worker installs were visited before it could
      // see them: keep them too, so the first visit already works offline.
      const open = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
      for (const client of open) missing.push(client.url.split(/[?#]/)[0]!);
      await Promise.allSettled(missing.map((url) => cache.add(url)));
      await sw.skipWaiting();
    }),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all(staleCaches(await caches.keys(), CACHE).map((name) => caches.delete(name)));
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  const strategy = strategyFor(request.url, request.method, sw.location.origin, FOLIO_SW.base);
  if (strategy === 'bypass') return;
  event.respondWith(strategy === 'cache-first' ? cacheFirst(request) : networkFirst(request, strategy === 'entry'));
});

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
    const cached = await cache.match(key, { ignoreSearch: true });
    if (cached) return cached;
    if (request.mode === 'navigate') return offlinePage();
    throw error;
  }
}

function offlinePage(): Response {
  const home = FOLIO_SW.base;
  const body = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline</title><main style="font:1.1rem/1.6 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><h1>You are offline</h1><p>This page has not been visited on this device yet, so there is no copy of it here. Pages you have read and <a href="${home}search/">search</a> still work.</p></main></html>`;
  return new Response(body, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
