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

/** Read a cache file's text; anything unreadable is simply an empty cache. */
export function parseIngestCache(text: string | undefined): Map<string, CacheRecord> {
  if (text === undefined) return new Map();
  try {
    const result = ingestCacheSchema.safeParse(JSON.parse(text));
    return result.success ? new Map(Object.entries(result.data.entries)) : new Map();
  } catch {
    return new Map();
  }
}

/** Serialise a cache deterministically (sorted by slug), so an unchanged run writes the same bytes. */
export function serializeIngestCache(records: ReadonlyMap<string, CacheRecord>): string {
  const entries = Object.fromEntries([...records].sort(([a], [b]) => compareStrings(a, b)));
  return `${JSON.stringify({ comment: CACHE_COMMENT, entries })}\n`;
}
