import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { paperSchema } from '../../src/format/paper-schema.ts';
import { compareStrings } from '../../src/format/compare-strings.ts';

/**
 * A memo of what the last ingest wrote, so that re-ingesting unchanged input
 * skips the expensive steps (LaTeX conversion, topics, keywords, MDX
 * serialisation, YAML parsing) for every paper whose inputs and file are as
 * they were. Safe to delete at any time: it only ever saves work.
 */

const recordSchema = z.strictObject({
  /** Hash of everything the entry was made from (see `planIngest`). */
  fingerprint: z.string(),
  /** Hash of the file's text as written. */
  hash: z.string(),
  /** The entry's frontmatter, so an untouched file need not be parsed again. */
  data: paperSchema,
  /** Hash of the manifest's records the entry was planned with (its slug's and its aliases'), as the run left them. */
  records: z.string().optional(),
  /**
   * The abstract the body was made from, and the hash of the body as written:
   * what versions before `published.json` recorded bodies kept here, read
   * once to migrate a manifest without them (see `migrateManifest`). No
   * longer written: decisions read the content folder only.
   */
  abstract: z.string().optional(),
  bodyHash: z.string().optional(),
  /** LaTeX commands the body keeps as literal text, for the summary. */
  literalTex: z.number().int().nonnegative().optional(),
  /** LaTeX the body dropped or simplified, for the summary. */
  simplifiedTex: z.number().int().nonnegative().optional(),
  /** Warnings the entry's planning gave, repeated on every run. */
  warnings: z.array(z.strictObject({ file: z.string(), line: z.number().optional(), message: z.string() })),
});

/** The memo file: a record per slug. */
export const ingestCacheSchema = z.strictObject({
  comment: z.string().optional(),
  /** Slug -> record. */
  entries: z.record(z.string(), recordSchema),
});

/** What the memo keeps of one entry. */
export type CacheRecord = z.output<typeof recordSchema>;
export type IngestCache = z.output<typeof ingestCacheSchema>;

/** A note for humans opening the memo file. */
export const CACHE_COMMENT = 'Written by `npm run ingest` to skip unchanged work on the next run. Safe to delete; not worth committing.';

/** A short, stable hash of a text. */
export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}

/** A stable hash of any JSON-serialisable parts, in order. */
export function fingerprint(parts: readonly unknown[]): string {
  return hashText(JSON.stringify(parts));
}

/** The memo's first line: what wrote it, a hash of the records line after it, and of the manifest the run left. */
const headerSchema = z.strictObject({
  comment: z.string().optional(),
  version: z.string(),
  digest: z.string(),
  /** `hashText` of `published.json` as the run that wrote the memo left it: the manifest that run checked or wrote. */
  manifest: z.string().optional(),
});

const recordsSchema = z.record(z.string(), recordSchema);

/**
 * Read a cache file's text; anything unreadable is simply an empty cache.
 * Checking 10,000 records against the schema took a third of a second of a
 * day's ingest, so a memo this code `version` wrote, whose records line
 * still has the hash it was written with, is taken as written: its records
 * were checked when they were planned. Any other memo (another version's, an
 * edited or torn one, one written before memos named their version) has
 * every record checked, and is dropped whole when one does not fit.
 */
export function parseIngestCache(text: string | undefined, version: string): Map<string, CacheRecord> {
  if (text === undefined) return new Map();
  try {
    const newline = text.indexOf('\n');
    const header = headerSchema.safeParse(JSON.parse(text.slice(0, newline)));
    if (!header.success) {
      const old = ingestCacheSchema.safeParse(JSON.parse(text));
      return new Map(old.success ? Object.entries(old.data.entries) : []);
    }
    // The file's last newline is no part of the records line its digest covers (memos written without one read the same).
    const records = text.slice(newline + 1).replace(/\r?\n$/u, '');
    if (header.data.version === version && header.data.digest === hashText(records)) return new Map(Object.entries(JSON.parse(records) as Record<string, CacheRecord>));
    const result = recordsSchema.safeParse(JSON.parse(records));
    return new Map(result.success ? Object.entries(result.data) : []);
  } catch {
    return new Map();
  }
}

/**
 * The hash of the manifest the last run left, when this code `version`
 * wrote the memo: a manifest with that hash is the one that run checked
 * against the schema or wrote from checked records, so it need not be
 * checked again (a third of a second at 10,000 papers). Any other manifest
 * (edited by hand, merged, restored) is checked.
 */
export function writtenManifest(text: string | undefined, version: string): string | undefined {
  if (text === undefined) return undefined;
  try {
    const header = headerSchema.safeParse(JSON.parse(text.slice(0, text.indexOf('\n'))));
    return header.success && header.data.version === version ? header.data.manifest : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Serialise a cache deterministically (sorted by slug), so an unchanged run
 * writes the same bytes: a line naming the code `version`, the hash of the
 * records and that of the manifest the run left (`manifest`, see
 * {@link writtenManifest}), then the records on one line, which ends with a
 * newline as a text file's last line does.
 */
export function serializeIngestCache(records: ReadonlyMap<string, CacheRecord>, version: string, manifest?: string): string {
  const entries = JSON.stringify(Object.fromEntries([...records].sort(([a], [b]) => compareStrings(a, b))));
  return `${JSON.stringify({ comment: CACHE_COMMENT, version, digest: hashText(entries), ...(manifest === undefined ? {} : { manifest }) })}\n${entries}\n`;
}
