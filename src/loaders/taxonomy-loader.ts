import { readFile } from 'node:fs/promises';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseTaxonomy } from '../format/taxonomy.ts';
import { reloadOnChange, storeItems } from './store-items.ts';

/**
 * Loads the taxonomy (`topics.yaml`) into the `topics` collection, one entry
 * per topic, as Astro's `file()` loader would (store-items.ts). The file is
 * read with the ingest's own parser, so a broken taxonomy stops the build
 * with the same `file:line` problems the ingest gives (`file()` alone only
 * logs them and builds on with no topics). Each topic carries its `order` in
 * the file: a collection is sorted by id, and the taxonomy's own order is the
 * one shown.
 */
export function taxonomyLoader(path: string): Loader {
  const load = async (context: LoaderContext) => {
    const topics = parseTaxonomy(await readFile(path, 'utf8'), path).topics.map((topic, order) => ({ ...topic, order }));
    await storeItems(context, topics, path);
  };
  return {
    name: 'folio:taxonomy',
    load: async (context) => {
      reloadOnChange(context, path, () => load(context));
      await load(context);
    },
  };
}
