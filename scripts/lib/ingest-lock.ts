import { randomUUID, createHash } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, mkdir, readdir, readFile, rm, rmdir, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describeHolder, INGEST_MARKS, isAlive, parseHolder, readLock, type FoundLock, type Holder, type LockRecord } from '../../src/format/ingest-marks.ts';
import { ContentWriteError } from './content-transaction.ts';
import { showPath } from '../../src/format/problem.ts';

/**
 * One ingest at a time per content folder. The lock is a file holding its
 * holder's record, written whole under a name of its own and then linked
 * into place: `link` fails when the name exists, so taking the lock is
 * atomic and the lock never exists without its record.
 *
 * ```text
 * <content>/.ingest.lock                  {"pid": 4242, "host": "laptop", "id": "…"}
 * <content>/.ingest.lock.<id>.tmp         the record, for a moment, before it is linked into place
 * <content>/.ingest.lock.takeover-<hash>  for a moment: a run is taking over the abandoned lock <hash> names
 *                                         (`-1`, `-2`, …: the claim before it was left by a run killed halfway)
 * ```
 *
 * A lock left by a killed run (its process gone, or not refreshed for
 * {@link STALE_MS}) is taken over. Taking over is removing a lock someone
 * else made, and two runs may decide to do it at once; so each abandoned
 * lock is taken over under a claim named after its record's `id`, which
 * only one run can make (O_EXCL), and which is removed only once that lock
 * is gone. The run holding the claim checks that the lock is still the
 * abandoned one and removes it: no other run removes a lock, so it cannot
 * be a fresh one. Then every run tries to take the lock again, and one does.
 * An older Folio's lock (an empty folder, with its record beside it in
 * `.ingest.lock.pid`) is taken over the same way.
 */

/** The lock file, inside the content folder. */
export const LOCK_NAME = INGEST_MARKS.lock;

/** A lock not refreshed for this long is stale and may be taken over, whoever holds it. */
const STALE_MS = 5 * 60_000;
/** How often the holder refreshes its lock (its modification time). */
const REFRESH_MS = 60_000;
/** How often a waiting run tries again. */
const POLL_MS = 200;
/** A lock unreadable (or an older Folio's with no record) for longer than this was left by a run killed as it took it. */
const RECORD_MS = 5_000;

/** Another run holds the lock and did not finish within the wait. */
export class LockBusyError extends Error {
  readonly holder: Holder | undefined;

  constructor(root: string, holder: Holder | undefined) {
    const who = describeHolder(holder);
    super(
      `another ingest is running${who} on ${showPath(root)}; nothing was written. Run again when it has finished, or give it longer with --wait SECONDS. ` +
        `If no ingest is running, remove ${showPath(path.join(root, LOCK_NAME))}`,
    );
    this.name = 'LockBusyError';
    this.holder = holder;
  }
}

/** This run's lock was taken over by another run (which found it stale) since it was taken: the run must not write. */
export class LockLostError extends Error {
  constructor(lockPath: string) {
    super(`${lockPath}: another ingest took the lock over, as if this run had stopped; this run stopped before writing. Run it again`);
    this.name = 'LockLostError';
  }
}

/** A held lock. */
export interface ContentLock {
  /** Throws when the lock was lost (taken over as stale) since it was taken: the run must not write. */
  assertHeld(): void;
  /** Releases the lock; a content folder the lock created and nothing filled is removed too. */
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
 * A file it cannot write is a {@link ContentWriteError} naming it.
 */
export async function lockContentFolder(root: string, { waitMs, onWait }: LockOptions): Promise<ContentLock> {
  const created = await ensureFolder(root);
  const lockPath = path.join(root, LOCK_NAME);
  const me: LockRecord = { pid: process.pid, host: hostname(), id: randomUUID() };
  const deadline = Date.now() + waitMs;
  let waiting = false;
  for (;;) {
    try {
      if (await tryLock(lockPath, me)) return await heldLock(root, lockPath, me, created);
    } catch (error) {
      if (created) await rmdir(root).catch(() => undefined);
      throw error;
    }
    const found = await readLock(root);
    if (found === undefined) {
      // Released meanwhile: try again (after a moment, should the name stay taken by something that is no lock).
      if (Date.now() >= deadline) throw new LockBusyError(root, undefined);
      await sleep(10);
      continue;
    }
    if (abandoned(found)) {
      if (await takeOver(root, found, me)) continue;
      // Another run is taking it over, and will hold the lock in a moment: no one to name yet.
      if (Date.now() >= deadline) throw new LockBusyError(root, undefined);
      await sleep(POLL_MS / 4);
      continue;
    }
    if (Date.now() >= deadline) throw new LockBusyError(root, found.holder);
    if (!waiting) onWait?.(found.holder);
    waiting = true;
    await sleep(POLL_MS);
  }
}

/** Puts `me`'s record in place as the lock; false when another lock is there. */
async function tryLock(lockPath: string, me: LockRecord): Promise<boolean> {
  const record = `${lockPath}.${me.id}.tmp`;
  try {
    // A full disk fails here first: the record is the run's first bytes.
    await writeFile(record, `${JSON.stringify(me)}\n`, { flag: 'wx' }).catch((error: unknown) => Promise.reject(new ContentWriteError(lockPath, 'write it', error)));
    return await link(record, lockPath).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        // EEXIST: held. ENOENT: the record was cleared away by a new holder (see clearLeftovers) before it was linked.
        if (error.code === 'EEXIST' || error.code === 'ENOENT') return false;
        throw new ContentWriteError(lockPath, 'create it', error);
      },
    );
  } finally {
    await rm(record, { force: true }).catch(() => undefined);
  }
}

