import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadVocabulary } from '../../../../../src/browser/search/vocabulary-client.ts';

/**
 * The browser's HTTP cache on a host that sends `Cache-Control: max-age`
 * (GitHub Pages: 600 s): a file fetched on an earlier visit is answered from
 * the cache while fresh, unless the request asks to check with the server.
 */
function httpCacheHolding(cached: Record<string, string>, server: Record<string, string>) {
  return vi.fn(async (url: string, init?: RequestInit) => {
    const checks = init?.cache === 'no-cache' || init?.cache === 'reload' || init?.cache === 'no-store';
    const body = !checks && url in cached ? cached[url] : server[url];
    return body === undefined ? new Response('', { status: 404 }) : new Response(body);
  });
}

const manifest = (tag: string) => JSON.stringify({ tag, from: ['a'], chunks: ['en_1'], probe: {} });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadVocabulary', () => {
  test('reads the manifest of the build the server has now, not the copy the browser kept from an earlier visit', async () => {
    // Yesterday's visit left yesterday's manifest in the HTTP cache; today's build names another index version.
    vi.stubGlobal('fetch', httpCacheHolding({ '/search-index/manifest.json': manifest('pf-yesterday') }, { '/search-index/manifest.json': manifest('pf-today') }));
    expect((await loadVocabulary('/')).manifest.tag).toBe('pf-today');
  });
});
