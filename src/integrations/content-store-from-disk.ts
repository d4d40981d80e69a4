/**
 * Keeps the content layer's store out of the page bundle. Astro hands the
 * pages its store (every paper's data and rendered abstract: 42 MB of JSON at
 * 10,000 papers) as a virtual module whose source is the whole file as one
 * string literal: its loader reads the file, parses it once to check it,
 * quotes it into the module's source, and the bundler copies and parses that
 * source and Node compiles it. At 10,000 papers that took a gigabyte of memory
 * at the build's peak, and its cost grew faster than the archive. In a static
 * build the pages are rendered by this same process, on this machine, right
 * after the store is written, so the module can read the file when it runs
 * instead.
 *
 * The module is loaded here, ahead of Astro's loader, rather than rewritten
 * after it: the store's text is not read, parsed, quoted and handed to the
 * bundler at all. Each of those copies is a string of about 85 MB at 10,000
 * papers (the text holds a few characters outside Latin-1, so V8 stores it
 * two bytes a character); four of them were still in the heap, as garbage
 * nothing had collected yet, when the build reached its peak.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The id Astro resolves `astro:data-layer-content` to (Astro 5-7). */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';

/**
 * How Astro marks a module as content data rather than page code (its
 * `createContentDataIncrementalMetadata`, not exported): an incremental
 * build leaves such a module out of a page's code hash.
 */
const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } } as const;

/** The module that reads the store from `file` when it runs: what Astro's module exports, without holding it. */
export function storeFromDisk(file: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

/** Whether Astro keeps the store in one file (`collectionStorage`: its default), the only shape this replaces. */
export function storesOneFile(collectionStorage: unknown): boolean {
  return collectionStorage === undefined || collectionStorage === 'single-file';
}

/** The integration: in `astro build`, the page bundles read the content store from the cache folder. */
export default function contentStoreFromDisk(): AstroIntegration {
  return {
    name: 'folio:content-store-from-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || !storesOneFile((config.experimental as { collectionStorage?: unknown }).collectionStorage)) return;
        // Where `astro build` writes the store (Astro's getDataStoreFile).
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'folio:content-store-from-disk',
                load: {
                  // Before Astro's own loader of the module, which would read the whole store into it.
                  order: 'pre',
                  filter: { id: /^\0astro:data-layer-content$/ },
                  handler(id) {
                    // No store file (no collection loaded anything): Astro's loader gives its empty store.
                    if (id !== DATA_STORE_MODULE_ID || !existsSync(file)) return undefined;
                    return { code: storeFromDisk(file), map: { mappings: '' }, meta: CONTENT_DATA_META };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
