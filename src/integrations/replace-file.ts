import fs from 'node:fs/promises';
import { incomingOf } from './swap-folder.ts';

/**
 * Writes `file` of the site through a temporary file beside it, renamed
 * over it, so that a build stopped halfway leaves the old file or the new,
 * never part of one. Rejects naming the file and the cause (with `cause`),
 * leaving no temporary file.
 */
export async function replaceFile(file: string, data: string | Uint8Array): Promise<void> {
  const temporary = incomingOf(file);
  try {
    await fs.writeFile(temporary, data);
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw new Error(`could not write \`${file}\` (${(error as Error).message})`, { cause: error });
  }
}
