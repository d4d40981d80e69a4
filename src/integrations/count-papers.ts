import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { parse } from 'yaml';
import { paperFileNames } from '../format/content-folder.ts';
import { splitEntry } from '../format/frontmatter.ts';

/**
 * How many entries of the papers folder `papersDir` are papers on show (not
 * retired: README, "Retiring a paper"): the paper pages the search must
 * index, one each (src/integrations/pagefind.ts checks it).
 */
export async function countPapersOnShow(papersDir: string): Promise<number> {
  const limit = pLimit(32);
  const names = await paperFileNames(papersDir);
  const retired = await Promise.all(names.map((name) => limit(async () => isRetiredEntry(await readFile(path.join(papersDir, name), 'utf8')))));
  return retired.filter((r) => !r).length;
}

/** Whether an entry's frontmatter gives a `retired` reason; an entry that cannot be read is not (the content loader reports it). */
export function isRetiredEntry(source: string): boolean {
  let yaml: string;
  try {
    yaml = splitEntry(source).yaml;
  } catch {
    return false;
  }
  // Most entries never say the word: only those are parsed.
  if (!yaml.includes('retired')) return false;
  try {
    const data: unknown = parse(yaml);
    return typeof data === 'object' && data !== null && typeof (data as { retired?: unknown }).retired === 'string';
  } catch {
    return false;
  }
}
