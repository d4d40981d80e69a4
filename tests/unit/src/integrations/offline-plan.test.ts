import { describe, expect, test } from 'vitest';
import { filesToWarm, OFFLINE_FRAGMENT_BUDGET, planOfflineSearch, type SearchFile } from '../../../../src/integrations/offline-plan.ts';

const entry = [{ folder: 'pagefind', entry: { version: '1.6.0', languages: { en: { hash: 'en_8e8975d5a2', wasm: 'en', page_count: 2 } } } }];
const files: SearchFile[] = [
  { path: 'pagefind/pagefind.js', bytes: 47_000 },
  { path: 'pagefind/pagefind-worker.js', bytes: 43_000 },
  { path: 'pagefind/pagefind-entry.json', bytes: 173 },
  { path: 'pagefind/pagefind.en_8e8975d5a2.pf_meta', bytes: 3_000 },
  { path: 'pagefind/wasm.en.pagefind', bytes: 60_000 },
  { path: 'pagefind/wasm.unknown.pagefind', bytes: 55_000 },
  { path: 'pagefind/index/en_11cf44e.pf_index', bytes: 30_000 },
  { path: 'pagefind/filter/en_12274c5.pf_filter', bytes: 1_000 },
  { path: 'pagefind/fragment/en_056e0f2.pf_fragment', bytes: 900 },
  { path: 'pagefind/fragment/en_0abb9a3.pf_fragment', bytes: 800 },
  { path: 'pagefind/pagefind-ui.js', bytes: 126_000 },
  { path: 'pagefind/pagefind-highlight.js', bytes: 44_000 },
  { path: 'pagefind/playground/pagefind-playground.js', bytes: 500_000 },
  { path: 'search-index/manifest.json', bytes: 200 },
  { path: 'search-index/suggest.txt', bytes: 8_000 },
  { path: 'search-index/v/0.txt', bytes: 1_000 },
];
const budgets = { fragments: OFFLINE_FRAGMENT_BUDGET, auto: 1_000_000 };

