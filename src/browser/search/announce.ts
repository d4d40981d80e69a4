/**
 * The sentence a screen reader hears when results change, e.g.
 * `12 papers match “state space” in Robotics.` Empty query and no topic: `''`.
 */
export function resultsAnnouncement(count: number, q: string, topicName?: string): string {
  const query = q.trim();
  if (!query && !topicName) return '';
  const papers = count === 0 ? 'No papers' : count === 1 ? '1 paper' : `${count} papers`;
  const verb = count === 1 ? 'matches' : 'match';
  if (!query) return `${papers} in ${topicName}.`;
  return `${papers} ${verb} “${query}”${topicName ? ` in ${topicName}` : ''}.`;
}

/**
 * Added to the results sentence when some results could not be shown because
 * their page data is not saved on this device (searching offline): `''` for none.
 */
export function unsavedResultsNote(missing: number): string {
  if (missing <= 0) return '';
  if (missing === 1) return 'One of them is not saved on this device for offline reading; it shows when you are back online.';
  return `${missing} of them are not saved on this device for offline reading; they show when you are back online.`;
}
