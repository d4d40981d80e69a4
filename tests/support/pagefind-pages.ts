import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { withPagefindEnvironment } from '../../src/integrations/pagefind-environment.ts';
import { readPagefindOutput } from '../../src/integrations/search-vocabulary.ts';

/**
 * Indexes the built pages of `dist` with Pagefind, as `indexSite` does when
 * it has no search records (a copy of the HTML, without `pagefind/`), into a
 * temp folder; returns that folder's `pagefind/`.
 */
export async function indexBuiltPages(dist: string): Promise<string> {
  const copy = await fs.mkdtemp(path.join(os.tmpdir(), 'folio-built-pages-'));
  await fs.cp(dist, copy, { recursive: true, filter: (source) => !path.relative(dist, source).startsWith('pagefind') });
  await withPagefindEnvironment(async () => {
    try {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`Pagefind createIndex: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: copy });
      if (added.errors.length) throw new Error(`Pagefind addDirectory: ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: path.join(copy, 'pagefind') });
      if (written.errors.length) throw new Error(`Pagefind writeFiles: ${written.errors.join('; ')}`);
    } finally {
      await pagefind.close();
    }
  });
  return path.join(copy, 'pagefind');
}

/**
 * What an index says about each page, by URL, whatever order Pagefind
 * numbered the pages in: its text, metadata, filters and word count (from its
 * fragment) and every word's positions (from the index chunks), as one string.
 * A metadata position names its field: Pagefind numbers the fields of each
 * index (an index with no page holding `search-text` numbers `title` 0).
 */
export async function indexByUrl(pagefindDir: string): Promise<Map<string, string>> {
  const entry = JSON.parse(await fs.readFile(path.join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const output = await readPagefindOutput(pagefindDir, Object.values(entry.languages)[0]!.hash);
  const pages = await Promise.all(
    output.meta.pages.map(async (hash) => {
      // A fragment is gzipped JSON after Pagefind's 12-byte `pagefind_dcd` signature.
      const raw = JSON.parse(gunzipSync(await fs.readFile(path.join(pagefindDir, `fragment/${hash}.pf_fragment`))).subarray(12).toString('utf8')) as Record<string, unknown>;
      return { url: raw.url as string, fragment: { content: raw.content, meta: raw.meta, filters: raw.filters, wordCount: raw.word_count }, words: [] as string[] };
    }),
  );
  const fields = output.meta.metaFields;
  for (const word of output.chunks.flat()) {
    for (const p of word.pages) pages[p.page]!.words.push(`${word.key} ${JSON.stringify([p.locations, p.metaLocations.map((m) => ({ field: fields[m.field], position: m.position }))])}`);
  }
  return new Map(pages.map((p) => [p.url, JSON.stringify({ ...p.fragment, words: p.words.sort() })]));
}
