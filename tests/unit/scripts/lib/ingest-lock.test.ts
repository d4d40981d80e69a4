import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LOCK_NAME, LockBusyError, LockLostError, lockContentFolder } from '../../../../scripts/lib/ingest-lock.ts';

/** Where an earlier Folio recorded the holder of its lock (a folder then). */
const LEGACY_HOLDER = '.ingest.lock.pid';

const tempFolder = () => mkdtempSync(path.join(os.tmpdir(), 'folio-lock-'));

describe('lockContentFolder', () => {
  test('holds the folder with a lock that records its holder, and leaves nothing when released', async () => {
    const root = tempFolder();
    const lock = await lockContentFolder(root, { waitMs: 0 });
    expect(readdirSync(root)).toEqual([LOCK_NAME]);
    expect(JSON.parse(readFileSync(path.join(root, LOCK_NAME), 'utf8'))).toEqual({ pid: process.pid, host: os.hostname(), id: expect.any(String) });
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

  /** The pid of a process that has exited. */
  const deadPid = () =>
    new Promise<number>((resolve) => {
      const child = execFile(process.execPath, ['-e', '']);
      child.on('exit', () => resolve(child.pid!));
    });

  test('takes over at once a lock whose holder died without releasing it, and removes what it left beside it', async () => {
    const root = tempFolder();
    const dead = await deadPid();
    writeFileSync(path.join(root, LOCK_NAME), JSON.stringify({ pid: dead, host: os.hostname(), id: 'a-killed-run' }));
    // A record a killed run wrote and never linked into place, and a claim of a takeover killed halfway.
    writeFileSync(path.join(root, `${LOCK_NAME}.a-killed-run.tmp`), '');
    writeFileSync(path.join(root, `${LOCK_NAME}.takeover-0123456789abcdef`), '');
    const lock = await lockContentFolder(root, { waitMs: 0 });
    expect(readdirSync(root)).toEqual([LOCK_NAME]);
    await lock.release();
    expect(readdirSync(root)).toEqual([]);
  });

  test('takes over a dead holder\'s lock whose takeover was begun by a run killed halfway (its claim left behind)', async () => {
    const root = tempFolder();
    const text = JSON.stringify({ pid: await deadPid(), host: os.hostname(), id: 'a-killed-run' });
    writeFileSync(path.join(root, LOCK_NAME), text);
    // The claim a run makes to take that lock over, left by a run killed between making it and removing the lock.
    const claim = `${LOCK_NAME}.takeover-${createHash('sha256').update(`file ${text}`).digest('hex').slice(0, 16)}`;
    writeFileSync(path.join(root, claim), JSON.stringify({ pid: await deadPid(), host: os.hostname(), id: 'a-killed-takeover' }));
    const lock = await lockContentFolder(root, { waitMs: 2000 });
    expect(readdirSync(root)).toEqual([LOCK_NAME]);
    await lock.release();
    expect(readdirSync(root)).toEqual([]);
  });

  test('takes over at once the lock of an earlier Folio (a folder, its holder beside it) whose holder died', async () => {
    const root = tempFolder();
    mkdirSync(path.join(root, LOCK_NAME));
    writeFileSync(path.join(root, LEGACY_HOLDER), JSON.stringify({ pid: await deadPid(), host: os.hostname() }));
    const lock = await lockContentFolder(root, { waitMs: 0 });
    expect(readdirSync(root)).toEqual([LOCK_NAME]);
    await lock.release();
    expect(readdirSync(root)).toEqual([]);
  });

  test('waits for a live holder of an earlier Folio’s lock', async () => {
    const root = tempFolder();
    mkdirSync(path.join(root, LOCK_NAME));
    writeFileSync(path.join(root, LEGACY_HOLDER), JSON.stringify({ pid: process.ppid, host: os.hostname() }));
    const error = await lockContentFolder(root, { waitMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockBusyError);
    expect((error as LockBusyError).holder).toEqual({ pid: process.ppid, host: os.hostname() });
  });

  test.each([
    ['an empty record', ''],
    ['a record cut short', '{"pid": 42'],
  ])('takes over a lock left with %s (a power cut as it was written)', async (_, record) => {
    const root = tempFolder();
    writeFileSync(path.join(root, LOCK_NAME), record);
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(path.join(root, LOCK_NAME), minuteAgo, minuteAgo);
    const lock = await lockContentFolder(root, { waitMs: 0 });
    expect(readdirSync(root)).toEqual([LOCK_NAME]);
    await lock.release();
    expect(readdirSync(root)).toEqual([]);
  });

  test('takes over an earlier Folio’s lock left with no record by a run killed as it took the lock', async () => {
    const root = tempFolder();
    mkdirSync(path.join(root, LOCK_NAME));
    // A run recorded itself a moment after taking the lock; this lock is a minute old.
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(path.join(root, LOCK_NAME), minuteAgo, minuteAgo);
    const lock = await lockContentFolder(root, { waitMs: 0 });
    await lock.release();
    expect(readdirSync(root)).toEqual([]);
  });

  test('leaves alone an earlier Folio’s lock just taken whose holder has not recorded itself yet', async () => {
    const root = tempFolder();
    mkdirSync(path.join(root, LOCK_NAME));
    await expect(lockContentFolder(root, { waitMs: 300 })).rejects.toBeInstanceOf(LockBusyError);
    expect(existsSync(path.join(root, LOCK_NAME))).toBe(true);
  });

  test('a run whose lock was taken over (as stale) is told before it writes', async () => {
    const root = tempFolder();
    const lock = await lockContentFolder(root, { waitMs: 0 });
    writeFileSync(path.join(root, LOCK_NAME), JSON.stringify({ pid: process.ppid, host: os.hostname(), id: 'another-run' }));
    expect(() => lock.assertHeld()).toThrow(LockLostError);
    expect(() => lock.assertHeld()).toThrow(`${path.join(root, LOCK_NAME)}: another ingest took the lock over, as if this run had stopped; this run stopped before writing. Run it again`);
    await lock.release();
    // The other run's lock is left alone.
    expect(readdirSync(root)).toEqual([LOCK_NAME]);
  });

  test('says where when the content folder is a file', async () => {
    const file = path.join(tempFolder(), 'not-a-folder');
    writeFileSync(file, 'x');
    await expect(lockContentFolder(file, { waitMs: 0 })).rejects.toMatchObject({ code: 'ENOTDIR', path: file });
  });
});
