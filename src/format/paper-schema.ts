import { z } from 'astro/zod';

/**
 * The frontmatter of one paper entry (`content/papers/<slug>.mdx`).
 *
 * Defined once and used twice: `src/content.config.ts` validates entries when
 * Astro loads them, and the ingest script validates every entry before it is
 * written, so a bad entry fails where it is made.
 */

/** A permanent URL segment: lowercase ASCII words joined by single hyphens. */
export const slugSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lowercase ASCII words joined by hyphens');

/** A topic id from the taxonomy (`content/topics.yaml`). */
export const topicIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase id such as `language-models`');

/** One place where the paper appeared: a listing (a day) and its position in it. */
export const appearanceSchema = z.strictObject({
  /**
   * Listing id; the listing page is `/listings/<id>/`. For a dated dump the
   * day, `YYYY-MM-DD` (two dumps of one day are one listing); for a dump with
   * no known day, an id made from its file name.
   */
  // YAML reads an unquoted 2025-03-14 (as a hand-edited entry may have it) as a date: it means the day.
  listing: z.preprocess((value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value), slugSchema),
  /** The file name of the dump the paper was first seen in on that listing, Unicode NFC (macOS may write a name decomposed: it is the same dump). */
  source: z
    .string()
    .min(1)
    .transform((name) => name.normalize('NFC')),
  /** The dump's date label as printed (`Mar 14`), kept only for a listing whose year is not known. */
  date: z.string().min(1).optional(),
  /** The paper's place in the listing: 1-based, in the order papers were first seen that day. */
  position: z.number().int().positive(),
});

export const paperSchema = z.strictObject({
  /** The paper's title exactly as in the source, whitespace folded, Unicode NFC; or as fixed by hand, which later ingests keep (the slug stays). */
  title: z.string().trim().min(1),
  /** Permanent URL segment: `/papers/<slug>/`. Never changes once published. */
  slug: slugSchema,
  /**
   * Why the paper was taken off the archive (`Not a paper: a footer line
   * from an early save.`), written by hand. A retired paper's URL answers
   * with its title and this reason; no page, feed or search lists it. The
   * ingest keeps it. Default: none, the paper is on show.
   */
  retired: z.string().trim().min(1, 'expected the reason the paper was retired, such as `Not a paper: a footer line from an early save.`').optional(),
  /** Earlier slugs of this paper; each one becomes a redirect to the current URL. Default: none. */
  aliases: z.array(slugSchema).default([]),
  /**
   * Other titles the paper was listed under: earlier titles (a later dump
   * corrected it) and variants (case, punctuation) with the same abstract.
   * Shown on its page, so searching for them finds it. Default: none.
   */
  formerTitles: z.array(z.string().trim().min(1)).default([]),
  /** Topic ids, shown on the page. A topic added here by hand, or removed by hand, stays so on re-ingest. */
  topics: z.array(topicIdSchema).min(1),
  /** Topics the ingest assigned last time; `topics` minus these were added by hand, these minus `topics` removed by hand. Default: none. */
  autoTopics: z.array(topicIdSchema).default([]),
  /** A handful of salient terms from the title and abstract, for pages and search; computed again by every ingest that lists the paper, so not for editing. Default: none. */
  keywords: z.array(z.string().min(1)).default([]),
  /** Every listing the paper appeared in, sorted by listing id then position. */
  listings: z.array(appearanceSchema).min(1),
});

/** A paper entry's frontmatter after validation (defaults applied). */
export type Paper = z.output<typeof paperSchema>;
/** A listing appearance after validation. */
export type Appearance = z.output<typeof appearanceSchema>;
