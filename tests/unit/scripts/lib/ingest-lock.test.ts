import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { HOLDER_NAME, LOCK_NAME, LockBusyError, lockContentFolder } from '../../../../scripts/lib/ingest-lock.ts';

const tempFolder = () => mkdtempSync(path.join(os.tmpdir(), 'folio-lock-'));

describe('lockContentFolder', () => {
  test('holds the folder with a lock and a record of its holder, and leaves nothing when released', async () => {
    const root = tempFolder();
    const lock = await lockContentFolder(root, { waitMs: 0 });
    expect(readdirSync(root).sort()).toEqual([LOCK_NAME, HOLDER_NAME]);
    lock.assertHeld();
    await lock.release();
    expect(readdirSync(root)).toEqual([]);
  });

  test('creates a missing content folder, and removes it again when the run left it empty', async () => {
    const root = path.join(tempFolder(), 'content');
    const lock = await lockContentFolder(root, { waitMs: 0 });
    expect(existsSync(root)).toBe(true);
    await lock.release();
    expect(existsSync(root)).toBe(false);
  });

  test('refuses a second holder that will not wait, naming the first one’s process', async () => {
    const root = tempFolder();
    const lock = await lockContentFolder(root, { waitMs: 0 });
    try {
      const error = await lockContentFolder(root, { waitMs: 0 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LockBusyError);
      expect((error as LockBusyError).holder).toEqual({ pid: process.pid, host: os.hostname() });
      expect((error as Error).message).toContain(`another ingest is running (pid ${process.pid}) on ${root}; nothing was written`);
    } finally {
      await lock.release();
    }
  });

  test('waits for the holder to finish, saying so once', async () => {
    const root = tempFolder();
    const first = await lockContentFolder(root, { waitMs: 0 });
    const told: unknown[] = [];
    const second = lockContentFolder(root, { waitMs: 30_000, onWait: (holder) => told.push(holder) });
    await new Promise((resolve) => setTimeout(resolve, 600));
    await first.release();
    await (await second).release();
    expect(told).toEqual([{ pid: process.pid, host: os.hostname() }]);
  });

  test('takes over at once a lock whose holder died without releasing it', async () => {
    const root = tempFolder();
    const dead = await new Promise<number>((resolve) => {
      const child = execFile(process.execPath, ['-e', '']);
      child.on('exit', () => resolve(child.pid!));
    });
    mkdirSync(path.join(root, LOCK_NAME));
    writeFileSync(path.join(root, HOLDER_NAME), JSON.stringify({ pid: dead, host: os.hostname() }));
    const lock = await lockContentFolder(root, { waitMs: 0 });
    await lock.release();
    expect(readdirSync(root)).toEqual([]);
  });

  test.each([
    ['no record', undefined],
    ['an empty record', ''],
    ['a record cut short', '{"pid": 42'],
  ])('takes over a lock left with %s by a run killed as it took the lock', async (_, record) => {
    const root = tempFolder();
    mkdirSync(path.join(root, LOCK_NAME));
    if (record !== undefined) writeFileSync(path.join(root, HOLDER_NAME), record);
    // A run records itself a moment after taking the lock; this lock is a minute old.
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(path.join(root, LOCK_NAME), minuteAgo, minuteAgo);
    const lock = await lockContentFolder(root, { waitMs: 0 });
    expect(readdirSync(root).sort()).toEqual([LOCK_NAME, HOLDER_NAME]);
    await lock.release();
    expect(readdirSync(root)).toEqual([]);
  });

  test('leaves alone a lock just taken whose holder has not recorded itself yet', async () => {
    const root = tempFolder();
    mkdirSync(path.join(root, LOCK_NAME));
    await expect(lockContentFolder(root, { waitMs: 300 })).rejects.toBeInstanceOf(LockBusyError);
    expect(existsSync(path.join(root, LOCK_NAME))).toBe(true);
  });

  test('says where when the content folder is a file', async () => {
    const file = path.join(tempFolder(), 'not-a-folder');
    writeFileSync(file, 'x');
    await expect(lockContentFolder(file, { waitMs: 0 })).rejects.toMatchObject({ code: 'ENOTDIR', path: file });
  });
});
