/**
 * Loads each result's data, keeping those that load. Offline, a result whose
 * page data was never saved fails to load; the rest still show, and the count
 * of those left out lets the UI say so instead of breaking.
 */
export async function loadAvailable<T>(loaders: ReadonlyArray<() => Promise<T>>): Promise<{ loaded: T[]; missing: number }> {
  const settled = await Promise.allSettled(loaders.map((load) => load()));
  const loaded = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  return { loaded, missing: settled.length - loaded.length };
}
