/** One field of an entry three ways: as the ingest last took it from the dumps, as the file holds it now, as the dumps say it now. */
export interface FieldVersions<T> {
  /** What the ingest last took from the dumps (and wrote, unless the user's was kept). */
  ingested: T;
  /** What the entry holds now: the ingest's, or the user's if it differs from `ingested`. */
  onDisk: T;
  /** What the dumps of this run say. */
  fromDumps: T;
}

/** What a field becomes, and what to record as last taken from the dumps. */
export interface MergedField<T> {
  value: T;
  ingested: T;
  /** The user changed the field and the dumps now say something else too: the user's is kept, and they should be told. */
  conflict: boolean;
}

/**
 * A three-way merge of one field an entry holds, as a user who fixes
 * entries by hand expects: a value the user did not touch takes what the
 * dumps say now; one the user changed is kept, silently when the dumps
 * repeat what was ingested before, as a conflict when they now say
 * something else too. Either way the dumps' value is recorded as the last
 * ingested, so a conflict is told once. `same` says when two values are one
 * (a title by its key).
 */
export function mergeHandEdit<T>({ ingested, onDisk, fromDumps }: FieldVersions<T>, same: (a: T, b: T) => boolean): MergedField<T> {
  if (same(onDisk, ingested) || same(onDisk, fromDumps)) return { value: fromDumps, ingested: fromDumps, conflict: false };
  if (same(fromDumps, ingested)) return { value: onDisk, ingested, conflict: false };
  return { value: onDisk, ingested: fromDumps, conflict: true };
}
