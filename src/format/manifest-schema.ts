import { z } from 'astro/zod';
import { slugSchema } from './paper-schema.ts';

/**
 * The committed record of every published paper and listing URL
 * (`content/published.json`).
 *
 * The ingest only ever adds to it; the site build refuses to drop any URL in
 * it (each must have a page or a redirect).
 */
/** What the manifest records of one published slug. */
export const manifestEntrySchema = z.strictObject({
  /** The paper's title when the slug was published. */
  title: z.string().min(1),
  /**
   * The title the ingest identifies the paper by: `title` with whitespace
   * folded, NFC (src/format/paper-key.ts). Manifests written before it kept
   * case are migrated by the ingest.
   */
  key: z.string().min(1),
  /** The key of the paper's abstract when the slug was recorded, so a later retitle is still the same paper. */
  abstract: z.string().min(1).optional(),
});

export const manifestSchema = z.strictObject({
  /** A note for humans opening the file. */
  comment: z.string().optional(),
  /** Published slug -> the paper it belongs to. */
  papers: z.record(slugSchema, manifestEntrySchema),
  /**
   * Published listing id (`/listings/<id>/`) -> the listing it is now: itself,
   * or the day a file-named listing was given later (its URL then redirects).
   * Default: none (manifests written before listings were recorded).
   */
  listings: z.record(slugSchema, slugSchema).default({}),
});

export type Manifest = z.output<typeof manifestSchema>;
