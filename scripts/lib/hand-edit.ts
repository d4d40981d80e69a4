/** One field of an entry three ways: as the ingest last took it from the dumps, as the file holds it now, as the dumps say it now. */
export interface FieldVersions<T> {
  /** What the ingest last took from the dumps (and wrote, unless the user's was kept). */
  ingested: T;
  /** What the entry holds now: the ingest's, or the user's if it differs from `ingested`. */
  onDisk: T;
  /** What the dumps of this run say. */
  fromDumps: T;
  /** What the ingest last wrote in the entry, when not `ingested` (a conflict kept the user's): the entry holding it again was put back, not edited. */
  written?: T | undefined;
}

/** What a field becomes, and what to record as last taken from the dumps. */
export interface MergedField<T> {
  value: T;
  ingested: T;
  /** The user changed the field and the dumps now say something else too: the user's is kept, and they should be told. */
  conflict: boolean;
  /** What the ingest last wrote in the entry, to record while the user's value is kept over `ingested`; undefined when it is `ingested`. */
  written?: T | undefined;
}

/**
 * A three-way merge of one field an entry holds, as a user who fixes
 * entries by hand expects: a value the user did not touch takes what the
 * dumps say now; one the user changed is kept, silently when the dumps
 * repeat what was ingested before, as a conflict when they now say
 * something else too. Either way the dumps' value is recorded as the last
 * ingested, so a conflict is told once; and, from a conflict on, what the
 * ingest last wrote, so a value put back as it was (`git checkout`) is the
 * ingest's again. `same` says when two values are one (a title by its key).
 */
export function mergeHandEdit<T>({ ingested, onDisk, fromDumps, written }: FieldVersions<T>, same: (a: T, b: T) => boolean): MergedField<T> {
  // Put back as the ingest wrote it (after a conflict, `git checkout`): the user no longer holds an opinion.
  const untouched = same(onDisk, ingested) || same(onDisk, fromDumps) || (written !== undefined && same(onDisk, written));
  if (untouched) return { value: fromDumps, ingested: fromDumps, conflict: false };
  if (same(fromDumps, ingested)) return { value: onDisk, ingested, conflict: false, written };
  return { value: onDisk, ingested: fromDumps, conflict: true, written: written ?? ingested };
}
