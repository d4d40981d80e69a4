/**
 * Keeps the content layer's store out of the page bundle. Astro hands the
 * pages its store (every paper's data and rendered abstract: 42 MB of JSON at
 * 10,000 papers) as a virtual module whose source is the whole file as one
 * string literal: its loader reads the file, parses it once to check it,
 * quotes it into the module's source, and the bundler copies and parses that
 * source and Node compiles it. At 10,000 papers that took a gigabyte of memory
 * at the build's peak, and its cost grew faster than the archive. In a static
 * build the pages are rendered by this same process, right after the content
 * layer has synced the store, so the module can take the store from it.
 *
 * The module is loaded here, ahead of Astro's loader, rather than rewritten
 * after it: the store's text is not read, parsed, quoted and handed to the
 * bundler at all. Each of those copies is a string of about 85 MB at 10,000
 * papers (the text holds a few characters outside Latin-1, so V8 stores it
 * two bytes a character); four of them were still in the heap, as garbage
 * nothing had collected yet, when the build reached its peak.
 *
 * The module takes the content layer's own collections, which this
 * integration shares at `astro:build:start`, after the sync: the pages then
 * hold no second copy of the store, and nothing reads the file back (at
 * 10,000 papers, a day's update 1 s faster and Astro's peak 1.27 -> 1.14 GB).
 * Where it cannot (a later Astro that keeps its content layer elsewhere, or
 * pages rendered in another process), the module reads the store file Astro
 * has just written, as it did before, and the build log says why.
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

/** Where the integration leaves the store for the pages' module: a global of this process (the pages are bundled apart from it). */
export const SHARED_STORE = Symbol.for('folio:content-store');

/** The store's collections: collection name -> entry id -> entry. */
type Collections = Map<string, Map<string, unknown>>;

/**
 * The module the pages import the store from: the collections this process
 * shares when it has them (Astro takes a `Map` as the store itself), else
 * the store `file`, read when the module runs.
 */
export function storeModule(file: string): string {
  return (
    `import { readFileSync } from 'node:fs';\n` +
    `export default globalThis[Symbol.for(${JSON.stringify(SHARED_STORE.description)})] ?? JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`
  );
}

/**
 * `collections` in the order Astro writes them to its file (its
 * `sortCollections`: collections, then each one's entries, by id with
 * `localeCompare`), so that the pages see what they would read from it. The
 * entries themselves are shared, not copied.
 */
export function sortedCollections(collections: Collections): Collections {
  const byId = <T>(entries: Iterable<[string, T]>) => [...entries].sort(([a], [b]) => a.localeCompare(b));
  return new Map(byId(collections.entries()).map(([name, entries]) => [name, new Map(byId(entries.entries()))]));
}

/**
 * The collections of the content layer this build has just synced, or why
 * they cannot be had. Astro does not export its content layer: this reads
 * the singleton its build uses (`dist/content/instance.js`, Astro 5-7) and
 * checks the shape it finds.
 */
async function syncedCollections(): Promise<Collections | string> {
  try {
    const instance = new URL('dist/content/instance.js', import.meta.resolve('astro/package.json'));
    const { globalContentLayer } = (await import(instance.href)) as { globalContentLayer?: { get?: () => { store?: { _collections?: unknown } } | null } };
    const collections = globalContentLayer?.get?.()?.store?._collections;
    if (!(collections instanceof Map) || ![...collections.values()].every((c) => c instanceof Map)) return "Astro's content layer holds no store of collections";
    return collections as Collections;
  } catch (error) {
    return `Astro's content layer was not found (${(error as Error).message})`;
  }
}

/** Whether Astro keeps the store in one file (`collectionStorage`: its default), the only shape this replaces. */
export function storesOneFile(collectionStorage: unknown): boolean {
  return collectionStorage === undefined || collectionStorage === 'single-file';
}

/** The integration: in `astro build`, the page bundles take the content store from the content layer, or read it from the cache folder. */
export default function contentStoreForPages(): AstroIntegration {
  let active = false;
  return {
    name: 'folio:content-store-for-pages',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || !storesOneFile((config.experimental as { collectionStorage?: unknown }).collectionStorage)) return;
        active = true;
        // Where `astro build` writes the store (Astro's getDataStoreFile).
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'folio:content-store-for-pages',
                load: {
                  // Before Astro's own loader of the module, which would read the whole store into it.
                  order: 'pre',
                  filter: { id: /^\0astro:data-layer-content$/ },
                  handler(id) {
                    // No store file (no collection loaded anything): Astro's loader gives its empty store.
                    if (id !== DATA_STORE_MODULE_ID || !existsSync(file)) return undefined;
                    return { code: storeModule(file), map: { mappings: '' }, meta: CONTENT_DATA_META };
                  },
                },
              },
            ],
          },
        });
      },
      // The content layer has synced by now, and the pages have not been rendered yet.
      'astro:build:start': async ({ logger }) => {
        if (!active) return;
        const collections = await syncedCollections();
        if (typeof collections === 'string') {
          logger.warn(`the pages read the content store back from its file: ${collections}`);
          return;
        }
        (globalThis as Record<symbol, unknown>)[SHARED_STORE] = sortedCollections(collections);
        logger.info("the pages share the content layer's store (not read back from its file)");
      },
      'astro:build:done': () => {
        delete (globalThis as Record<symbol, unknown>)[SHARED_STORE];
      },
    },
  };
}