describe('planOfflineSearch', () => {
  test('the fixed files are what any search needs before its first word: loader, entry, metadata, the language’s WebAssembly, the topic filter, the vocabulary manifest and word list', () => {
    expect(planOfflineSearch(files, entry).fixed).toEqual([
      'pagefind/filter/en_12274c5.pf_filter',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.en_8e8975d5a2.pf_meta',
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
      'search-index/manifest.json',
      'search-index/suggest.txt',
    ]);
  });
  test('the index is every Pagefind chunk and vocabulary shard', () => {
    expect(planOfflineSearch(files, entry).index).toEqual(['pagefind/index/en_11cf44e.pf_index', 'search-index/v/0.txt']);
  });
  test('leaves out the stock UIs, the highlighter, the playground, the worker and unused WebAssembly', () => {
    const plan = planOfflineSearch(files, entry);
    expect([...plan.fixed, ...plan.index, ...plan.fragments].some((f) => /ui|highlight|playground|unknown|worker/.test(f))).toBe(false);
  });
  test('counts the bytes of each part', () => {
    const plan = planOfflineSearch(files, entry);
    expect(plan.fixedBytes).toBe(47_000 + 173 + 3_000 + 60_000 + 1_000 + 200 + 8_000);
    expect(plan.indexBytes).toBe(31_000);
    expect(plan.fragments).toEqual(['pagefind/fragment/en_056e0f2.pf_fragment', 'pagefind/fragment/en_0abb9a3.pf_fragment']);
    expect(plan.fragmentBytes).toBe(1_700);
  });
  test('the fragments go with the index, and a first search saves everything, only when the whole search fits each budget', () => {
    const plan = planOfflineSearch(files, entry);
    const whole = plan.fixedBytes + plan.indexBytes + plan.fragmentBytes;
    expect(planOfflineSearch(files, entry, { fragments: whole, auto: whole }).withinBudget).toBe(true);
    expect(planOfflineSearch(files, entry, { fragments: whole, auto: whole }).autoSave).toBe(true);
    expect(planOfflineSearch(files, entry, { fragments: whole - 1, auto: whole - 1 }).withinBudget).toBe(false);
    expect(planOfflineSearch(files, entry, { fragments: whole - 1, auto: whole - 1 }).autoSave).toBe(false);
  });
  test('a 10,000-paper archive (6 MB of index, 10 MB of fragments) is saved only on request, without its fragments', () => {
    const big: SearchFile[] = [
      ...files.slice(0, 6),
      ...Array.from({ length: 600 }, (_, i) => ({ path: `pagefind/index/en_${i}.pf_index`, bytes: 10_000 })),
      ...Array.from({ length: 10_000 }, (_, i) => ({ path: `pagefind/fragment/en_${i}.pf_fragment`, bytes: 1_000 })),
    ];
    const plan = planOfflineSearch(big, entry, budgets);
    expect(plan.withinBudget).toBe(false);
    expect(plan.autoSave).toBe(false);
    expect(plan.fixedBytes).toBeLessThan(1024 * 1024);
  });
  test('a language Pagefind has no stemmer for loads the `unknown` WebAssembly', () => {
    const unknown = [{ folder: 'pagefind', entry: { version: '1.6.0', languages: { xx: { hash: 'xx_1', wasm: null, page_count: 1 } } } }];
    expect(planOfflineSearch(files, unknown).fixed).toContain('pagefind/wasm.unknown.pagefind');
    expect(planOfflineSearch(files, unknown).fixed).not.toContain('pagefind/wasm.en.pagefind');
  });
  test('with a second index (the latest month), its entry, metadata and filter are fixed too, its chunks index and its fragments fragments; its loader and WebAssembly, never loaded, are left out', () => {
    const recent: SearchFile[] = [
      { path: 'pagefind-week-2026-03-09/pagefind.js', bytes: 47_000 },
      { path: 'pagefind-week-2026-03-09/pagefind-entry.json', bytes: 170 },
      { path: 'pagefind-week-2026-03-09/pagefind.en_77.pf_meta', bytes: 500 },
      { path: 'pagefind-week-2026-03-09/wasm.en.pagefind', bytes: 60_000 },
      { path: 'pagefind-week-2026-03-09/index/en_a1.pf_index', bytes: 4_000 },
      { path: 'pagefind-week-2026-03-09/filter/en_f1.pf_filter', bytes: 300 },
      { path: 'pagefind-week-2026-03-09/fragment/en_c3.pf_fragment', bytes: 700 },
      { path: 'elsewhere/index/en_zz.pf_index', bytes: 9 },
    ];
    const parts = [...entry, { folder: 'pagefind-week-2026-03-09', entry: { version: '1.6.0', languages: { en: { hash: 'en_77', wasm: 'en', page_count: 1 } } } }];
    const plan = planOfflineSearch([...files, ...recent], parts);
    expect(plan.fixed).toEqual([
      'pagefind-week-2026-03-09/filter/en_f1.pf_filter',
      'pagefind-week-2026-03-09/pagefind-entry.json',
      'pagefind-week-2026-03-09/pagefind.en_77.pf_meta',
      ...planOfflineSearch(files, entry).fixed,
    ]);
    expect(plan.index).toEqual(['pagefind-week-2026-03-09/index/en_a1.pf_index', 'pagefind/index/en_11cf44e.pf_index', 'search-index/v/0.txt']);
    expect(plan.fragments).toEqual(['pagefind-week-2026-03-09/fragment/en_c3.pf_fragment', ...planOfflineSearch(files, entry).fragments]);
  });
});

describe('filesToWarm', () => {
  const manifest = { shell: ['/'], fixedSearch: ['/pagefind/pagefind.js'], searchIndex: ['/pagefind/index/a.pf_index'], fragments: ['/pagefind/fragment/b.pf_fragment'], autoSave: true };
  test('fetches the fixed files, the index and the listed fragments that are not cached yet', () => {
    expect(filesToWarm(manifest, new Set(['/', '/pagefind/pagefind.js']))).toEqual(['/pagefind/index/a.pf_index', '/pagefind/fragment/b.pf_fragment']);
  });
  test('fetches no fragments when the manifest lists none (over the budget)', () => {
    expect(filesToWarm({ shell: [], fixedSearch: [], searchIndex: ['/pagefind/index/a.pf_index'], autoSave: false }, new Set())).toEqual(['/pagefind/index/a.pf_index']);
  });
  test('has nothing to do once everything is cached', () => {
    expect(filesToWarm(manifest, new Set([...manifest.fixedSearch, ...manifest.searchIndex, ...manifest.fragments]))).toEqual([]);
  });
});
