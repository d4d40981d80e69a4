import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, test } from 'vitest';
import storeWrittenOnce, { holdStoreWrites, type StoreClass } from '../../../../src/integrations/store-writes.ts';

interface Store {
  set(collection: string, key: string, value: unknown): void;
  waitUntilSaveComplete(): Promise<void>;
}

/** Astro's own content store class, as `astro build` loads it. */
async function astroStore(): Promise<StoreClass & { fromFile(file: URL): Promise<Store> }> {
  const url = new URL('dist/content/mutable-data-store.js', import.meta.resolve('astro/package.json'));
  return ((await import(url.href)) as { MutableDataStore: StoreClass & { fromFile(file: URL): Promise<Store> } }).MutableDataStore;
}

// Astro writes its store 500 ms after the last change (SAVE_DEBOUNCE_MS).
const PAST_DEBOUNCE_MS = 800;

describe('holdStoreWrites', () => {
  let dir: string | undefined;
  let release: (() => void) | undefined;
  afterEach(async () => {
    release?.();
    release = undefined;
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  test("Astro's store, changed and then idle past its debounce, is not written until the sync waits for its saves; then once, with every change", async () => {
    const MutableDataStore = await astroStore();
    dir = await mkdtemp(path.join(os.tmpdir(), 'folio-store-writes-'));
    const file = path.join(dir, 'data-store.json');
    const store = await MutableDataStore.fromFile(pathToFileURL(file));
    const held: number[] = [];
    release = holdStoreWrites(MutableDataStore, (n) => held.push(n));
    store.set('papers', 'a', { id: 'a', data: { title: 'First' } });
    await sleep(PAST_DEBOUNCE_MS);
    // Without the hold, Astro's timer has written the whole store by now (and writes it again after each later change).
    expect(existsSync(file)).toBe(false);
    store.set('papers', 'b', { id: 'b', data: { title: 'Second' } });
    await sleep(PAST_DEBOUNCE_MS);
    expect(existsSync(file)).toBe(false);
    await store.waitUntilSaveComplete();
    const written = await readFile(file, 'utf8');
    expect(written).toContain('First');
    expect(written).toContain('Second');
    expect(held).toEqual([2]);
  });

  test('once released, the store is written as Astro writes it (the dev server, a later build in the same process)', async () => {
    const MutableDataStore = await astroStore();
    dir = await mkdtemp(path.join(os.tmpdir(), 'folio-store-writes-'));
    const file = path.join(dir, 'data-store.json');
    const store = await MutableDataStore.fromFile(pathToFileURL(file));
    holdStoreWrites(MutableDataStore)();
    store.set('papers', 'a', { id: 'a', data: { title: 'First' } });
    await sleep(PAST_DEBOUNCE_MS);
    expect(existsSync(file)).toBe(true);
  });
});

describe('the integration', () => {
  const hooks = (integration: ReturnType<typeof storeWrittenOnce>) => ({
    setup: integration.hooks['astro:config:setup'] as (options: unknown) => Promise<void>,
    done: integration.hooks['astro:build:done'] as (options: unknown) => void,
  });
  const logger = { warn: () => undefined, info: () => undefined };

  test("holds the writes of Astro's own store class from a build's setup to its end, and only in a build", async () => {
    const MutableDataStore = await astroStore();
    const astros = MutableDataStore.prototype.writeToDisk;
    const dev = hooks(storeWrittenOnce());
    await dev.setup({ command: 'dev', logger });
    expect(MutableDataStore.prototype.writeToDisk).toBe(astros);
    const build = hooks(storeWrittenOnce());
    await build.setup({ command: 'build', logger });
    try {
      expect(MutableDataStore.prototype.writeToDisk).not.toBe(astros);
    } finally {
      build.done({});
    }
    expect(MutableDataStore.prototype.writeToDisk).toBe(astros);
  });

  test('a build stopped before its end (a loader threw, so no astro:build:done) leaves no hold on the dev server or a later build in the same process', async () => {
    const MutableDataStore = await astroStore();
    const { writeToDisk, waitUntilSaveComplete } = MutableDataStore.prototype;
    try {
      await hooks(storeWrittenOnce()).setup({ command: 'build', logger });
      await hooks(storeWrittenOnce()).setup({ command: 'dev', logger });
      expect(MutableDataStore.prototype.writeToDisk).toBe(writeToDisk);
      await hooks(storeWrittenOnce()).setup({ command: 'build', logger });
      const later = hooks(storeWrittenOnce());
      await later.setup({ command: 'build', logger });
      later.done({});
      expect(MutableDataStore.prototype.writeToDisk).toBe(writeToDisk);
      expect(MutableDataStore.prototype.waitUntilSaveComplete).toBe(waitUntilSaveComplete);
    } finally {
      Object.assign(MutableDataStore.prototype, { writeToDisk, waitUntilSaveComplete });
    }
  });
});
