import { describe, expect, test } from 'vitest';
import { INDEX_CHUNK_SIZE, PAGEFIND_ENVIRONMENT, withPagefindEnvironment } from '../../../../src/integrations/pagefind-environment.ts';

describe('withPagefindEnvironment', () => {
  test('sets the small index chunks while the process starts, then puts back what was there', async () => {
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = 'before';
    const seen = await withPagefindEnvironment(async () => ({ ...process.env }));
    expect(seen.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE).toBe(String(INDEX_CHUNK_SIZE));
    expect(process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE).toBe('before');
    delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  });

  test('puts the environment back when starting fails', async () => {
    await expect(withPagefindEnvironment(() => Promise.reject(new Error('no binary')))).rejects.toThrow('no binary');
    expect(process.env).not.toHaveProperty('PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE');
  });

  test("leaves Pagefind's allocator at its default: returning freed memory at once tripled its CPU time", () => {
    expect(PAGEFIND_ENVIRONMENT).not.toHaveProperty('_RJEM_MALLOC_CONF');
  });
});
