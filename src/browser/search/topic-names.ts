/**
 * Topic names by id for search results, from the site's shared
 * `topic-names.json` (cached by the browser and, for offline use, by the
 * service worker). When it cannot load, results show topic ids instead.
 */
export async function loadTopicNames(base: string): Promise<Record<string, string>> {
  try {
    const response = await fetch(`${base}topic-names.json`);
    return response.ok ? ((await response.json()) as Record<string, string>) : {};
  } catch {
    return {};
  }
}
