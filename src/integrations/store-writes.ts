/**
 * Astro's content layer writes its store to disk 500 ms after the last change
 * to it, whole (at 10,000 papers, 42 MB of devalue serialised, then the old
 * file read back and compared). In a build the loaders change the store in
 * bursts between reads of the disk, and each pause of half a second started
 * such a write: a day's update serialised the store three times during its
 * content sync (once for Astro's own unchanged bookkeeping, before any entry
 * was read), each time blocking the main thread for 1-2 s on an idle
 * machine, and the last write is the only one anyone reads.
 *
 * In `astro build`, {@link holdStoreWrites} holds those writes: a change
 * leaves the store marked as changed, and the store is written once, when
 * the sync waits for its saves (`waitUntilSaveComplete`, after every loader
 * has run). A build that stops before then leaves the file as the last build
 * wrote it, which the next build reads and brings up to date as it would any
 * older store. The dev server keeps Astro's timing: it reloads the pages
 * from the file.
 *
 * That one write is {@link writeStoreFile}'s: Astro read the old file back
 * as text to see whether it changed, decoding 42 MB of UTF-8 into a string
 * of two bytes a character (the store holds a few characters outside
 * Latin-1); comparing the bytes gives the same answer in a third of the time.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/** The two methods of Astro's `MutableDataStore` (Astro 5-7) this wraps; both are public and called through `this`. */
export interface StoreClass {
  prototype: {
    writeToDisk(): Promise<void>;
    waitUntilSaveComplete(): Promise<void>;
  };
}

/**
 * Holds the writes of every store of class `Store` until a sync waits for its
 * saves, then writes each store once; `onWrite` is told how many writes were
 * held before. Returns the function that puts Astro's own methods back.
 */
export function holdStoreWrites(Store: StoreClass, onWrite: (held: number) => void = () => {}): () => void {
  const prototype = Store.prototype;
  const { writeToDisk, waitUntilSaveComplete } = prototype;
  const flushing = new WeakSet<object>();
  const held = new WeakMap<object, number>();
  prototype.writeToDisk = async function (this: object): Promise<void> {
    // Held: the store stays marked as changed, so the write below still has it to do.
    if (flushing.has(this)) await writeToDisk.call(this);
    else held.set(this, (held.get(this) ?? 0) + 1);
  };
  prototype.waitUntilSaveComplete = async function (this: object): Promise<void> {
    flushing.add(this);
    onWrite(held.get(this) ?? 0);
    held.delete(this);
    try {
      // Written here, not left to Astro's method: a held write may have settled the promise it waits for.
      await writeToDisk.call(this);
      await waitUntilSaveComplete.call(this);
    } finally {
      flushing.delete(this);
    }
  };
  return () => {
    prototype.writeToDisk = writeToDisk;
    prototype.waitUntilSaveComplete = waitUntilSaveComplete;
  };
}

/**
 * Writes `data` (the serialised store) to `file` through a temporary file
 * renamed into place, unless the file holds it already, as Astro's
 * `writeFileAtomic` does; but the old file is compared as bytes, never
 * decoded. Whether it wrote.
 */
export async function writeStoreFile(file: URL | string, data: string): Promise<boolean> {
  const bytes = Buffer.from(data, 'utf8');
  const old = await readFile(file).catch(() => undefined);
  if (old?.equals(bytes)) return false;
  const temp = file instanceof URL ? new URL(`${file.href}.tmp`) : `${file}.tmp`;
  await writeFile(temp, bytes);
  await rename(temp, file);
  return true;
}

/** Astro's one-file store writer (`FileWriter`, Astro 7): its `write` is public and its file is its `target`. */
export interface FileWriterClass {
  prototype: { write(collections: unknown): Promise<boolean> };
}

/** Has every store of Astro's one-file layout written by {@link writeStoreFile}; returns the function that puts Astro's `write` back. */
export function writeStoreFiles(FileWriter: FileWriterClass, serialize: (collections: unknown) => string): () => void {
  const prototype = FileWriter.prototype;
  const { write } = prototype;
  prototype.write = function (this: { target: URL | string }, collections: unknown): Promise<boolean> {
    return writeStoreFile(this.target, serialize(collections));
  };
  return () => {
    prototype.write = write;
  };
}

/** What this wraps of Astro's content store (`dist/content/`, Astro 7). */
interface AstroStore {
  MutableDataStore: StoreClass;
  FileWriter: FileWriterClass;
  serializeDataStore: (collections: unknown) => string;
}

/** Astro's content store classes, or why they cannot be had. */
export async function astroStore(): Promise<AstroStore | string> {
  const load = (file: string) => import(new URL(`dist/content/${file}`, import.meta.resolve('astro/package.json')).href) as Promise<Record<string, unknown>>;
  try {
    const [{ MutableDataStore }, { FileWriter, serializeDataStore }] = await Promise.all([load('mutable-data-store.js'), load('data-store-writer.js')]);
    const has = (value: unknown, ...methods: string[]) => typeof value === 'function' && methods.every((m) => typeof (value as { prototype: Record<string, unknown> }).prototype[m] === 'function');
    if (!has(MutableDataStore, 'writeToDisk', 'waitUntilSaveComplete')) return "Astro's content store has no writeToDisk and waitUntilSaveComplete";
    if (!has(FileWriter, 'write') || typeof serializeDataStore !== 'function') return "Astro's content store has no FileWriter and serializeDataStore";
    return { MutableDataStore, FileWriter, serializeDataStore } as AstroStore;
  } catch (error) {
    return `Astro's content store was not found (${(error as Error).message})`;
  }
}

/** The integration: in `astro build`, the content store is written once, after the content sync. */
export default function storeWrittenOnce(): AstroIntegration {
  let release: Array<() => void> = [];
  return {
    name: 'folio:store-written-once',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build') return;
        const store = await astroStore();
        if (typeof store === 'string') {
          logger.warn(`the content store is written each time the content sync pauses (slower at scale): ${store}`);
          return;
        }
        release = [
          holdStoreWrites(store.MutableDataStore, (held) => logger.info(`the content store is written once, after the sync (${held === 1 ? '1 write' : `${held} writes`} held during it)`)),
          writeStoreFiles(store.FileWriter, store.serializeDataStore),
        ];
      },
      'astro:build:done': () => {
        for (const put of release) put();
        release = [];
      },
    },
  };
}
