/** What a search is: the words typed and the topic it is filtered to. */
export interface SearchState {
  /** The query as typed (trimmed of outer whitespace); `''` for none. */
  q: string;
  /** A topic id, or `''` for every topic. */
  topic: string;
}

/** Reads a search from a URL's query string (`?q=…&topic=…`); missing parameters are empty. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return { q: (params.get('q') ?? '').trim(), topic: (params.get('topic') ?? '').trim() };
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
