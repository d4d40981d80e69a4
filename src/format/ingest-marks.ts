import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
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
 *   .ingest.lock/                 held while an ingest runs
 *   .ingest.lock.pid              {"pid": 4242, "host": "laptop"}: who holds it
 *   .ingest-staging/              the files of a commit, before they are moved into place
 *   .ingest-staging/journal.json  there while a commit is moving them: the folder is half old, half new
 * ```
 */
export const INGEST_MARKS = { lock: '.ingest.lock', holder: '.ingest.lock.pid', staging: '.ingest-staging', journal: 'journal.json' } as const;

/** The process that holds the ingest lock, as it recorded itself. */
export interface Holder {
  pid: number;
  host: string;
}

/** The holder's record in `file`, if there is a readable one. */
export async function readHolder(file: string): Promise<Holder | undefined> {
  try {
    const holder = JSON.parse(await readFile(file, 'utf8')) as Partial<Holder>;
    return typeof holder.pid === 'number' && typeof holder.host === 'string' ? { pid: holder.pid, host: holder.host } : undefined;
  } catch {
    return undefined;
  }
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
  if (existsSync(path.join(root, INGEST_MARKS.lock))) {
    const holder = await readHolder(path.join(root, INGEST_MARKS.holder));
    if (holder === undefined || holder.host !== hostname() || isAlive(holder.pid)) return { state: 'running', holder };
  }
  const journal = path.join(root, INGEST_MARKS.staging, INGEST_MARKS.journal);
  return existsSync(journal) ? { state: 'interrupted', journal } : undefined;
}
