/**
 * A renamed topic keeps its old ids in `aliases` (`content/topics.yaml`).
 * Both the ingest and the site read an entry's topics through these two
 * functions, so an entry that still names an old id is filed under the
 * topic it became, and the next ingest of it writes the current id.
 */

/** The part of a taxonomy these functions read. */
export interface AliasedTopics {
  topics: ReadonlyArray<{ id: string; aliases?: readonly string[] | undefined }>;
}

/** Each alias of the taxonomy → the id of the topic that has it (the taxonomy's checks keep both unique). */
export function topicAliases(taxonomy: AliasedTopics): ReadonlyMap<string, string> {
  return new Map(taxonomy.topics.flatMap((topic) => (topic.aliases ?? []).map((alias) => [alias, topic.id] as const)));
}

/** `ids` with each alias read as the topic it names now, each topic once, in their order; other ids as they are. */
export function resolveTopicIds(ids: readonly string[], aliases: ReadonlyMap<string, string>): string[] {
  return [...new Set(ids.map((id) => aliases.get(id) ?? id))];
}

/**
 * Every id whose `/topics/<id>/` the site serves for this taxonomy, in its
 * order: each topic's id (its page and feed, with papers or none) and each
 * alias (redirects and the feed). The ingest records them in
 * `published.json`, and the build checks that each recorded one is still here.
 */
export function topicUrlIds(taxonomy: AliasedTopics): string[] {
  return taxonomy.topics.flatMap((topic) => [topic.id, ...(topic.aliases ?? [])]);
}
