import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { compareStrings } from './compare-strings.ts';

/**
 * A fingerprint of the code that turns an input into an output: the `.ts`
 * and `.yaml` files in `folders`, the single `files`, and always the lock
 * file (it pins the libraries that parse, render and escape). Memos keyed on
 * it (the ingest's, the papers loader's) are dropped whenever that code changes.
 */
export async function codeVersion(folders: readonly URL[], files: readonly URL[] = []): Promise<string> {
  const all = [...files, new URL('../../package-lock.json', import.meta.url)];
  for (const folder of folders) {
    const names = (await readdir(folder)).filter((n) => /\.(ts|yaml)$/.test(n)).sort(compareStrings);
    for (const n of names) all.push(new URL(n, folder));
  }
  const hash = createHash('sha256');
  for (const file of all) {
    hash.update(file.pathname.split('/').slice(-2).join('/')).update('\0');
    hash.update(await readFile(file, 'utf8').catch(() => '')).update('\0');
  }
  return hash.digest('base64url').slice(0, 22);
}
