/**
 * Keeps the content layer's store out of the page bundle. Astro hands the
 * pages its store (every paper's data and rendered abstract: 40 MB of JSON at
 * 10,000 papers) as a virtual module whose source is the whole file as one
 * string literal, so the bundler parses and copies it and Node compiles it:
 * at 10,000 papers that took a gigabyte of memory at the build's peak, and its
 * cost grew faster than the archive. In a static build the pages are
 * rendered by this same process, on this machine, right after the store is
 * written, so the module can read the file when it runs instead.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The id Astro resolves `astro:data-layer-content` to (Astro 5-7). */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';

/** What Astro's module for a single-file store starts with: the file's text as a string literal. */
const INLINED_STORE = 'export default JSON.parse(';

/**
 * The module that reads the store from `file` when it runs, in place of
 * Astro's module `code` that holds it; `undefined` (Astro's module kept) for
 * any other shape, such as the chunked store.
 */
export function storeFromDisk(code: string, file: string): string | undefined {
  if (!code.startsWith(INLINED_STORE)) return undefined;
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

/** The integration: in `astro build`, the page bundles read the content store from the cache folder. */
export default function contentStoreFromDisk(): AstroIntegration {
  return {
    name: 'folio:content-store-from-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        // Where `astro build` writes the store (Astro's getDataStoreFile).
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'folio:content-store-from-disk',
                transform: {
                  filter: { id: /^\0astro:data-layer-content$/ },
                  handler(code, id) {
                    if (id !== DATA_STORE_MODULE_ID) return undefined;
                    const replaced = storeFromDisk(code, file);
                    return replaced === undefined ? undefined : { code: replaced, map: { mappings: '' } };
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
