import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { problemAt, ProblemsError } from '../format/problem.ts';

/** An item of a data file (the taxonomy, the manifest) that becomes one collection entry. */
export type StoredItem = { id: string } & Record<string, unknown>;

/**
 * Makes `items` (read from `file`) the collection's entries, as Astro's
 * `file()` loader stores them (`{ id, data, filePath }`, the data checked by
 * the collection's schema), with one difference that decides what an update
 * costs: an item exactly as it was at the last build keeps its stored entry,
 * so only new and changed items are checked by the schema and stored again,
 * and the items gone are removed. `file()` empties the collection and
 * checks and stores every item again on every build (10,000 published slugs).
 *
 * Each entry keeps a digest of its item (the code that checks it is part of
 * the content config, whose change empties the whole store).
 */
export async function storeItems(context: LoaderContext, items: readonly StoredItem[], file: string): Promise<void> {
  const { store, parseData, generateDigest, config } = context;
  const root = fileURLToPath(config.root);
  const absolute = path.resolve(root, file);
  const filePath = path.relative(root, absolute).split(path.sep).join('/');
  const seen = new Set<string>();
  for (const item of items) {
    const { id } = item;
    // file() stops a build on two items with one id when, as here, `prerenderConflictBehavior` is `error`.
    if (seen.has(id)) throw new ProblemsError([problemAt(file, undefined, `has two entries with the id \`${id}\`; expected each id once`)]);
    seen.add(id);
    const digest = generateDigest(item);
    if (store.get(id)?.digest === digest) continue;
    store.set({ id, data: await parseData({ id, data: item, filePath: absolute }), filePath, digest });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
}

/**
 * In `astro dev`, a change to `file` (written, created or removed) loads the
 * collection again, as `file()` does. A loader calls it before its first load,
 * so that a file that stops that load is read again once fixed. Astro removes
 * the listener before each full sync, when the loader adds it again.
 */
export function reloadOnChange(context: LoaderContext, file: string, reload: () => Promise<void>): void {
  const { watcher, logger } = context;
  if (watcher === undefined) return;
  const watched = path.resolve(file);
  watcher.add(watched);
  watcher.on('all', (_event, changed) => {
    if (path.resolve(changed) !== watched) return;
    logger.info(`Reloading data from ${file}`);
    reload().catch((error: unknown) => logger.error((error as Error).message));
  });
}
