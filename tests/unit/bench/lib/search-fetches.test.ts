import { describe, expect, test } from 'vitest';
import { fetchKind, summariseFetches } from '../../../../bench/lib/search-fetches.ts';

describe('fetchKind', () => {
  test('sorts Pagefind and site files under a base path', () => {
    expect(fetchKind('/folio/pagefind/pagefind.js', '/folio/')).toBe('Pagefind JS');
    expect(fetchKind('/folio/pagefind/wasm.en.pagefind', '/folio/')).toBe('Pagefind WebAssembly');
    expect(fetchKind('/folio/pagefind/index/en_1.pf_index', '/folio/')).toBe('index chunks');
    expect(fetchKind('/folio/pagefind/fragment/en_2.pf_fragment', '/folio/')).toBe('result fragments');
    expect(fetchKind('/folio/pagefind/pagefind-entry.json', '/folio/')).toBe('Pagefind metadata and filters');
    expect(fetchKind('/folio/_astro/header-search.Ab1.js', '/folio/')).toBe('site JS (search UI)');
    expect(fetchKind('/folio/favicon.svg', '/folio/')).toBe('other');
  });
});

describe('summariseFetches', () => {
  test('totals per kind, largest first, and overall', () => {
    const s = summariseFetches(
      [
        { path: '/pagefind/fragment/a', bytes: 100, gzipBytes: 90 },
        { path: '/pagefind/pagefind.js', bytes: 500, gzipBytes: 150 },
        { path: '/pagefind/fragment/b', bytes: 50, gzipBytes: 40 },
      ],
      '/',
    );
    expect(s.kinds.map((k) => [k.kind, k.files, k.bytes])).toEqual([
      ['Pagefind JS', 1, 500],
      ['result fragments', 2, 150],
    ]);
    expect(s.total).toEqual({ files: 3, bytes: 650, gzipBytes: 280 });
  });
});
