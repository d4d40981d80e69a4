import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { compareStrings } from './compare-strings.ts';

/**
 * The layout of a content folder, the one place that knows it: the ingest
 * writes it, the site reads it.
 *
 * ```text
 * content/
 *   papers/<slug>.mdx   one entry per paper
 *   topics.yaml         the taxonomy
 *   published.json      every slug ever published
 * ```
 */
export interface ContentFolder {
  /** The folder itself, as given. */
  root: string;
  /** `papers/`: one `<slug>.mdx` entry per paper. */
  papers: string;
  /** `topics.yaml`: the taxonomy. */
  taxonomy: string;
  /** `published.json`: the manifest of published slugs. */
  manifest: string;
}

/** The paths of a content folder at `dir`; relative stays relative, for messages that read as the user typed them. */
export function contentFolder(root: string): ContentFolder {
  return { root, papers: path.join(root, 'papers'), taxonomy: path.join(root, 'topics.yaml'), manifest: path.join(root, 'published.json') };
}

/** The entry file names (`<slug>.mdx`) in a papers folder, in code-point order; none when the folder is missing. */
export async function paperFileNames(papersDir: string): Promise<string[]> {
  const names = await readdir(papersDir).catch(() => [] as string[]);
  return names.filter((name) => name.endsWith('.mdx')).sort(compareStrings);
}

/** The slug an entry file is named for: `x.mdx` → `x`. */
export function slugOfFile(name: string): string {
  return name.replace(/\.mdx$/, '');
}
