import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { VocabularyManifest } from '../../src/lib/search-vocabulary.ts';
import type { VocabularyJob } from '../../src/integrations/search-vocabulary.ts';

/** The indexes of the search built into `dist` (its archive's and those the vocabulary's manifest merges), as the build gives them to the vocabulary. */
export function builtIndexes(dist: string): VocabularyJob['indexes'] {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'search-index/manifest.json'), 'utf8')) as VocabularyManifest;
  return ['pagefind', ...(manifest.merged ?? []).map((m) => m.path.replace(/\/$/, ''))].map((folder) => {
    const dir = path.join(dist, folder);
    const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    return { folder, dir, languageHash: entry.languages.en!.hash };
  });
}
