/** What a search is: the words typed and the topic it is filtered to. */
export interface SearchState {
  /** The query as typed (trimmed of outer whitespace); `''` for none. */
  q: string;
  /** A topic id, or `''` for every topic. */
  topic: string;
}

/**
 * Reads a search from a URL's query string (`?q=…&topic=…`); missing
 * parameters are empty. A renamed topic's old id (`aliases`: old id → id,
 * from `topics.yaml`) is read as the topic it is now, so a search link
 * saved before the rename still filters.
 */
export function parseSearchState(search: string, aliases: Readonly<Record<string, string>> = {}): SearchState {
  const params = new URLSearchParams(search);
  const topic = (params.get('topic') ?? '').trim();
  return { q: (params.get('q') ?? '').trim(), topic: Object.hasOwn(aliases, topic) ? aliases[topic]! : topic };
}

/**
 * The query string of a search, for the address bar and for sharing:
 * `?q=state+space&topic=robotics`, leaving out empty parts (`''` when both are).
 */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.topic) params.set('topic', state.topic);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether two searches would show the same results. */
export function sameSearch(a: SearchState, b: SearchState): boolean {
  return a.q.trim() === b.q.trim() && a.topic === b.topic;
}
