import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { indexRecords } from '../../src/integrations/index-records.ts';
import type { SearchRecord } from '../../src/integrations/search-records.ts';
import { tempDir } from './run-ingest.ts';

const record = (slug: string, title: string, text: string): SearchRecord => ({
  url: `/papers/${slug}/`,
  title,
  formerTitles: [],
  html: `<p>${text}</p>`,
  text,
  plain: text,
  topics: [{ id: 'other', name: 'Other' }],
});

const RECORDS = [
  record('tide-tables', 'Tide Tables from Satellite Altimetry', 'We predict tides from twenty years of altimetry.'),
  record('ropes', 'Rotary Embeddings for Long Ropes', 'A rope is a long sequence; we embed its twists.'),
  record('glacier', 'Glacier Flow under Warming', 'Ice sheets speed up as their beds warm.'),
  record('coral', 'Coral Reef Sounds as a Health Signal', 'Healthy reefs are loud; we listen with hydrophones.'),
];

/** The index's cache tag and every file name it wrote: what readers' offline copies are keyed by. */
async function indexOf(records: readonly SearchRecord[]): Promise<{ entry: string; files: string[] }> {
  const out = path.join(await tempDir('folio-index-'), 'pagefind');
  await indexRecords(records, out);
  return { entry: await readFile(path.join(out, 'pagefind-entry.json'), 'utf8'), files: (await readdir(out, { recursive: true })).sort() };
}

test('the same papers give the same index, in whatever order the content layer hands them over', async () => {
  // An incremental build gets the entries in its stored order, a clean build in file order: a changed
  // index would rename the service worker's cache and make every reader fetch the search files again.
  const forward = await indexOf(RECORDS);
  const backward = await indexOf([...RECORDS].reverse());
  expect(backward).toEqual(forward);
}, 60_000);

test('a formula is indexed as its plain text, never its TeX, and not followed by a full stop the abstract does not have, in the text search excerpts are cut from', async () => {
  const { renderPlainBody } = await import('../../src/loaders/render-abstract.ts');
  const { parseBody } = await import('../../src/format/entry.ts');
  const { indexByUrl } = await import('../support/pagefind-pages.ts');
  const text = 'We cut the cost from $O(n^2)$ to $O(n \\log n)$ and keep $k$ slots.';
  const html = await renderPlainBody(parseBody(text));
  const out = path.join(await tempDir('folio-index-'), 'pagefind');
  await indexRecords([{ ...record('math', 'Cheaper Attention', text), html }], out);
  const page = JSON.parse([...(await indexByUrl(out)).values()][0]!) as { content: string };
  expect(page.content).toContain('We cut the cost from O(n²) to O(n log n) and keep k slots.');
}, 60_000);
