import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Loader, LoaderContext } from 'astro/loaders';
import { describeGitConflicts, findGitConflicts } from '../format/git-conflict.ts';
import type { Manifest } from '../format/manifest-schema.ts';
import { checkManifestText } from '../format/manifest-problems.ts';
import { problemAt, ProblemsError } from '../format/problem.ts';
import { reloadOnChange, storeItems, type StoredItem } from './store-items.ts';

/** A part of the manifest that becomes a collection: its published paper slugs, listing ids or topic ids. */
export type ManifestSection = 'papers' | 'listings' | 'topics';

/** The manifest, read and checked; a broken one names the file, and one a Git merge left conflicted the conflict and the ingest that merges it. */
function readManifest(text: string, path: string): Manifest {
  const conflicts = findGitConflicts(text);
  if (conflicts.length > 0) {
    const reason = `holds a Git merge conflict (${describeGitConflicts(conflicts)}); the ingest merges it, keeping every URL of both sides (published.json only grows): run \`npm run ingest\` with any dump (one already ingested changes nothing else), then commit published.json`;
    throw new ProblemsError([problemAt(path, conflicts[0]!.line, reason)]);
  }
  const checked = checkManifestText(path, text);
  if ('problem' in checked) throw new ProblemsError([checked.problem]);
  return checked.manifest;
}

/** The last manifest checked: both collections of a build read the same file, which is checked once. */
let lastChecked: { path: string; text: string; manifest: Manifest } | undefined;

function checkedManifest(text: string, path: string): Manifest {
  if (lastChecked?.path !== path || lastChecked.text !== text) lastChecked = { path, text, manifest: readManifest(text, path) };
  return lastChecked.manifest;
}

/** The paper slugs the manifest at `path` records as published; none when there is no manifest yet. */
export function publishedPaperSlugs(path: string): ReadonlySet<string> {
  if (!existsSync(path)) return new Set();
  return new Set(Object.keys(checkedManifest(readFileSync(path, 'utf8'), path).papers));
}

/**
 * A section of the manifest as collection items: `{ id: slug }` for papers,
 * `{ id, to }` for listings, `{ id }` for topics. A published paper's title,
 * key and hashes are the ingest's, to recognise it in a later dump; the site
 * only needs to know the slug was published, and the store is held, read and
 * written whole on every build (they were a ninth of it: 4.5 of 43 MB at
 * 10,000 papers).
 */
function sectionItems(manifest: Manifest, section: ManifestSection): StoredItem[] {
  switch (section) {
    case 'papers':
      return Object.keys(manifest.papers).map((id) => ({ id }));
    case 'listings':
      return Object.entries(manifest.listings).map(([id, to]) => ({ id, to }));
    case 'topics':
      return manifest.topics.map((id) => ({ id }));
  }
}

/**
 * Loads a section of the manifest of published URLs (`published.json`) into
 * a collection, one entry per published slug, listing id or topic id, as Astro's
 * `file()` loader would, checked once per build and stored again only where
 * it changed (store-items.ts). A broken manifest stops the build naming the
 * file (`file()` alone would only log it); a content folder without one has
 * published nothing yet.
 */
export function manifestLoader(path: string, section: ManifestSection = 'papers'): Loader {
  const load = async (context: LoaderContext) => {
    if (!existsSync(path)) {
      context.store.clear();
      return;
    }
    await storeItems(context, sectionItems(checkedManifest(await readFile(path, 'utf8'), path), section), path);
  };
  return {
    name: `folio:published-${section}`,
    load: async (context) => {
      reloadOnChange(context, path, () => load(context));
      await load(context);
    },
  };
}
