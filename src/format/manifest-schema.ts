import { z } from 'astro/zod';
import { slugSchema, topicIdSchema } from './paper-schema.ts';
import { WRITTEN_BODY } from './written-body.ts';

/**
 * The committed record of every published paper, listing and topic URL
 * (`content/published.json`).
 *
 * The ingest only ever adds to it; the site build refuses to drop any URL in
 * it (each must have a page or a redirect).
 */
/** What the manifest records of one published slug. */
const manifestEntrySchema = z.strictObject({
  /** The paper's title when the slug was published. */
  title: z.string().min(1),
  /**
   * The title the ingest identifies the paper by: `title` with whitespace
   * folded, NFC (src/format/paper-key.ts). Manifests written before it kept
   * case are migrated by the ingest.
   */
  key: z.string().min(1),
  /**
   * The title the ingest last took from the dumps for the paper, when it is
   * not `title`: a title in the entry that is neither this (nor, when this
   * is absent, `title`) nor the dumps' was changed by hand and is kept
   * (scripts/lib/hand-edit.ts). Absent in manifests written before it,
   * which reads as `title`.
   */
  ingestedTitle: z.string().min(1).optional(),
  /**
   * The title the ingest last wrote in the entry, when it is not
   * `ingestedTitle`: a later dump corrected a title changed by hand, and the
   * user's was kept. An entry whose title is this again (put back with
   * `git checkout`) holds no title of the user's, and takes the dumps'.
   * Default: `ingestedTitle`.
   */
  writtenTitle: z.string().min(1).optional(),
  /** The key of the paper's abstract when the slug was recorded, so a later retitle is still the same paper. */
  abstract: z.string().min(1).optional(),
  /**
   * The body the ingest last wrote for the paper and the abstract it made it
   * from, `<hash> <length> <key>` (src/format/written-body.ts; the key is
   * left out when it is `abstract`'s): a body with another hash was edited
   * by hand and is kept; a later dump's abstract replaces the one it was
   * made from only when longer. It is what lets every clone of the content
   * folder decide alike, with or without the ingest's memo. Absent in
   * manifests written before it, and while a body kept as edited by hand
   * has never been the ingest's: the ingest then compares the body with what
   * the dump gives.
   */
  body: z.string().regex(WRITTEN_BODY, 'expected `<hash> <length> <key>` as the ingest writes it').optional(),
});

/** A record whose `body` leaves its key out must have the `abstract` it refers to. */
const manifestRecordSchema = manifestEntrySchema.refine(
  (record) => {
    // A body not in the written form at all is already reported by its own check.
    const match = record.body === undefined ? null : WRITTEN_BODY.exec(record.body);
    return match === null || match[3] !== undefined || record.abstract !== undefined;
  },
  {
    message: 'expected `<hash> <length> <key>`: the key is left out only when the record has an `abstract`',
    path: ['body'],
  },
);

export const manifestSchema = z.strictObject({
  /** A note for humans opening the file. */
  comment: z.string().optional(),
  /** Published slug -> the paper it belongs to. */
  papers: z.record(slugSchema, manifestRecordSchema),
  /**
   * Published listing id (`/listings/<id>/`) -> the listing it is now: itself,
   * or the day a file-named listing was given later (its URL then redirects).
   * Default: none (manifests written before listings were recorded).
   */
  listings: z.record(slugSchema, slugSchema).default({}),
  /**
   * Published topic ids (`/topics/<id>/`, its numbered pages and its feed),
   * sorted: every id and alias of `topics.yaml` an ingest has seen
   * (`topicUrlIds`). Each must stay a topic's id or one of its `aliases`.
   * Default: none (manifests written before topics were recorded; their next
   * ingest records the topics then). An id listed twice (a hand edit, a
   * merge of two branches' manifests) is read once, as the ingest writes it.
   */
  topics: z
    .array(topicIdSchema)
    .default([])
    .transform((ids) => [...new Set(ids)]),
});

export type Manifest = z.output<typeof manifestSchema>;
