import { existsSync } from 'node:fs';
import { lstat, readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';

/**
 * What an ingest keeps in the content folder while it works, never content:
 * the ingest writes them (scripts/lib/ingest-lock.ts, content-transaction.ts)
 * and the build looks for them, so that it never publishes a folder an
 * ingest is writing or left half written.
 *
 * ```text
 * content/
 *   .ingest.lock                  held while an ingest runs: {"pid": 4242, "host": "laptop", "id": "…"}
 *   .ingest-staging/              the files of a commit, before they are moved into place
 *   .ingest-staging/journal.json  there while a commit is moving them: the folder is half old, half new
 * ```
 *
 * Earlier versions of Folio made the lock a folder, `.ingest.lock/`, with
 * its holder's record beside it in `.ingest.lock.pid` (`legacyHolder`);
 * one left by a killed run is still recognised, and taken over.
 */
export const INGEST_MARKS = { lock: '.ingest.lock', legacyHolder: '.ingest.lock.pid', staging: '.ingest-staging', journal: 'journal.json' } as const;

/** The process that holds the ingest lock, as it recorded itself. */
export interface Holder {
  pid: number;
  host: string;
}

/** The lock file's content: its holder, and an id no other lock ever has. */
export interface LockRecord extends Holder {
  id: string;
}

/** The ingest lock as found in a content folder. */
export interface FoundLock {
  /** Its holder, if its record can be read. */
  holder: Holder | undefined;
  /** Which lock this is (its record's id): another lock made since has another. */
  identity: string;
  /** When it was made or last refreshed by its holder. */
  modifiedMs: number;
  /** An older Folio's lock: a folder, its record in `.ingest.lock.pid`. */
  legacy: boolean;
}

/** How messages name a lock's holder: ` (pid 4242)`, ` (pid 4242 on laptop)` from another machine, nothing when unknown. */
export function describeHolder(holder: Holder | undefined): string {
  return holder === undefined ? '' : ` (pid ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`})`;
}

/** The holder's record in `text` (a lock's or a takeover claim's), if it is one. */
export function parseHolder(text: string): (Holder & { id?: string }) | undefined {
  try {
    const holder = JSON.parse(text) as Partial<LockRecord>;
    if (typeof holder.pid !== 'number' || typeof holder.host !== 'string') return undefined;
    return { pid: holder.pid, host: holder.host, ...(typeof holder.id === 'string' ? { id: holder.id } : {}) };
  } catch {
    return undefined;
  }
}

/** The ingest lock of the content folder at `root`, if there is one. */
export async function readLock(root: string): Promise<FoundLock | undefined> {
  const lockPath = path.join(root, INGEST_MARKS.lock);
  const info = await lstat(lockPath).catch(() => undefined);
  if (info === undefined) return undefined;
  if (info.isDirectory()) {
    const text = await readFile(path.join(root, INGEST_MARKS.legacyHolder), 'utf8').catch(() => '');
    const holder = parseHolder(text);
    return { holder: holder && { pid: holder.pid, host: holder.host }, identity: `folder ${text}`, modifiedMs: info.mtimeMs, legacy: true };
  }
  let text: string;
  try {
    text = await readFile(lockPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    text = '';
  }
  const record = parseHolder(text);
  return { holder: record && { pid: record.pid, host: record.host }, identity: `file ${text}`, modifiedMs: info.mtimeMs, legacy: false };
}

/** Whether a process with this id exists on this machine. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, and belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** An ingest at work on the folder, or one that stopped in the middle of moving its files into place. */
export type IngestUnderway = { state: 'running'; holder: Holder | undefined } | { state: 'interrupted'; journal: string };

/**
 * Whether the content folder at `root` is being written (its lock is held by
 * a live process, or by one on another machine), or was left half written
 * (a commit's journal with no live holder). A folder a killed run left only
 * staged files in is as it was, and is not reported.
 */
export async function ingestUnderway(root: string): Promise<IngestUnderway | undefined> {
  const lock = await readLock(root);
  if (lock !== undefined) {
    const { holder } = lock;
    if (holder === undefined || holder.host !== hostname() || isAlive(holder.pid)) return { state: 'running', holder };
  }
  const journal = path.join(root, INGEST_MARKS.staging, INGEST_MARKS.journal);
  return existsSync(journal) ? { state: 'interrupted', journal } : undefined;
}
