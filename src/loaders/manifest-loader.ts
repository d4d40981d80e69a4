import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { file, type Loader } from 'astro/loaders';
import { describeIssues } from '../format/describe-issues.ts';
import { manifestSchema, type Manifest } from '../format/manifest-schema.ts';
import { problemAt, ProblemsError } from '../format/problem.ts';

/** A part of the manifest that becomes a collection: its published paper slugs, or its published listing ids. */
export type ManifestSection = 'papers' | 'listings';

/** The manifest, read and checked; a broken one names the file. */
function readManifest(text: string, path: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ProblemsError([problemAt(path, undefined, `not valid JSON (${(error as Error).message}); expected the manifest of published slugs`)], { cause: error });
  }
  const result = manifestSchema.safeParse(raw);
  if (!result.success) throw new ProblemsError([problemAt(path, undefined, `does not fit the manifest format: ${describeIssues(result.error, 'manifest')}`)]);
  return result.data;
}

/** A section of the manifest as collection items: `{ id: slug, title, key }` for papers, `{ id, to }` for listings. */
function sectionItems(text: string, path: string, section: ManifestSection): Array<Record<string, unknown>> {
  const manifest = readManifest(text, path);
  return section === 'papers'
    ? Object.entries(manifest.papers).map(([id, paper]) => ({ id, ...paper }))
    : Object.entries(manifest.listings).map(([id, to]) => ({ id, to }));
}

/**
 * Loads a section of the manifest of published URLs (`published.json`) into
 * a collection, one entry per published slug or listing id, with Astro's
 * `file()` loader. A broken manifest stops the build naming the file
 * (`file()` alone would only log it); a content folder without one has
 * published nothing yet.
 */
export function manifestLoader(path: string, section: ManifestSection = 'papers'): Loader {
  const inner = file(path, { parser: (text) => sectionItems(text, path, section) });
  return {
    name: `folio:published-${section}`,
    load: async (context) => {
      if (!existsSync(path)) {
        context.store.clear();
        return;
      }
      sectionItems(await readFile(path, 'utf8'), path, section);
      await inner.load(context);
    },
  };
}
