/**
 * Sorting the files a search fetched into what they are, for the search
 * benchmark's "bytes for the first query" line.
 */

/** One fetched file: its path under the site and its size on the wire and gzipped. */
export interface Fetched {
  path: string;
  bytes: number;
  /** Size with gzip, as a static host would usually send it. */
  gzipBytes: number;
}

/** What kind of file a fetched site path is, given the site's base path. */
export function fetchKind(path: string, base: string): string {
  const local = path.startsWith(base) ? path.slice(base.length) : path;
  if (/^pagefind\/(pagefind|pagefind-worker)\.js$/.test(local)) return 'Pagefind JS';
  if (/^pagefind\/wasm\./.test(local)) return 'Pagefind WebAssembly';
  if (/^pagefind\/index\//.test(local)) return 'index chunks';
  if (/^pagefind\/fragment\//.test(local)) return 'result fragments';
  if (/^pagefind\//.test(local)) return 'Pagefind metadata and filters';
  if (/^_astro\/.*\.js$/.test(local)) return 'site JS (search UI)';
  return 'other';
}

/** Totals per kind, largest first, and overall. */
export function summariseFetches(fetched: readonly Fetched[], base: string) {
  const byKind = new Map<string, { files: number; bytes: number; gzipBytes: number }>();
  for (const f of fetched) {
    const kind = fetchKind(f.path, base);
    const entry = byKind.get(kind) ?? { files: 0, bytes: 0, gzipBytes: 0 };
    entry.files += 1;
    entry.bytes += f.bytes;
    entry.gzipBytes += f.gzipBytes;
    byKind.set(kind, entry);
  }
  const kinds = [...byKind].map(([kind, v]) => ({ kind, ...v })).sort((a, b) => b.bytes - a.bytes);
  const total = kinds.reduce((t, k) => ({ files: t.files + k.files, bytes: t.bytes + k.bytes, gzipBytes: t.gzipBytes + k.gzipBytes }), { files: 0, bytes: 0, gzipBytes: 0 });
  return { kinds, total };
}
