/**
 * Sorting the files a search fetched into what they are, for the search
 * benchmark's "bytes for the first query" lines.
 */

/** One response: its path under the site and the bytes it took on the wire (body as sent, gzip or not). */
export interface Fetched {
  path: string;
  bytes: number;
}

/** What kind of file a fetched site path is, given the site's base path. */
export function fetchKind(path: string, base: string): string {
  const full = path.startsWith(base) ? path.slice(base.length) : path;
  // Any Pagefind index's folder (`pagefind/`, the latest month's weeks' `pagefind-week-2025-09-22/`, a shard's `pagefind-y2025/`) counts as Pagefind's.
  const index = /^pagefind(?:-[\w-]+)?\//.exec(full);
  const local = index ? `pagefind/${full.slice(index[0].length)}` : full;
  if (/^pagefind\/(pagefind|pagefind-worker)\.js$/.test(local)) return 'Pagefind JS';
  if (/^pagefind\/wasm\./.test(local)) return 'Pagefind WebAssembly';
  if (/^pagefind\/index\//.test(local)) return 'index chunks';
  if (/^pagefind\/fragment\//.test(local)) return 'result fragments';
  if (/^pagefind\/filter\//.test(local)) return 'Pagefind filters';
  if (/^pagefind\//.test(local)) return 'Pagefind metadata';
  if (/^search-index\/v\//.test(local)) return 'vocabulary shards';
  if (/^search-index\//.test(local)) return 'vocabulary manifest and word list';
  if (/^_astro\/.*\.js$/.test(local)) return 'site JS (search UI)';
  return 'other';
}

/**
 * Files any search needs before its first word, the same whatever the query
 * (what the service worker precaches on a first visit): the rest is per query.
 */
export function isFixedSearchFile(path: string, base: string): boolean {
  return ['Pagefind JS', 'Pagefind WebAssembly', 'Pagefind metadata', 'Pagefind filters', 'vocabulary manifest and word list', 'site JS (search UI)'].includes(fetchKind(path, base));
}

/** Totals per kind, largest first, and overall. */
export function summariseFetches(fetched: readonly Fetched[], base: string) {
  const byKind = new Map<string, { files: number; bytes: number }>();
  for (const f of fetched) {
    const kind = fetchKind(f.path, base);
    const entry = byKind.get(kind) ?? { files: 0, bytes: 0 };
    entry.files += 1;
    entry.bytes += f.bytes;
    byKind.set(kind, entry);
  }
  const kinds = [...byKind].map(([kind, v]) => ({ kind, ...v })).sort((a, b) => b.bytes - a.bytes);
  const total = kinds.reduce((t, k) => ({ files: t.files + k.files, bytes: t.bytes + k.bytes }), { files: 0, bytes: 0 });
  const fixed = fetched.filter((f) => isFixedSearchFile(f.path, base)).reduce((sum, f) => sum + f.bytes, 0);
  return { kinds, total, fixed, perQuery: total.bytes - fixed };
}
