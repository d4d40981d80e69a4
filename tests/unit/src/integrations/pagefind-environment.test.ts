import { describe, expect, test } from 'vitest';
import { INDEX_CHUNK_SIZE, pagefindEnvironment, PURGE_AT_ONCE_PAGES, withPagefindEnvironment } from '../../../../src/integrations/pagefind-environment.ts';

describe('pagefindEnvironment', () => {
  test('every index gets the small chunks', () => {
    for (const pages of [1, PURGE_AT_ONCE_PAGES, PURGE_AT_ONCE_PAGES + 1, 30_000]) {
      expect(pagefindEnvironment(pages).PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE).toBe(String(INDEX_CHUNK_SIZE));
    }
  });

  test("a large index's process returns freed memory at once, where the build's memory peaks", () => {
    expect(pagefindEnvironment(PURGE_AT_ONCE_PAGES + 1)._RJEM_MALLOC_CONF).toBe('dirty_decay_ms:0,muzzy_decay_ms:0');
    expect(pagefindEnvironment(30_000)._RJEM_MALLOC_CONF).toBe('dirty_decay_ms:0,muzzy_decay_ms:0');
  });

  test("a small index (a day's update writes only the latest month's) keeps the allocator's default: purging at once doubles its CPU time", () => {
    expect(pagefindEnvironment(PURGE_AT_ONCE_PAGES)).not.toHaveProperty('_RJEM_MALLOC_CONF');
    expect(pagefindEnvironment(2_900)).not.toHaveProperty('_RJEM_MALLOC_CONF');
  });
});

describe('withPagefindEnvironment', () => {
  test('sets the environment while the process starts, then puts back what was there', async () => {
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = 'before';
    delete process.env._RJEM_MALLOC_CONF;
    const seen = await withPagefindEnvironment(pagefindEnvironment(30_000), async () => ({ ...process.env }));
    expect(seen.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE).toBe(String(INDEX_CHUNK_SIZE));
    expect(seen._RJEM_MALLOC_CONF).toBe('dirty_decay_ms:0,muzzy_decay_ms:0');
    expect(process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE).toBe('before');
    expect(process.env).not.toHaveProperty('_RJEM_MALLOC_CONF');
    delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  });

  test('puts the environment back when starting fails', async () => {
    await expect(withPagefindEnvironment(pagefindEnvironment(30_000), () => Promise.reject(new Error('no binary')))).rejects.toThrow('no binary');
    expect(process.env).not.toHaveProperty('_RJEM_MALLOC_CONF');
  });
});
