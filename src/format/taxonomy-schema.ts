import { z } from 'astro/zod';
import { topicIdSchema } from './paper-schema.ts';

/**
 * The topic taxonomy (`content/topics.yaml`), edited by users.
 *
 * Used twice, like the paper schema: the ingest assigns topics with it and the
 * site reads names and descriptions from it.
 */

/** The id of the catch-all topic given to a paper that matches no other topic. */
export const FALLBACK_TOPIC = 'other';

export const topicSchema = z.strictObject({
  /** Stable id, used in URLs (`/topics/<id>/`) and in entries' `topics`. */
  id: topicIdSchema,
  /** Display name. */
  name: z.string().trim().min(1),
  /** One line that tells a reader what belongs here. */
  description: z.string().trim().min(1),
  /**
   * What assigns the topic: plain terms match whole words, case-insensitively
   * (`language model` also matches `language models`); a term written as
   * `/regex/` is a case-insensitive regular expression. Default: none (only
   * the fallback topic should have none).
   */
  terms: z.array(z.string().min(1)).default([]),
});

export const taxonomySchema = z.strictObject({
  topics: z
    .array(topicSchema)
    .min(1)
    .refine((topics) => new Set(topics.map((t) => t.id)).size === topics.length, 'topic ids must be unique')
    .refine((topics) => topics.some((t) => t.id === FALLBACK_TOPIC), `expected a topic with id \`${FALLBACK_TOPIC}\` (the fallback)`),
});

export type Topic = z.output<typeof topicSchema>;
export type Taxonomy = z.output<typeof taxonomySchema>;
