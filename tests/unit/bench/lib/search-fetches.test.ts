import { describe, expect, test } from 'vitest';
import { fetchKind, isFixedSearchFile, summariseFetches } from '../../../../bench/lib/search-fetches.ts';

describe('fetchKind', () => {
  test('sorts Pagefind, vocabulary and site files under a base path', () => {
    expect(fetchKind('/folio/pagefind/pagefind.js', '/folio/')).toBe('Pagefind JS');
    expect(fetchKind('/folio/pagefind/wasm.en.pagefind', '/folio/')).toBe('Pagefind WebAssembly');
    expect(fetchKind('/folio/pagefind/index/en_1.pf_index', '/folio/')).toBe('index chunks');
    expect(fetchKind('/folio/pagefind/fragment/en_2.pf_fragment', '/folio/')).toBe('result fragments');
    expect(fetchKind('/folio/pagefind/pagefind-entry.json', '/folio/')).toBe('Pagefind metadata');
    expect(fetchKind('/folio/pagefind-week-2026-03-09/pagefind-entry.json', '/folio/')).toBe('Pagefind metadata');
    expect(fetchKind('/pagefind-week-2026-03-09/index/en_1.pf_index', '/')).toBe('index chunks');
    expect(fetchKind('/pagefind-y2025/fragment/en_2.pf_fragment', '/')).toBe('result fragments');
    expect(fetchKind('/folio/search-index/v/3.txt', '/folio/')).toBe('vocabulary shards');
    expect(fetchKind('/folio/search-index/manifest.json', '/folio/')).toBe('vocabulary manifest and word list');
    expect(fetchKind('/folio/_astro/header-search.Ab1.js', '/folio/')).toBe('site JS (search UI)');
    expect(fetchKind('/folio/favicon.svg', '/folio/')).toBe('other');
  });
  test('the fixed files are those any search needs before its first word', () => {
    expect(isFixedSearchFile('/pagefind/pagefind.en_1.pf_meta', '/')).toBe(true);
    expect(isFixedSearchFile('/pagefind/index/en_1.pf_index', '/')).toBe(false);
    expect(isFixedSearchFile('/search-index/v/1.txt', '/')).toBe(false);
  });
});

describe('summariseFetches', () => {
  test('totals per kind, largest first, overall, and the fixed part', () => {
    const s = summariseFetches(
      [
        { path: '/pagefind/fragment/a', bytes: 100 },
        { path: '/pagefind/pagefind.js', bytes: 500 },
        { path: '/pagefind/fragment/b', bytes: 50 },
      ],
      '/',
    );
    expect(s.kinds.map((k) => [k.kind, k.files, k.bytes])).toEqual([
      ['Pagefind JS', 1, 500],
      ['result fragments', 2, 150],
    ]);
    expect(s.total).toEqual({ files: 3, bytes: 650 });
    expect([s.fixed, s.perQuery]).toEqual([500, 150]);
  });
});
