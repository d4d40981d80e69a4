/** One choice of the topic filter. */
export interface TopicOption {
  id: string;
  name: string;
  /** Papers matching the current query in this topic. */
  count: number;
}

/**
 * The topic filter's choices for a query: topics with at least one match, most
 * matches first (ties A–Z by name), plus the selected topic even at 0 so the
 * reader can see and undo it. `counts` maps topic ids to match counts (what
 * Pagefind reports per filter value); `names` maps ids to display names.
 */
export function topicOptions(counts: Record<string, number>, names: Record<string, string>, selected: string): TopicOption[] {
  const ids = new Set(Object.keys(counts).filter((id) => (counts[id] ?? 0) > 0));
  if (selected) ids.add(selected);
  return [...ids]
    .map((id) => ({ id, name: names[id] ?? id, count: counts[id] ?? 0 }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
