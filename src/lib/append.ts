/**
 * Adds each of `lists`' items to the end of `target`, in order, and returns
 * `target`: a push of each list spread into arguments, for a list of any
 * length. A spread passes each item as an argument, and V8 throws
 * `RangeError: Maximum call stack size exceeded` past about 120,000 of
 * them; the ingest's warnings and problems grow with a dump (a 17 MB dump
 * of 150,000 short papers gave that many).
 */
export function append<T>(target: T[], ...lists: ReadonlyArray<Iterable<T>>): T[] {
  for (const list of lists) for (const item of list) target.push(item);
  return target;
}

/** Adds `value` to the list under `key` in `map`, in place: a copy of the list for each value (`[...(map.get(key) ?? []), value]`) is quadratic in a key's values. */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
