import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import contentStoreFromDisk, { DATA_STORE_MODULE_ID, storeFromDisk, storesOneFile } from '../../../../src/integrations/content-store-from-disk.ts';

describe('storeFromDisk', () => {
  test('is a module that reads the store file when it runs, holding none of it', () => {
    expect(storeFromDisk('/site/node_modules/.astro/data-store.json')).toBe(
      `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync("/site/node_modules/.astro/data-store.json", 'utf8'));\n`,
    );
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
  const setup = contentStoreFromDisk().hooks['astro:config:setup'] as (options: unknown) => void;
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

  test('the module it loads reads the store file and is marked as content data (left out of the pages\' code hash)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'folio-store-'));
    try {
      await writeFile(path.join(dir, 'data-store.json'), '[]');
      const loaded = pluginFor('build', pathToFileURL(`${dir}/`))!.load.handler(DATA_STORE_MODULE_ID)!;
      expect(loaded.code).toBe(storeFromDisk(path.join(dir, 'data-store.json')));
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
