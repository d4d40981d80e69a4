import { copyFile, link, lstat, mkdir, open, readdir, readFile, rename, rm, rmdir, unlink } from 'node:fs/promises';

/**
 * The file-system calls a content transaction makes, one method each, so that
 * a test can fail (or "kill") any one of them and check what is left on disk.
 * Paths are as given; every method rejects with Node's own error.
 */
export interface TransactionFs {
  /** Writes a new file whole and, when `durable`, flushes it to the disk before resolving. */
  writeFile(file: string, text: string): Promise<void>;
  readFile(file: string): Promise<string>;
  mkdir(dir: string): Promise<void>;
  readdir(dir: string): Promise<string[]>;
  /** Whether a path exists (without following a symbolic link at its end). */
  exists(path: string): Promise<boolean>;
  rename(from: string, to: string): Promise<void>;
  /** A second name for an existing file (a hard link). */
  link(existing: string, alias: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  /** Removes an empty folder. */
  rmdir(dir: string): Promise<void>;
  /** Removes a folder and everything in it; nothing when it does not exist. */
  removeTree(dir: string): Promise<void>;
  /** Flushes a folder's entries (names created, renamed, removed) to the disk, where the system allows it. */
  syncDir(dir: string): Promise<void>;
}

/**
 * The real file system. `durable` (default true) flushes each written file and
 * the folders renamed into, so that a committed transaction survives a power
 * cut, not only a killed process.
 */
export function nodeTransactionFs({ durable = true }: { durable?: boolean } = {}): TransactionFs {
  return {
    async writeFile(file, text) {
      const handle = await open(file, 'wx');
      try {
        await handle.writeFile(text, 'utf8');
        if (durable) await handle.sync();
      } finally {
        await handle.close();
      }
    },
    readFile: (file) => readFile(file, 'utf8'),
    mkdir: async (dir) => void (await mkdir(dir, { recursive: true })),
    readdir: (dir) => readdir(dir),
    exists: (target) =>
      lstat(target).then(
        () => true,
        (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? false : Promise.reject(error)),
      ),
    rename,
    link,
    copyFile,
    unlink,
    rmdir: (dir) => rmdir(dir),
    removeTree: (dir) => rm(dir, { recursive: true, force: true }),
    async syncDir(dir) {
      if (!durable) return;
      // Windows cannot open a folder to flush it, and needs no such flush.
      const handle = await open(dir, 'r').catch(() => undefined);
      if (handle === undefined) return;
      try {
        await handle.sync().catch((error: NodeJS.ErrnoException) => (['EPERM', 'EINVAL', 'EISDIR', 'EBADF'].includes(error.code ?? '') ? undefined : Promise.reject(error)));
      } finally {
        await handle.close();
      }
    },
  };
}
