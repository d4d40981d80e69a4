/**
 * Debounced, latest-wins running of a search view's task: typing schedules
 * it, a newer call makes older ones stale, so a slow answer never replaces
 * a newer one. Shared by the header box and the search page.
 */

/** Milliseconds of quiet typing before a search runs: collapses a burst of keys into one search. */
export const SEARCH_DEBOUNCE_MS = 20;

export interface LatestOnly<A> {
  /** Runs the task after the debounce, unless called again first. */
  schedule(args: A): void;
  /** Runs the task now. */
  now(args: A): Promise<void>;
  /** Drops any scheduled or running task's result. */
  cancel(): void;
}

/** Wraps `task`, which gets `isCurrent()` to check before showing its result. */
export function latestOnly<A>(task: (args: A, isCurrent: () => boolean) => Promise<void>, debounceMs = SEARCH_DEBOUNCE_MS): LatestOnly<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  const now = (args: A) => {
    clearTimeout(timer);
    const mine = ++generation;
    return task(args, () => mine === generation);
  };
  return {
    schedule: (args) => {
      clearTimeout(timer);
      timer = setTimeout(() => void now(args), debounceMs);
    },
    now,
    cancel: () => {
      clearTimeout(timer);
      generation++;
    },
  };
}
