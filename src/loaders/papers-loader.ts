import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { paperFileNames, slugOfFile } from '../format/content-folder.ts';
import { parseEntry } from '../format/entry.ts';
import { parseBody, renderPlainBody, usesMdxFeatures } from './render-abstract.ts';

/** Watchers already told about the papers folder (`load` runs again on every change). */
const watching = new WeakSet<object>();

/**
 * Loads `DIR/*.mdx` paper entries into the content layer, like Astro's
 * `glob()` loader, with one difference that decides how the site scales: a
 * body that uses no MDX features (every ingested abstract) is rendered to
 * HTML here and stored in the content layer, the way Markdown entries are;
 * only a body that really uses MDX (a component, an expression, an
 * import) is deferred to Astro's MDX compiler. Compiling every entry into its
 * own module is what makes a 10,000-entry MDX site slow and memory-hungry.
 */
export function papersLoader(options: { dir: string }): Loader {
  return {
    name: 'folio:papers',
    load: async (context) => {
      const { store, parseData, generateDigest, config, logger, watcher } = context;
      // In `astro dev`, an entry added, edited or removed reloads the collection.
      if (watcher !== undefined && !watching.has(watcher)) {
        watching.add(watcher);
        watcher.add(options.dir);
        watcher.on('all', (_event, changed) => {
          if (path.dirname(changed) === path.resolve(options.dir) && changed.endsWith('.mdx')) void papersLoader(options).load(context);
        });
      }
      const root = fileURLToPath(config.root);
      const names = await paperFileNames(options.dir);
      if (names.length === 0) logger.warn(`no paper entries (*.mdx) in ${options.dir}; run \`npm run ingest\` first`);
      const untouched = new Set(store.keys());
      let deferred = 0;

      for (const name of names) {
        const file = path.join(options.dir, name);
        const contents = await readFile(file, 'utf8');
        const digest = generateDigest(contents);
        const { data, body } = readEntry(contents, file);
        const id = typeof (data as { slug?: unknown }).slug === 'string' ? (data as { slug: string }).slug : slugOfFile(name);
        // One file per URL: a slug that differs from its file name could
        // silently take another entry's page, so it stops the build.
        if (`${id}.mdx` !== name) {
          throw new Error(`${file}: has slug \`${id}\`; expected the file to be named ${id}.mdx, so that no two entries can claim one URL`);
        }
        untouched.delete(id);
        // Every entry is rendered on every build, never reused from the store by
        // its digest: the HTML also depends on the render code and KaTeX, which
        // the digest of the file cannot see.
        const filePath = path.relative(root, file).split(path.sep).join('/');
        const parsed = await parseData({ id, data: data as Record<string, unknown>, filePath: file });
        const tree = readBody(body, file);
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

/** Parse a body as MDX; a body broken by hand names its file and place. */
function readBody(body: string, file: string): ReturnType<typeof parseBody> {
  try {
    return parseBody(body);
  } catch (error) {
    const place = (error as { line?: number; column?: number }).line === undefined ? '' : `${(error as { line: number }).line}:${(error as { column?: number }).column ?? 1}: `;
    throw new Error(`${file}: ${place}${(error as Error).message} (in the body after the frontmatter); expected the abstract as MDX`, { cause: error });
  }
}

function readEntry(contents: string, file: string): { data: unknown; body: string } {
  try {
    return parseEntry(contents);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}; expected \`---\` YAML frontmatter \`---\` and the abstract`, { cause: error });
  }
}
