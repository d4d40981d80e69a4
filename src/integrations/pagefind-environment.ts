/**
 * How Pagefind's service process runs. Pagefind reads these settings from
 * the environment of its process, which the Node API starts for each index
 * (index-records.ts closes it after each part), so each part of the search
 * can run with its own.
 */

/**
 * Words per Pagefind index chunk (its default is 20,000). Smaller chunks mean
 * a query word loads about 8 KB instead of 21 KB at 10,000 papers, for 4 KB
 * more metadata. "UNSTABLE" is Pagefind's name for it: a build test checks it
 * still takes effect.
 */
export const INDEX_CHUNK_SIZE = 5000;

/**
 * Above this many pages, Pagefind's allocator (jemalloc) returns freed memory
 * at once instead of after 10 s. Pagefind builds its index in memory twice
 * per `writeFiles`; with the default, the freed first build is still held
 * when the second peaks: at 10,000 papers 1.28-1.44 GB against a steady
 * 1.17 GB, which is where the build's memory peaks. Purging at once costs
 * system time, though, on every free: for the latest month's part a day's
 * update writes (2,898 papers), 13.7 s of CPU instead of 6.5 s, and 4-5 s
 * of the update's wall time, to save 70 MB (341 against 412 MB). See
 * bench/README.md.
 */
export const PURGE_AT_ONCE_PAGES = 4096;

/** The environment of the Pagefind process that indexes `pages` pages. */
export function pagefindEnvironment(pages: number): Readonly<Record<string, string>> {
  return {
    PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(INDEX_CHUNK_SIZE),
    ...(pages > PURGE_AT_ONCE_PAGES ? { _RJEM_MALLOC_CONF: 'dirty_decay_ms:0,muzzy_decay_ms:0' } : {}),
  };
}

/** Runs `start` (which starts Pagefind's service process) with `environment` in the environment the process inherits. */
export async function withPagefindEnvironment<T>(environment: Readonly<Record<string, string>>, start: () => Promise<T>): Promise<T> {
  const previous = Object.fromEntries(Object.keys(environment).map((name) => [name, process.env[name]]));
  Object.assign(process.env, environment);
  try {
    return await start();
  } finally {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
