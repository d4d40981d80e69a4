import { topicNamesUrl } from '../../lib/search-folders.ts';

/** Topic names by id, as `topic-names.json` holds them. */
export type TopicNames = Record<string, string>;

/**
 * Topic names by id for search results, from the site's shared
 * `topic-names.json` under the index's version `tag` (cached by the browser
 * and, for offline use, by the service worker). Names that loaded are kept
 * for that version; a failure (the network gone, an answer not OK or not the
 * names) is kept for nothing, so the next search asks again: until then,
 * results show topic ids instead.
 */
export function topicNamesLoader(base: string): (tag: string) => Promise<TopicNames> {
  const loaded = new Map<string, Promise<TopicNames | undefined>>();
  return async (tag) => {
    let names = loaded.get(tag);
    if (!names) {
      names = fetchTopicNames(base, tag);
      loaded.set(tag, names);
    }
    const answer = await names;
    if (answer === undefined && loaded.get(tag) === names) loaded.delete(tag);
    return answer ?? {};
  };
}

/** The names, or `undefined` when they could not be had. */
async function fetchTopicNames(base: string, tag: string): Promise<TopicNames | undefined> {
  try {
    const response = await fetch(topicNamesUrl(base, tag));
    if (!response.ok) return undefined;
    const names: unknown = await response.json();
    return typeof names === 'object' && names !== null && !Array.isArray(names) ? (names as TopicNames) : undefined;
  } catch {
    return undefined;
  }
}
