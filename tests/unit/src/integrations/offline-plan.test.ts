import { describe, expect, test } from 'vitest';
import { filesToWarm, OFFLINE_FRAGMENT_BUDGET, planOfflineSearch, type PagefindFile } from '../../../../src/integrations/offline-plan.ts';

const entry = { version: '1.6.0', languages: { en: { hash: 'en_8e8975d5a2', wasm: 'en', page_count: 2 } } };
const files: PagefindFile[] = [
  { path: 'pagefind.js', bytes: 47_000 },
  { path: 'pagefind-worker.js', bytes: 43_000 },
  { path: 'pagefind-entry.json', bytes: 173 },
  { path: 'pagefind.en_8e8975d5a2.pf_meta', bytes: 3_000 },
  { path: 'wasm.en.pagefind', bytes: 60_000 },
  { path: 'wasm.unknown.pagefind', bytes: 55_000 },
  { path: 'index/en_11cf44e.pf_index', bytes: 30_000 },
  { path: 'filter/en_12274c5.pf_filter', bytes: 1_000 },
  { path: 'fragment/en_056e0f2.pf_fragment', bytes: 900 },
  { path: 'fragment/en_0abb9a3.pf_fragment', bytes: 800 },
  { path: 'pagefind-ui.js', bytes: 126_000 },
  { path: 'pagefind-highlight.js', bytes: 44_000 },
  { path: 'playground/pagefind-playground.js', bytes: 500_000 },
];

describe('planOfflineSearch', () => {
  test('the index is what answers any query: loader, worker, entry, metadata, the language’s WebAssembly, index and filter chunks', () => {
    expect(planOfflineSearch(files, entry).searchIndex).toEqual([
      'filter/en_12274c5.pf_filter',
      'index/en_11cf44e.pf_index',
      'pagefind-entry.json',
      'pagefind-worker.js',
      'pagefind.en_8e8975d5a2.pf_meta',
      'pagefind.js',
      'wasm.en.pagefind',
    ]);
  });
  test('leaves out the stock UIs, the highlighter, the playground and unused WebAssembly', () => {
    const plan = planOfflineSearch(files, entry);
    expect([...plan.searchIndex, ...plan.fragments].some((f) => /ui|highlight|playground|unknown/.test(f))).toBe(false);
  });
  test('counts the bytes of the index and of the fragments', () => {
    const plan = planOfflineSearch(files, entry);
    expect(plan.searchIndexBytes).toBe(47_000 + 43_000 + 173 + 3_000 + 60_000 + 30_000 + 1_000);
    expect(plan.fragments).toEqual(['fragment/en_056e0f2.pf_fragment', 'fragment/en_0abb9a3.pf_fragment']);
    expect(plan.fragmentBytes).toBe(1_700);
  });
  test('the fragments go with the index only when both fit in the budget', () => {
    const bytes = planOfflineSearch(files, entry).searchIndexBytes + 1_700;
    expect(planOfflineSearch(files, entry, bytes).withinBudget).toBe(true);
    expect(planOfflineSearch(files, entry, bytes - 1).withinBudget).toBe(false);
    expect(planOfflineSearch(files, entry).withinBudget).toBe(true);
  });
  test('a 10,000-paper archive (46 MB, 40 MB of fragments) is over the default budget', () => {
    const big: PagefindFile[] = [
      { path: 'index/en_a.pf_index', bytes: 6_000_000 },
      ...Array.from({ length: 10_000 }, (_, i) => ({ path: `fragment/en_${i}.pf_fragment`, bytes: 4_000 })),
    ];
    const plan = planOfflineSearch(big, entry);
    expect(plan.withinBudget).toBe(false);
    expect(plan.searchIndexBytes).toBeGreaterThan(OFFLINE_FRAGMENT_BUDGET);
  });
  test('a language Pagefind has no stemmer for loads the `unknown` WebAssembly', () => {
    const unknown = { version: '1.6.0', languages: { xx: { hash: 'xx_1', wasm: null, page_count: 1 } } };
    expect(planOfflineSearch(files, unknown).searchIndex).toContain('wasm.unknown.pagefind');
    expect(planOfflineSearch(files, unknown).searchIndex).not.toContain('wasm.en.pagefind');
  });
});

describe('filesToWarm', () => {
  const manifest = { shell: ['/'], searchIndex: ['/pagefind/pagefind.js', '/pagefind/index/a.pf_index'], fragments: ['/pagefind/fragment/b.pf_fragment'] };
  test('fetches the index and the listed fragments that are not cached yet', () => {
    expect(filesToWarm(manifest, new Set(['/', '/pagefind/pagefind.js']))).toEqual(['/pagefind/index/a.pf_index', '/pagefind/fragment/b.pf_fragment']);
  });
  test('fetches no fragments when the manifest lists none (over the budget)', () => {
    expect(filesToWarm({ shell: [], searchIndex: ['/pagefind/pagefind.js'] }, new Set())).toEqual(['/pagefind/pagefind.js']);
  });
  test('has nothing to do once everything is cached', () => {
    expect(filesToWarm(manifest, new Set([...manifest.searchIndex, ...manifest.fragments]))).toEqual([]);
  });
});
