import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import contentStoreForPages, { DATA_STORE_MODULE_ID, SHARED_STORE, sortedCollections, storeModule, storesOneFile } from '../../../../src/integrations/content-store-for-pages.ts';

/** Runs the module `storeModule(file)` gives, as the pages would. */
async function runModule(file: string): Promise<unknown> {
  const source = storeModule(file);
  return ((await import(`data:text/javascript,${encodeURIComponent(source)}`)) as { default: unknown }).default;
}

describe('storeModule', () => {
  test("is a module that takes the content layer's store this process shares, holding none of its text", async () => {
    const shared = new Map([['papers', new Map()]]);
    (globalThis as Record<symbol, unknown>)[SHARED_STORE] = shared;
    try {
      expect(await runModule('/nonexistent-folio-cache/data-store.json')).toBe(shared);
    } finally {
      delete (globalThis as Record<symbol, unknown>)[SHARED_STORE];
    }
  });

  test('without a shared store (another process renders the pages), reads the store file when it runs', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'folio-store-'));
    try {
      await writeFile(path.join(dir, 'data-store.json'), '[{"papers":1},"x"]');
      expect(await runModule(path.join(dir, 'data-store.json'))).toEqual([{ papers: 1 }, 'x']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('sortedCollections', () => {
  test('orders collections and entries by id as Astro writes them to its file, sharing the entries', () => {
    const entry = { id: 'b', data: { title: 'B' } };
    const live = new Map([
      ['topics', new Map([['x', { id: 'x' }]])],
      ['papers', new Map<string, unknown>([['b', entry], ['a', { id: 'a' }], ['B2', { id: 'B2' }]])],
    ]);
    const sorted = sortedCollections(live);
    expect([...sorted.keys()]).toEqual(['papers', 'topics']);
    expect([...sorted.get('papers')!.keys()]).toEqual(['a', 'b', 'B2']);
    expect(sorted.get('papers')!.get('b')).toBe(entry);
    expect([...live.get('papers')!.keys()]).toEqual(['b', 'a', 'B2']);
  });

  test('in the order of the file Astro writes and the pages would otherwise read', async () => {
    const astro = (file: string) => import(new URL(`dist/content/${file}`, import.meta.resolve('astro/package.json')).href);
    const { serializeDataStore } = (await astro('data-store-writer.js')) as { serializeDataStore: (c: unknown) => string };
    const { MutableDataStore } = (await astro('mutable-data-store.js')) as { MutableDataStore: { fromString: (s: string) => Promise<{ _collections: Map<string, Map<string, unknown>> }> } };
    const ids = ['b', 'a', 'B2', 'é', 'e', 'Z', '10', '9', 'a-b', 'a_b', 'paper-2', 'paper-10'];
    const live = new Map([
      ['topics', new Map(ids.map((id) => [id, { id }]))],
      ['papers', new Map(ids.map((id) => [id, { id, data: { title: id } }]))],
    ]);
    const fromFile = (await MutableDataStore.fromString(serializeDataStore(live)))._collections;
    const order = (c: Map<string, Map<string, unknown>>) => [...c].map(([name, entries]) => [name, [...entries.keys()]]);
    expect(order(sortedCollections(live))).toEqual(order(fromFile));
    expect(sortedCollections(live)).toEqual(fromFile);
  });
});

describe('storesOneFile', () => {
  test('only the single-file store (Astro default) is read from disk; the chunked store is left to Astro', () => {
    expect(storesOneFile(undefined)).toBe(true);
    expect(storesOneFile('single-file')).toBe(true);
    expect(storesOneFile('chunked')).toBe(false);
    expect(storesOneFile({ type: 'chunked', chunkSize: 1000 })).toBe(false);
  });
});

type LoadHook = { order?: string; filter: { id: RegExp }; handler: (id: string) => { code: string; meta: unknown } | undefined };

/** The Vite plugin the integration adds for `command`, if any. */
function pluginFor(command: 'build' | 'dev', cacheDir: URL, collectionStorage?: unknown): { load: LoadHook } | undefined {
  let plugin: { load: LoadHook } | undefined;
  // Only the options the hook reads.
  const setup = contentStoreForPages().hooks['astro:config:setup'] as (options: unknown) => void;
  setup({
    command,
    config: { cacheDir, experimental: { collectionStorage } },
    updateConfig: (config: { vite: { plugins: Array<{ load: LoadHook }> } }) => {
      plugin = config.vite.plugins[0];
    },
  });
  return plugin;
}

describe('the integration', () => {
  const cacheDir = new URL('file:///nonexistent-folio-cache/');

  test('in a build, loads the store module itself, before Astro, which would read the whole store into its source', () => {
    const plugin = pluginFor('build', cacheDir)!;
    expect(plugin.load.order).toBe('pre');
    expect(plugin.load.filter.id.test(DATA_STORE_MODULE_ID)).toBe(true);
    expect(plugin.load.filter.id.test('astro:content')).toBe(false);
  });

  test('the module it loads takes the shared store or reads the store file, and is marked as content data (left out of the pages\' code hash)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'folio-store-'));
    try {
      await writeFile(path.join(dir, 'data-store.json'), '[]');
      const loaded = pluginFor('build', pathToFileURL(`${dir}/`))!.load.handler(DATA_STORE_MODULE_ID)!;
      expect(loaded.code).toBe(storeModule(path.join(dir, 'data-store.json')));
      expect(loaded.meta).toEqual({ astroIncremental: { kind: 'content-data' } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('without a store file, or outside a build, or with the chunked store, Astro loads the module', () => {
    expect(pluginFor('build', cacheDir)!.load.handler(DATA_STORE_MODULE_ID)).toBeUndefined();
    expect(pluginFor('dev', cacheDir)).toBeUndefined();
    expect(pluginFor('build', cacheDir, 'chunked')).toBeUndefined();
  });
});

describe('sharing the synced store', () => {
  const hook = (name: 'astro:build:start' | 'astro:build:done', integration: ReturnType<typeof contentStoreForPages>) =>
    integration.hooks[name] as (options: unknown) => Promise<void> | void;

  test('with no content layer synced in this process, says the pages read the store file, and shares nothing', async () => {
    const integration = contentStoreForPages();
    (integration.hooks['astro:config:setup'] as (options: unknown) => void)({
      command: 'build',
      config: { cacheDir: new URL('file:///nonexistent-folio-cache/'), experimental: {} },
      updateConfig: () => undefined,
    });
    const warnings: string[] = [];
    const logger = { warn: (m: string) => warnings.push(m), info: () => undefined };
    await hook('astro:build:start', integration)({ logger });
    expect(warnings).toEqual([expect.stringMatching(/^the pages read the content store back from its file: Astro's content layer/)]);
    expect((globalThis as Record<symbol, unknown>)[SHARED_STORE]).toBeUndefined();
  });

  test('outside a build it does nothing', async () => {
    const warnings: string[] = [];
    await hook('astro:build:start', contentStoreForPages())({ logger: { warn: (m: string) => warnings.push(m), info: () => undefined } });
    expect(warnings).toEqual([]);
  });
});
