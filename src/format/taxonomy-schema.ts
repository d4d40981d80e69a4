import { z } from 'astro/zod';
import { topicIdSchema } from './paper-schema.ts';
import { isReservedRouteName } from './site-routes.ts';

/**
 * The topic taxonomy (`content/topics.yaml`), edited by users.
 *
 * Used twice, like the paper schema: the ingest assigns topics with it and the
 * site reads names and descriptions from it.
 */

/** The id of the catch-all topic given to a paper that matches no other topic. */
export const FALLBACK_TOPIC = 'other';

/** A topic's id or alias: never a route of the site's own under `/topics/` (its index, site-routes.ts), whose URL it would take. */
const topicRouteIdSchema = topicIdSchema.refine((id) => !isReservedRouteName('topics', id), 'expected an id other than a page of the site under `/topics/` (`index` is the list of topics)');

export const topicSchema = z.strictObject({
  /** Stable id, used in URLs (`/topics/<id>/`) and in entries' `topics`; never `index`. */
  id: topicRouteIdSchema,
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
  /**
   * Earlier ids of the topic, each written like `id`: their URLs redirect to
   * the topic's, and an entry that still names one is filed under the topic
   * (its next ingest writes the current id). Rename a topic by moving its old
   * id here. Default: none.
   */
  aliases: z.array(topicRouteIdSchema).optional(),
});

/** The message of the check that an alias is no topic's id and on one topic only; `parseTaxonomy` turns it into a problem per clash. */
export const ALIASES_CLASH = 'topic aliases must differ from every id and from each other';

export const taxonomySchema = z.strictObject({
  topics: z
    .array(topicSchema)
    .min(1)
    .refine((topics) => new Set(topics.map((t) => t.id)).size === topics.length, 'topic ids must be unique')
    .refine((topics) => aliasClashes(topics).length === 0, ALIASES_CLASH)
    .refine((topics) => topics.some((t) => t.id === FALLBACK_TOPIC), `expected a topic with id \`${FALLBACK_TOPIC}\` (the fallback)`),
});

/** An alias that is already taken: by a topic's id (`by: 'id'`) or as an alias of an earlier topic, or earlier on the same topic. */
export interface AliasClash {
  /** Index of the topic whose alias clashes, and of the alias in its list. */
  topic: number;
  alias: number;
  /** Index of the topic that had it first, and how. */
  other: number;
  by: 'id' | 'alias';
}

/** Every alias that names a topic's id or an alias already given (to an earlier topic, or to the same one), in file order. */
export function aliasClashes(topics: ReadonlyArray<{ id: string; aliases?: readonly string[] | undefined }>): AliasClash[] {
  const ids = new Map(topics.map((t, index) => [t.id, index]));
  const seen = new Map<string, number>();
  const clashes: AliasClash[] = [];
  topics.forEach((topic, index) => {
    topic.aliases?.forEach((alias, aliasIndex) => {
      const id = ids.get(alias);
      const earlier = seen.get(alias);
      if (id !== undefined) clashes.push({ topic: index, alias: aliasIndex, other: id, by: 'id' });
      else if (earlier !== undefined) clashes.push({ topic: index, alias: aliasIndex, other: earlier, by: 'alias' });
      else seen.set(alias, index);
    });
  });
  return clashes;
}

export type Topic = z.output<typeof topicSchema>;
export type Taxonomy = z.output<typeof taxonomySchema>;
