import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { lockContentFolder } from '../../../../scripts/lib/ingest-lock.ts';
import { ContentWriteError } from '../../../../scripts/lib/content-transaction.ts';

// A full disk: the holder's record cannot be written. Node's error for a write through a file handle names no path.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const full = () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' }));
  return { ...actual, default: { ...actual, writeFile: full }, writeFile: full };
});

describe('lockContentFolder on a full disk', () => {
  test('gives up the lock it took, leaves nothing, and names the file it could not write', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'folio-lock-full-'));
    const error = await lockContentFolder(root, { waitMs: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentWriteError);
    expect((error as Error).message).toBe(`${path.join(root, '.ingest.lock')}: could not write it (ENOSPC: no space left on device)`);
    expect(readdirSync(root)).toEqual([]);
  });

  test('removes the content folder it created for the run', async () => {
    const root = path.join(mkdtempSync(path.join(os.tmpdir(), 'folio-lock-full-')), 'content');
    await lockContentFolder(root, { waitMs: 0 }).catch(() => undefined);
    expect(existsSync(root)).toBe(false);
  });
});
