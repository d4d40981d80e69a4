import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseEntry } from '../../scripts/lib/serialize-entry.ts';
import { parseBody, renderPlainBody, usesMdxFeatures } from './abstract-html.ts';

/**
 * Loads `DIR/*.mdx` paper entries into the content layer, like Astro's
 * `glob()` loader, with one difference that decides how the site scales: a
 * body that uses no MDX features (every ingested abstract) is rendered to
 * HTML here, once, and cached in the content store the way Markdown entries
 * are; only a body that really uses MDX (a component, an expression, an
 * import) is deferred to Astro's MDX compiler. Compiling every entry into its
 * own module is what makes a 10,000-entry MDX site slow and memory-hungry.
 */
export function papersLoader(options: { dir: string }): Loader {
  return {
    name: 'folio:papers',
    load: async ({ store, parseData, generateDigest, config, logger }) => {
      const root = fileURLToPath(config.root);
      const names = (await readdir(options.dir).catch(() => [] as string[])).filter((n) => n.endsWith('.mdx')).sort();
      if (names.length === 0) logger.warn(`no paper entries (*.mdx) in ${options.dir}; run \`npm run ingest\` first`);
      const untouched = new Set(store.keys());
      let deferred = 0;

      for (const name of names) {
        const file = path.join(options.dir, name);
        const contents = await readFile(file, 'utf8');
        const digest = generateDigest(contents);
        const { data, body } = readEntry(contents, file);
        const id = typeof (data as { slug?: unknown }).slug === 'string' ? (data as { slug: string }).slug : name.replace(/\.mdx$/, '');
        // One file per URL: a slug that differs from its file name could
        // silently take another entry's page, so it stops the build.
        if (`${id}.mdx` !== name) {
          throw new Error(`${file}: has slug \`${id}\`; expected the file to be named ${id}.mdx, so that no two entries can claim one URL`);
        }
        untouched.delete(id);
        const existing = store.get(id);
        // Unchanged since the last build: the store (and its module import, if any) stays as it is.
        if (existing?.digest === digest) {
          if (existing.deferredRender && existing.filePath) store.addModuleImport(existing.filePath);
          continue;
        }
        const filePath = path.relative(root, file).split(path.sep).join('/');
        const parsed = await parseData({ id, data: data as Record<string, unknown>, filePath: file });
        const tree = parseBody(body);
        if (usesMdxFeatures(tree)) {
          deferred += 1;
          store.set({ id, data: parsed, body, filePath, digest, deferredRender: true });
        } else {
          store.set({ id, data: parsed, body, filePath, digest, rendered: { html: await renderPlainBody(tree), metadata: {} } });
        }
      }
      for (const id of untouched) store.delete(id);
      if (deferred > 0) logger.info(`${deferred} of ${names.length} entries use MDX features and are compiled by MDX`);
    },
  };
}

function readEntry(contents: string, file: string): { data: unknown; body: string } {
  try {
    return parseEntry(contents);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}; expected \`---\` YAML frontmatter \`---\` and the abstract`, { cause: error });
  }
}