/** Whether a lock (or a takeover claim) was left by a run that is gone, and may be taken over. */
function abandoned(found: Pick<FoundLock, 'holder' | 'modifiedMs'>): boolean {
  const age = Date.now() - found.modifiedMs;
  if (age > STALE_MS) return true;
  const { holder } = found;
  if (holder === undefined) return age > RECORD_MS;
  return holder.host === hostname() && holder.pid !== process.pid && !isAlive(holder.pid);
}

/**
 * Removes the abandoned lock `found`, under a claim only one run can make;
 * false when another run is taking it over. Returns once the lock is gone
 * (or was another by then): the caller tries to take it again.
 */
async function takeOver(root: string, found: FoundLock, me: LockRecord): Promise<boolean> {
  const first = path.join(root, `${LOCK_NAME}.takeover-${createHash('sha256').update(found.identity).digest('hex').slice(0, 16)}`);
  // A claim whose run was killed before it finished is passed over, not removed (removing it could remove a
  // claim just made): the next one (`-1`, `-2`, …) is made instead, by one run only, as the first was.
  let claim = first;
  for (let generation = 1; ; generation += 1) {
    try {
      await writeFile(claim, `${JSON.stringify(me)}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new ContentWriteError(claim, 'write it', error);
      if (!(await claimAbandoned(claim))) return false;
      claim = `${first}-${generation}`;
    }
  }
  try {
    // Only the holder of this claim removes this lock; anything else there now is a lock taken since, and is left alone.
    const now = await readLock(root);
    if (now?.identity === found.identity && now.modifiedMs === found.modifiedMs) {
      if (now.legacy) {
        await rmdir(path.join(root, LOCK_NAME)).catch(() => undefined);
        await rm(path.join(root, INGEST_MARKS.legacyHolder), { force: true });
      } else {
        await unlink(path.join(root, LOCK_NAME)).catch(() => undefined);
      }
    }
  } finally {
    await rm(claim, { force: true }).catch(() => undefined);
  }
  return true;
}

/** Whether a takeover claim was left by a run that is gone, judged as a lock is ({@link abandoned}). */
async function claimAbandoned(claim: string): Promise<boolean> {
  const info = await stat(claim).catch(() => undefined);
  // Gone meanwhile: its run finished; the lock it took over is another one's by now.
  if (info === undefined) return false;
  // An unreadable claim was made but not yet written (or never: its run was killed as it made it).
  const text = await readFile(claim, 'utf8').catch(() => '');
  return abandoned({ holder: parseHolder(text), modifiedMs: info.mtimeMs });
}

/**
 * The lock as held by this run: refreshed while the run lives, checked
 * before writing, removed when the run ends (or exits).
 */
async function heldLock(root: string, lockPath: string, me: LockRecord, created: boolean): Promise<ContentLock> {
  const mine = () => {
    try {
      return (JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<LockRecord>).id === me.id;
    } catch {
      return false;
    }
  };
  const remove = () => {
    if (mine()) unlinkSync(lockPath);
  };
  heldLocks.add(remove);
  if (heldLocks.size === 1) process.on('exit', releaseAllOnExit);
  const refresh = setInterval(() => {
    if (mine()) utimes(lockPath, new Date(), new Date()).catch(() => undefined);
  }, REFRESH_MS);
  refresh.unref();
  await clearLeftovers(root, me);
  return {
    assertHeld() {
      if (!mine()) throw new LockLostError(lockPath);
    },
    async release() {
      clearInterval(refresh);
      heldLocks.delete(remove);
      if (heldLocks.size === 0) process.off('exit', releaseAllOnExit);
      remove();
      if (created) await rmdir(root).catch(() => undefined);
    },
  };
}

/** The locks this process holds, each with the function that removes it. */
const heldLocks = new Set<() => void>();

/** A run that exits without releasing its locks (`process.exit`) removes them. Ctrl-C or a crash leaves them: their holder is then gone, and the next run takes them over at once. */
function releaseAllOnExit(): void {
  for (const remove of heldLocks) remove();
}

/**
 * Removes what killed runs left beside the lock: records never linked into
 * place, claims of takeovers that did not finish, an older Folio's record.
 * None can belong to a run at work on the lock now: this run holds it.
 */
async function clearLeftovers(root: string, me: LockRecord): Promise<void> {
  const names = await readdir(root).catch(() => [] as string[]);
  const leftovers = names.filter((name) => name.startsWith(`${LOCK_NAME}.`) && !name.includes(me.id));
  await Promise.all(leftovers.map((name) => rm(path.join(root, name), { force: true }).catch(() => undefined)));
}

/** Makes sure `root` is a folder; true when it had to be created. A file in the way is an ENOTDIR error naming it. */
async function ensureFolder(root: string): Promise<boolean> {
  const info = await stat(root).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)));
  if (info?.isDirectory()) return false;
  if (info !== undefined) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${root}'`), { code: 'ENOTDIR', path: root });
  await mkdir(root, { recursive: true });
  return true;
}
