/**
 * How Pagefind's service process runs: settings Pagefind reads from the
 * environment of its process, which the Node API starts for each index
 * (index-records.ts closes it after each part).
 */

/**
 * Words per Pagefind index chunk (its default is 20,000). Smaller chunks mean
 * a query word loads about 8 KB instead of 21 KB at 10,000 papers, for 4 KB
 * more metadata. "UNSTABLE" is Pagefind's name for it: a build test checks it
 * still takes effect.
 */
export const INDEX_CHUNK_SIZE = 5000;

/**
 * The environment of Pagefind's process. Its allocator (jemalloc) keeps its
 * default, which holds freed memory for 10 s: returning it at once
 * (`_RJEM_MALLOC_CONF=dirty_decay_ms:0,muzzy_decay_ms:0`, stops 22-25) saved
 * 0.1-0.27 GB of Pagefind's peak at 10,000 papers, but it pays in system
 * time on every free, and on a machine where that is dear (stop 26's) it
 * tripled Pagefind's CPU: 35-37 s against 12-18 s for a 7,252-paper index,
 * and 13.7 against 6.5 s for the 2,898 papers of a day's update (see
 * bench/README.md).
 */
export const PAGEFIND_ENVIRONMENT: Readonly<Record<string, string>> = {
  PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(INDEX_CHUNK_SIZE),
};

/** Runs `start` (which starts Pagefind's service process) with PAGEFIND_ENVIRONMENT in the environment the process inherits. */
export async function withPagefindEnvironment<T>(start: () => Promise<T>): Promise<T> {
  const previous = Object.fromEntries(Object.keys(PAGEFIND_ENVIRONMENT).map((name) => [name, process.env[name]]));
  Object.assign(process.env, PAGEFIND_ENVIRONMENT);
  try {
    return await start();
  } finally {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
