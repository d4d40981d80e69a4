/**
 * Write a generated corpus to a folder, one `.txt` file per dump.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Corpus } from './generate-corpus.ts';

/** Write every dump of a corpus into `dir` (created if missing); returns the paths written. */
export async function writeCorpus(corpus: Corpus, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const dump of corpus.dumps) {
    const file = path.join(dir, dump.fileName);
    await writeFile(file, dump.text);
    paths.push(file);
  }
  return paths;
}
