import { mkdir, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import lockfile from 'proper-lockfile';
import { INGEST_MARKS, isAlive, readHolder, type Holder } from '../../src/format/ingest-marks.ts';
import { ContentWriteError } from './content-transaction.ts';

/**
 * One ingest at a time per content folder. The lock is proper-lockfile's: a
 * folder made with `mkdir` (atomic), kept fresh while the run lives and
 * removed when it ends, even on Ctrl-C. Beside it, a small file says which
 * process holds it, for the message a second run prints, and so that a lock
 * left by a killed run (its process gone, or the run killed before it
 * recorded itself) is taken over at once instead of after proper-lockfile's
 * staleness delay.
 *
 * ```text
 * <content>/.ingest.lock/       the lock (an empty folder)
 * <content>/.ingest.lock.pid    {"pid": 4242, "host": "laptop"}
 * ```
 */

/** The lock folder, inside the content folder. */
export const LOCK_NAME = INGEST_MARKS.lock;
/** Who holds the lock. A sibling, not inside the lock: proper-lockfile removes the lock with a plain `rmdir`. */
export const HOLDER_NAME = INGEST_MARKS.holder;

/**
 * A lock not refreshed for this long is stale and may be taken over. Long,
 * because the holder refreshes it from a timer, which cannot fire while a
 * large plan is computed in one go; a holder known to be dead is taken over
 * at once (see {@link holderIsGone}).
 */
const STALE_MS = 5 * 60_000;
/** How often a waiting run tries again. */
const POLL_MS = 200;
/** How long a dead holder's record must stay unchanged before its lock is taken over: a new holder writes its own at once. */
const GRACE_MS = 500;
/** A run records itself within milliseconds of taking the lock; a lock older than this with no record was left by a run killed in between. */
const RECORD_MS = 5_000;


/** Another run holds the lock and did not finish within the wait. */
export class LockBusyError extends Error {
  readonly holder: Holder | undefined;

  constructor(root: string, holder: Holder | undefined) {
    const who = holder === undefined ? '' : ` (pid ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`})`;
    super(
      `another ingest is running${who} on ${root}; nothing was written. Run again when it has finished, or give it longer with --wait SECONDS. ` +
        `If no ingest is running, remove ${path.join(root, LOCK_NAME)}`,
    );
    this.name = 'LockBusyError';
    this.holder = holder;
  }
}

/** A held lock. */
export interface ContentLock {
  /** Throws when the lock was lost (taken over as stale) since it was taken: the run must not write. */
  assertHeld(): void;
  /** Releases the lock and removes the holder file; a content folder the lock created and nothing filled is removed too. */
  release(): Promise<void>;
}

export interface LockOptions {
  /** How long to wait for another run to finish, in milliseconds. */
  waitMs: number;
  /** Called once when the run starts waiting. */
  onWait?: (holder: Holder | undefined) => void;
}

/**
 * Takes the content folder's lock (creating the folder if need be), waiting
 * up to `waitMs` for another run to finish; throws {@link LockBusyError} after.
 */
export async function lockContentFolder(root: string, { waitMs, onWait }: LockOptions): Promise<ContentLock> {
  const created = await ensureFolder(root);
  const lockPath = path.join(root, LOCK_NAME);
  const holderPath = path.join(root, HOLDER_NAME);
  const deadline = Date.now() + waitMs;
  let waiting = false;
  for (;;) {
    let lost: Error | undefined;
    try {
      const release = await lockfile.lock(root, { lockfilePath: lockPath, realpath: false, stale: STALE_MS, retries: 0, onCompromised: (error) => void (lost = error) });
      const giveUp = async () => {
        await rm(holderPath, { force: true }).catch(() => undefined);
        await release().catch(() => undefined);
        if (created) await rmdir(root).catch(() => undefined);
      };
      // A full disk fails here first: the lock is a folder, its holder's record the run's first bytes.
      await writeFile(holderPath, `${JSON.stringify({ pid: process.pid, host: hostname() })}\n`).catch(async (error: unknown) => {
        await giveUp();
        throw new ContentWriteError(holderPath, 'write it', error);
      });
      return {
        assertHeld() {
          if (lost !== undefined) throw new Error(`${lockPath}: another process took the lock over (${lost.message}); this run stopped before writing`);
        },
        async release() {
          await rm(holderPath, { force: true });
          await release().catch(() => undefined);
          if (created) await rmdir(root).catch(() => undefined);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    }
    const holder = await readHolder(holderPath);
    if (holder === undefined ? await neverRecorded(lockPath, holderPath) : await holderIsGone(holder, holderPath)) {
      // Two runs may find the same dead holder; mkdir lets only one of them take the lock after this.
      await rmdir(lockPath).catch(() => undefined);
      continue;
    }
    if (Date.now() >= deadline) throw new LockBusyError(root, holder);
    if (!waiting) onWait?.(holder);
    waiting = true;
    await sleep(POLL_MS);
  }
}

/** Makes sure `root` is a folder; true when it had to be created. A file in the way is an ENOTDIR error naming it. */
async function ensureFolder(root: string): Promise<boolean> {
  const info = await stat(root).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)));
  if (info?.isDirectory()) return false;
  if (info !== undefined) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${root}'`), { code: 'ENOTDIR', path: root });
  await mkdir(root, { recursive: true });
  return true;
}

/**
 * The lock was left by a run killed after taking it and before recording
 * itself (no record, or one cut short): it is older than a run takes to
 * record itself, and stays the same, without a record, for a moment.
 */
async function neverRecorded(lockPath: string, holderPath: string): Promise<boolean> {
  const lockAt = async () => (await stat(lockPath).catch(() => undefined))?.mtimeMs;
  const before = await lockAt();
  if (before === undefined || Date.now() - before < RECORD_MS) return false;
  await sleep(GRACE_MS);
  return (await readHolder(holderPath)) === undefined && (await lockAt()) === before;
}

/**
 * The holder is a process on this machine that no longer exists, and its
 * record stays the same for a moment (a run that has just taken the lock
 * replaces the record at once).
 */
async function holderIsGone(holder: Holder, file: string): Promise<boolean> {
  if (holder.host !== hostname() || holder.pid === process.pid || isAlive(holder.pid)) return false;
  await sleep(GRACE_MS);
  const again = await readHolder(file);
  return again !== undefined && again.pid === holder.pid && again.host === holder.host;
}
