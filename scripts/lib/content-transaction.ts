import path from 'node:path';
import pLimit, { type LimitFunction } from 'p-limit';
import { z } from 'astro/zod';
import { INGEST_MARKS } from '../../src/format/ingest-marks.ts';
import { showPath } from '../../src/format/problem.ts';
import { nodeTransactionFs, type TransactionFs } from './transaction-fs.ts';

/**
 * Writes a set of files into a folder as one transaction: after any failure,
 * and after a kill at any moment followed by {@link recoverContent}, the
 * folder holds exactly what it held before, or exactly what a complete commit
 * leaves. Nothing here knows what the files are; the ingest gives it entries
 * first and the manifest last.
 *
 * ```text
 * <root>/.ingest-staging/
 *   new/<path>      every file's new text, written (and flushed) first
 *   journal.json    written once all of new/ is complete: the commit starts
 *   old/<path>      each replaced file, kept (a hard link) just before the new one is renamed over it
 * ```
 *
 * Renames within one folder tree are atomic, so each file is always whole.
 * While `journal.json` exists the commit can be undone: put every `old/`
 * file back and remove every file that is new. Removing `journal.json` is the
 * point of no return; the staging folder is removed after it.
 */

/** The staging folder, inside the folder written to (one file system, so renames are atomic). */
export const STAGING_DIR = INGEST_MARKS.staging;
const JOURNAL = INGEST_MARKS.journal;
const NEW = 'new';
const OLD = 'old';

/** How many files are written or renamed at once. */
const CONCURRENCY = 64;

const journalSchema = z.strictObject({
  comment: z.string(),
  /** Folders the commit creates, relative to the root, parents first. */
  folders: z.array(z.string()),
  /** Every file, relative to the root, in commit order; `existed`: it replaces a file, kept in old/. */
  files: z.array(z.strictObject({ path: z.string(), existed: z.boolean() })),
});
type Journal = z.infer<typeof journalSchema>;

/** One file to write: a path inside the root (as the caller names it) and its whole text. */
export interface FileWrite {
  file: string;
  text: string;
}

/**
 * A file-system call failed. `message` is one line naming the path and the
 * cause (`content/papers/x.mdx: could not write it (ENOSPC: no space left on device)`).
 */
export class ContentWriteError extends Error {
  /** The path the failed call was about. */
  readonly path: string;
  /** Node's error code (`ENOSPC`), when there is one. */
  readonly code: string | undefined;

  constructor(file: string, doing: string, cause: unknown) {
    super(`${showPath(file)}: could not ${doing} (${describeCause(cause)})`, { cause });
    this.name = 'ContentWriteError';
    this.path = file;
    this.code = (cause as NodeJS.ErrnoException | undefined)?.code;
  }
}

/**
 * A commit that failed. `restored` says whether the folder was put back as it
 * was; when it could not be, the next {@link recoverContent} does it.
 */
export class CommitError extends Error {
  readonly failure: ContentWriteError;
  readonly restored: boolean;

  constructor(failure: ContentWriteError, rollbackFailure?: unknown) {
    super(rollbackFailure === undefined ? failure.message : `${failure.message}; putting the folder back failed too (${(rollbackFailure as Error).message})`, { cause: failure });
    this.name = 'CommitError';
    this.failure = failure;
    this.restored = rollbackFailure === undefined;
  }
}

/** What {@link recoverContent} found and did. */
export interface Recovery {
  /** Files an interrupted commit had changed, put back as they were. */
  restored: number;
  /** Whether a staging folder was there (from a run killed or stopped while writing). */
  clearedStaging: boolean;
}

interface Options {
  fs?: TransactionFs;
}

/**
 * Commits `groups` of files into `root`: the files of one group in parallel,
 * the groups in order (so a manifest in the last group lands after the
 * entries it lists). Throws a {@link CommitError} with the folder as it was.
 * Resolves with a warning when the commit is complete but its staging
 * folder could not be removed (the next {@link recoverContent} removes it).
 * Expects {@link recoverContent} to have run first, under the same lock.
 */
export async function commitFiles(root: string, groups: readonly (readonly FileWrite[])[], options: Options = {}): Promise<string | undefined> {
  const fs = options.fs ?? nodeTransactionFs();
  const steps = groups.map((group) => group.map((w) => ({ path: inside(root, w.file), text: w.text }))).filter((group) => group.length > 0);
  if (steps.length === 0) return undefined;
  const staging = path.join(root, STAGING_DIR);
  const limit = pLimit(CONCURRENCY);
  let journal: Journal;
  try {
    journal = await stage(root, staging, steps, fs, limit);
  } catch (error) {
    await fs.removeTree(staging).catch(() => undefined);
    throw new CommitError(asWriteError(error, staging));
  }
  try {
    await apply(root, staging, journal, steps, fs, limit);
    await step(path.join(staging, JOURNAL), 'remove it', () => fs.unlink(path.join(staging, JOURNAL)));
  } catch (error) {
    const failure = asWriteError(error, staging);
    try {
      await rollBack(root, staging, journal, fs);
      await step(staging, 'remove it', () => fs.removeTree(staging));
    } catch (rollbackError) {
      throw new CommitError(failure, rollbackError);
    }
    throw new CommitError(failure);
  }
  try {
    await fs.removeTree(staging);
    return undefined;
  } catch (error) {
    return `${staging}: could not remove it (${describeCause(error)}); the next ingest removes it`;
  }
}

