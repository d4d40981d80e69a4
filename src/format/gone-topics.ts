import { topicUrlIds, type AliasedTopics } from './topic-aliases.ts';

/**
 * What is wrong when `published.json` records topic ids (`published`) that
 * the taxonomy no longer serves (neither a topic's id nor an alias), and the
 * two ways out; undefined when there are none. One reason for all of them:
 * replacing the default taxonomy leaves twenty. Only the user knows whether
 * a deployed site served an id, so both fixes are given: an alias keeps its
 * URLs, and an id never served (the default taxonomy replaced before the
 * first deploy, a typo) is taken out of the record. The build stops with
 * it (checkPublishedTopics); the ingest, which keeps recording them, warns.
 */
export function goneTopicsReason(taxonomy: AliasedTopics, published: readonly string[]): string | undefined {
  const served = new Set(topicUrlIds(taxonomy));
  const gone = [...new Set(published.filter((id) => !served.has(id)))];
  if (gone.length === 0) return undefined;
  return (
    `\`topics\` records ${gone.map((id) => `\`${id}\``).join(', ')}, which no topic in topics.yaml has as its id or in its aliases. ` +
    'For each: if a deployed site served /topics/<id>/, add it to the `aliases` of the topic that replaced it in topics.yaml (its URLs then redirect there); ' +
    'if none ever did (the default taxonomy replaced before the first deploy, a typo fixed before it), remove it from `topics` in published.json'
  );
}
