import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { file, type Loader } from 'astro/loaders';
import { describeIssues } from '../format/describe-issues.ts';
import { manifestSchema } from '../format/manifest-schema.ts';
import { problemAt, ProblemsError } from '../format/problem.ts';

/** The manifest's papers as collection items: `{ id: slug, title, key }`. */
function publishedItems(text: string, path: string): Array<{ id: string; title: string; key: string }> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ProblemsError([problemAt(path, undefined, `not valid JSON (${(error as Error).message}); expected the manifest of published slugs`)], { cause: error });
  }
  const result = manifestSchema.safeParse(raw);
  if (!result.success) throw new ProblemsError([problemAt(path, undefined, `does not fit the manifest format: ${describeIssues(result.error, 'manifest')}`)]);
  return Object.entries(result.data.papers).map(([id, paper]) => ({ id, ...paper }));
}

/**
 * Loads the manifest of published slugs (`published.json`) into the
 * `published` collection, one entry per slug, with Astro's `file()` loader.
 * A broken manifest stops the build naming the file (`file()` alone would
 * only log it); a content folder without one has published nothing yet.
 */
export function manifestLoader(path: string): Loader {
  const inner = file(path, { parser: (text) => publishedItems(text, path) });
  return {
    name: 'folio:published',
    load: async (context) => {
      if (!existsSync(path)) {
        context.store.clear();
        return;
      }
      publishedItems(await readFile(path, 'utf8'), path);
      await inner.load(context);
    },
  };
}
