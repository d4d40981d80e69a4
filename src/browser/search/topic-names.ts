import { topicNamesUrl } from '../../lib/search-folders.ts';

/**
 * Topic names by id for search results, from the site's shared
 * `topic-names.json` under the index's version `tag` (cached by the browser
 * and, for offline use, by the service worker). When it cannot load,
 * results show topic ids instead.
 */
export async function loadTopicNames(base: string, tag: string): Promise<Record<string, string>> {
  try {
    const response = await fetch(topicNamesUrl(base, tag));
    return response.ok ? ((await response.json()) as Record<string, string>) : {};
  } catch {
    return {};
  }
}
