/**
 * Astro's content layer writes its store to disk 500 ms after the last change
 * to it, whole (at 10,000 papers, 42 MB of devalue serialised, then the old
 * file read back and compared). In a build the loaders change the store in
 * bursts between reads of the disk, and each pause of half a second started
 * such a write: on a loaded machine a day's update serialised the store up
 * to three times during its content sync (once for Astro's own unchanged
 * bookkeeping, before any entry was read), each blocking the main thread for
 * 1.3-4.8 s there, and the last write is the only one anyone reads. On an
 * idle machine the loaders usually change it within the half second, and it
 * is written once either way.
 *
 * In `astro build`, {@link holdStoreWrites} holds those writes: a change
 * leaves the store marked as changed, and the store is written once, when
 * the sync waits for its saves (`waitUntilSaveComplete`, after every loader
 * has run). A build that stops before then leaves the file as the last build
 * wrote it, which the next build reads and brings up to date as it would any
 * older store. The dev server keeps Astro's timing: it reloads the pages
 * from the file. A hold that such a stopped build left in the process is
 * ended at the next setup (see {@link releaseStoreWrites}).
 */
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
  releaseStoreWrites(Store);
  const prototype = Store.prototype as HeldPrototype;
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
  const release = (): void => {
    if (prototype[RELEASE] !== release) return;
    prototype.writeToDisk = writeToDisk;
    prototype.waitUntilSaveComplete = waitUntilSaveComplete;
    delete prototype[RELEASE];
  };
  prototype[RELEASE] = release;
  return release;
}

/**
 * Where a hold keeps its release on the class it holds. A build stopped by
 * an error (a loader that throws) never reaches `astro:build:done`, and the
 * class is the process's: the hold would outlast the build, holding the
 * writes of a dev server started later in the same process for good.
 */
const RELEASE = Symbol.for('folio:store-written-once');

type HeldPrototype = StoreClass['prototype'] & { [RELEASE]?: () => void };

/** Puts Astro's own methods back on `Store` if a hold is still in place (a build that stopped before its end); else nothing. */
export function releaseStoreWrites(Store: StoreClass): void {
  (Store.prototype as HeldPrototype)[RELEASE]?.();
}

/** Astro's content store class (`dist/content/mutable-data-store.js`, Astro 5-7), or why it cannot be had. */
export async function astroStoreClass(): Promise<StoreClass | string> {
  try {
    const module = new URL('dist/content/mutable-data-store.js', import.meta.resolve('astro/package.json'));
    const { MutableDataStore } = (await import(module.href)) as { MutableDataStore?: { prototype?: Record<string, unknown> } };
    const prototype = MutableDataStore?.prototype;
    if (typeof prototype?.writeToDisk !== 'function' || typeof prototype.waitUntilSaveComplete !== 'function') return "Astro's content store has no writeToDisk and waitUntilSaveComplete";
    return MutableDataStore as StoreClass;
  } catch (error) {
    return `Astro's content store was not found (${(error as Error).message})`;
  }
}

/** The integration: in `astro build`, the content store is written once, after the content sync. */
export default function storeWrittenOnce(): AstroIntegration {
  let release: (() => void) | undefined;
  return {
    name: 'folio:store-written-once',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        const Store = await astroStoreClass();
        // A hold left by a build in this process that stopped before its end is ended first, whatever runs now.
        if (typeof Store !== 'string') releaseStoreWrites(Store);
        if (command !== 'build') return;
        if (typeof Store === 'string') logger.warn(`the content store is written each time the content sync pauses (slower at scale): ${Store}`);
        else release = holdStoreWrites(Store, (held) => logger.info(`the content store is written once, after the sync (${held === 1 ? '1 write' : `${held} writes`} held during it)`));
      },
      'astro:build:done': () => {
        release?.();
        release = undefined;
      },
    },
  };
}
