import fs from 'node:fs/promises';
import path from 'node:path';

/*
 * Replacing a folder of the site without a moment where it is half written:
 * the placement of a new search (place-search.ts) runs these steps over
 * several folders in the order it explains; `replaceFolder` runs them for
 * one. The file analogue is replace-file.ts.
 */

/**
 * Puts the folder written at `staged` (a search index) in place of `target`
 * (a folder of the site), across file systems if need be: brought beside it whole
 * (`bringBeside`), swapped in by two renames (`swapIn`), the old one
 * removed after (`removeSetAside`). The site is without `target` only
 * between the renames, never while files are copied or removed, and a
 * failure before them leaves `target` as it was. A folder of either name
 * left by a build killed meanwhile is removed here, or by the next build's
 * prune (prune-output.ts).
 */
export async function replaceFolder(staged: string, target: string): Promise<void> {
  await bringBeside(staged, target);
  await swapIn(target);
  await removeSetAside(target);
}

/** The folder beside `target` where its new index waits to be swapped in. */
export const incomingOf = (target: string) => `${target}.folio-new`;

/** The folder beside `target` where its old index is set aside, to be removed. */
export const setAsideOf = (target: string) => `${target}.folio-old`;

/** Whether a name in the site is one `incomingOf` or `setAsideOf` gave: left by a build stopped meanwhile, never part of the site. */
export const isSwapLeftover = (name: string) => /\.folio-(?:old|new)$/.test(name);

/**
 * Brings the index written at `staged` beside `target`, whole
 * (`<target>.folio-new`; copied if it is on another file system), and
 * clears the name its old index will be set aside under. Nothing of
 * `target` changes; rejects naming the folder that could not be made.
 */
export async function bringBeside(staged: string, target: string): Promise<void> {
  const incoming = incomingOf(target);
  const replaced = setAsideOf(target);
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.rm(incoming, { recursive: true, force: true });
    try {
      await fs.rename(staged, incoming);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      try {
        await fs.cp(staged, incoming, { recursive: true });
      } catch (copyError) {
        await fs.rm(incoming, { recursive: true, force: true });
        throw copyError;
      }
      await fs.rm(staged, { recursive: true, force: true });
    }
    await fs.rm(replaced, { recursive: true, force: true });
  } catch (error) {
    throw new Error(`could not bring the new \`${path.basename(target)}/\` beside the site's as \`${incoming}\` (${(error as Error).message})`, { cause: error });
  }
}

/**
 * Swaps the index brought beside `target` in: the old one (if any) is
 * renamed aside, the new one renamed in; if that fails, the old one is
 * renamed back. Rejects naming `target`.
 */
export async function swapIn(target: string): Promise<void> {
  const incoming = incomingOf(target);
  const replaced = setAsideOf(target);
  try {
    await fs.rename(target, replaced).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    try {
      await fs.rename(incoming, target);
    } catch (error) {
      await fs.rename(replaced, target).catch(() => undefined);
      throw error;
    }
  } catch (error) {
    throw new Error(`could not swap the new \`${target}\` in (${(error as Error).message})`, { cause: error });
  }
}

/**
 * Removes the old index `swapIn` set aside beside `target`, if any.
 * Rejects naming the folder (Node reports some failures to remove a file,
 * such as an immutable one, as `ENOTDIR ... scandir` of that file).
 */
export async function removeSetAside(target: string): Promise<void> {
  const replaced = setAsideOf(target);
  await fs.rm(replaced, { recursive: true, force: true }).catch((error: unknown) => {
    throw new Error(`could not remove \`${replaced}\`, the old index set aside (${(error as Error).message})`, { cause: error });
  });
}