/** Writes every new file and the journal; the folder itself is untouched. */
async function stage(root: string, staging: string, steps: Array<Array<{ path: string; text: string }>>, fs: TransactionFs, limit: LimitFunction): Promise<Journal> {
  if (await step(staging, 'read it', () => fs.exists(staging))) {
    throw new ContentWriteError(staging, 'start writing', new Error('an earlier run left it; it is removed before any write'));
  }
  const files = steps.flat();
  const folders = parentFolders(files.map((f) => f.path));
  for (const folder of ['', ...folders]) {
    for (const side of [NEW, OLD]) await step(path.join(staging, side, folder), 'create the folder', () => fs.mkdir(path.join(staging, side, folder)));
  }
  await eachSettled(files, limit, (f) => step(path.join(staging, NEW, f.path), 'write it', () => fs.writeFile(path.join(staging, NEW, f.path), f.text)));
  const existed = await eachSettled(files, limit, (f) => step(path.join(root, f.path), 'read it', () => fs.exists(path.join(root, f.path))));
  const missing: string[] = [];
  for (const folder of folders) if (!(await step(path.join(root, folder), 'read it', () => fs.exists(path.join(root, folder))))) missing.push(folder);
  const journal: Journal = {
    comment: 'An ingest is committing these files. If it stopped, the next ingest puts back the files it replaced (old/) and removes the ones it added.',
    folders: missing,
    files: files.map((f, i) => ({ path: f.path, existed: existed[i]! })),
  };
  const journalPath = path.join(staging, JOURNAL);
  await step(`${journalPath}.tmp`, 'write it', () => fs.writeFile(`${journalPath}.tmp`, `${JSON.stringify(journal, null, 2)}\n`));
  await step(journalPath, 'write it', () => fs.rename(`${journalPath}.tmp`, journalPath));
  await step(staging, 'flush it to the disk', () => fs.syncDir(staging));
  return journal;
}

/** Renames every new file into place, group by group, each replaced file kept first. */
async function apply(root: string, staging: string, journal: Journal, steps: Array<Array<{ path: string }>>, fs: TransactionFs, limit: LimitFunction): Promise<void> {
  for (const folder of journal.folders) await step(path.join(root, folder), 'create the folder', () => fs.mkdir(path.join(root, folder)));
  const existed = new Map(journal.files.map((f) => [f.path, f.existed]));
  for (const group of steps) {
    await eachSettled(group, limit, async (f) => {
      const target = path.join(root, f.path);
      if (existed.get(f.path)) await keepOld(target, path.join(staging, OLD, f.path), fs);
      await step(target, 'move the new version into place', () => fs.rename(path.join(staging, NEW, f.path), target));
    });
  }
  for (const folder of ['', ...parentFolders(journal.files.map((f) => f.path))]) {
    await step(path.join(root, folder), 'flush it to the disk', () => fs.syncDir(path.join(root, folder)));
  }
}

/**
 * Runs `task` on every item, `limit` at a time. On the first failure the
 * tasks not yet started are skipped, and it waits for those under way to end
 * before it throws that failure: a commit is undone only once nothing of it
 * is still writing or moving, or a move could land after the undo.
 */
async function eachSettled<T, R>(items: readonly T[], limit: LimitFunction, task: (item: T) => Promise<R>): Promise<R[]> {
  let failure: { error: unknown } | undefined;
  const results = await Promise.allSettled(
    items.map((item) =>
      limit(async () => {
        if (failure !== undefined) throw failure.error;
        try {
          return await task(item);
        } catch (error) {
          failure ??= { error };
          throw error;
        }
      }),
    ),
  );
  if (failure !== undefined) throw failure.error;
  return results.map((result) => (result as PromiseFulfilledResult<R>).value);
}

/** Keeps the file about to be replaced: a hard link, or where the file system has none, a copy complete before it takes the name. */
async function keepOld(target: string, backup: string, fs: TransactionFs): Promise<void> {
  try {
    await fs.link(target, backup);
  } catch (error) {
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK'].includes((error as NodeJS.ErrnoException).code ?? '')) throw new ContentWriteError(target, 'keep a copy of it', error);
    await step(target, 'keep a copy of it', () => fs.copyFile(target, `${backup}.partial`));
    await step(target, 'keep a copy of it', () => fs.rename(`${backup}.partial`, backup));
  }
}

