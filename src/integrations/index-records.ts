import fs from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { compareStrings } from '../format/compare-strings.ts';
import { pagefindStepError } from './pagefind-checks.ts';
import { searchRecordPage, type SearchRecord } from './search-records.ts';

/**
 * Indexes the papers' search records with Pagefind's Node API and writes the
 * index to `outputPath` (emptied first). Pagefind runs in its own process,
 * so this proceeds on another core while Astro bundles and renders; started
 * at `astro:build:start`, it is awaited at `astro:build:done`. Throws on the
 * first step that reports errors.
 */
export async function indexRecords(records: readonly SearchRecord[], outputPath: string): Promise<void> {
  await fs.rm(outputPath, { recursive: true, force: true });
  try {
    const { index, errors } = await pagefind.createIndex({});
    const createError = pagefindStepError('createIndex', errors);
    if (createError || !index) throw createError ?? new Error('Pagefind `createIndex` returned no index');
    // In URL order: Pagefind numbers pages as they are added, and its file names hash the result, so the
    // same papers must give the same index whatever order the content layer (stored or fresh) hands them over.
    const ordered = [...records].sort((a, b) => compareStrings(a.url, b.url));
    const added = await Promise.all(ordered.map((record) => index.addHTMLFile({ url: record.url, content: searchRecordPage(record) })));
    const addError = pagefindStepError('addHTMLFile', added.flatMap((a) => a.errors));
    if (addError) throw addError;
    const written = await index.writeFiles({ outputPath });
    const writeError = pagefindStepError('writeFiles', written.errors);
    if (writeError) throw writeError;
  } finally {
    await pagefind.close();
  }
}
