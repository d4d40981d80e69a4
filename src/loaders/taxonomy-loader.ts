import { readFile } from 'node:fs/promises';
import { file, type Loader } from 'astro/loaders';
import { parseTaxonomy } from '../format/taxonomy.ts';

/**
 * Loads the taxonomy (`topics.yaml`) into the `topics` collection, one entry
 * per topic, with Astro's `file()` loader. The file is first read with the
 * ingest's own parser, so a broken taxonomy stops the build with the same
 * `file:line` problems the ingest gives (`file()` alone only logs them and
 * builds on with no topics). Each topic carries its `order` in the file: a
 * collection is sorted by id, and the taxonomy's own order is the one shown.
 */
export function taxonomyLoader(path: string): Loader {
  const inner = file(path, { parser: (text) => parseTaxonomy(text, path).topics.map((topic, order) => ({ ...topic, order })) });
  return {
    name: 'folio:taxonomy',
    load: async (context) => {
      parseTaxonomy(await readFile(path, 'utf8'), path);
      await inner.load(context);
    },
  };
}