/**
 * Undoes a commit from its journal, last file first. A file whose new
 * version is still in new/ was never replaced; otherwise the kept file goes
 * back, or the file, being new, is removed. Folders the commit created go.
 * Safe to run again after it was itself interrupted. Returns how many files
 * it put back or removed.
 */
async function rollBack(root: string, staging: string, journal: Journal, fs: TransactionFs): Promise<number> {
  let undone = 0;
  for (const file of [...journal.files].reverse()) {
    const target = path.join(root, file.path);
    const backup = path.join(staging, OLD, file.path);
    const staged = path.join(staging, NEW, file.path);
    if (await step(staged, 'read it', () => fs.exists(staged))) continue;
    if (await step(backup, 'read it', () => fs.exists(backup))) {
      await step(target, 'put the earlier version back', () => fs.rename(backup, target));
      undone++;
    } else if (!file.existed) {
      await step(target, 'remove it', () => fs.unlink(target).catch(ignore('ENOENT')));
      undone++;
    }
  }
  for (const folder of [...journal.folders].reverse()) await step(path.join(root, folder), 'remove it', () => fs.rmdir(path.join(root, folder)).catch(ignore('ENOENT', 'ENOTEMPTY', 'EEXIST')));
  await step(path.join(staging, JOURNAL), 'remove it', () => fs.unlink(path.join(staging, JOURNAL)).catch(ignore('ENOENT')));
  return undone;
}

/**
 * Puts a folder back in order after a run that was killed or failed while
 * writing: a commit that had started is undone (the folder is as before that
 * run), and the staging folder is removed. Run it before anything reads the
 * folder, under the lock that keeps other runs out.
 */
export async function recoverContent(root: string, options: Options = {}): Promise<Recovery> {
  const fs = options.fs ?? nodeTransactionFs();
  const staging = path.join(root, STAGING_DIR);
  if (!(await step(staging, 'read it', () => fs.exists(staging)))) return { restored: 0, clearedStaging: false };
  const journalPath = path.join(staging, JOURNAL);
  let restored = 0;
  if (await step(journalPath, 'read it', () => fs.exists(journalPath))) {
    const text = await step(journalPath, 'read it', () => fs.readFile(journalPath));
    let journal: Journal;
    try {
      journal = journalSchema.parse(JSON.parse(text));
    } catch (error) {
      throw new ContentWriteError(journalPath, 'read it', new Error(`it is not a journal this ingest wrote (${(error as Error).message.split('\n')[0]}); look at ${staging} and remove it by hand`));
    }
    restored = await rollBack(root, staging, journal, fs);
  }
  await step(staging, 'remove it', () => fs.removeTree(staging));
  return { restored, clearedStaging: true };
}

/**
 * Removes the temporary files an older ingest (write-file-atomic,
 * `<name>.<number>` beside each file it wrote) left when it was killed, in
 * the given folders; returns how many.
 */
export async function removeStrayTempFiles(folders: readonly string[], options: Options = {}): Promise<number> {
  const fs = options.fs ?? nodeTransactionFs();
  let removed = 0;
  for (const folder of folders) {
    const names = await step(folder, 'read it', () => fs.readdir(folder).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? [] : Promise.reject(error))));
    for (const name of names.filter((n) => /\.(?:mdx|json|yaml)\.\d+$/.test(n))) {
      await step(path.join(folder, name), 'remove it', () => fs.unlink(path.join(folder, name)).catch(ignore('ENOENT')));
      removed++;
    }
  }
  return removed;
}

/** Runs one file-system call; a failure becomes a {@link ContentWriteError} naming `file`. */
async function step<T>(file: string, doing: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw error instanceof ContentWriteError ? error : new ContentWriteError(file, doing, error);
  }
}

/** A `catch` handler that swallows the given error codes. */
function ignore(...codes: string[]): (error: NodeJS.ErrnoException) => Promise<void> {
  return (error) => (codes.includes(error.code ?? '') ? Promise.resolve() : Promise.reject(error));
}

function asWriteError(error: unknown, staging: string): ContentWriteError {
  return error instanceof ContentWriteError ? error : new ContentWriteError(staging, 'write', error);
}

/** `file` relative to `root`, which it must be inside. */
function inside(root: string, file: string): string {
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) throw new Error(`${showPath(file)} is not inside ${showPath(root)}`);
  return relative;
}

/** Every folder the files are in, relative, parents before children; the root itself left out. */
function parentFolders(files: readonly string[]): string[] {
  const folders = new Set<string>();
  for (const file of files) for (let dir = path.dirname(file); dir !== '.' && !folders.has(dir); dir = path.dirname(dir)) folders.add(dir);
  return [...folders].sort((a, b) => a.split(path.sep).length - b.split(path.sep).length || (a < b ? -1 : 1));
}

/** `EFBIG: file too large, write` → `EFBIG: file too large`: Node's code and description, without the call. */
function describeCause(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (typeof message !== 'string') return String(error);
  return code !== undefined && message.startsWith(`${code}: `) ? message.replace(/, \w+(?: '.*')?$/, '') : message;
}
