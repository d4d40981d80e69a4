/**
 * The sentences the search views show and a screen reader hears. Pure.
 */
import type { SearchOutcome } from './search.ts';
import { countOf, formatCount } from '../../text/counts.ts';

/**
 * The sentence a screen reader hears when results change, e.g.
 * `12 papers match “state space” in Robotics.` Empty query and no topic: `''`.
 */
export function resultsAnnouncement(count: number, q: string, topicName?: string): string {
  const query = q.trim();
  if (!query && !topicName) return '';
  const papers = count === 0 ? 'No papers' : countOf(count, 'paper', 'papers');
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
  return `${formatCount(missing)} of them are not saved on this device for offline reading; they show when you are back online.`;
}

/** What the views say for an outcome other than results (`''` for idle); the suggestion is offered separately. */
export function outcomeMessage(outcome: SearchOutcome): string {
  switch (outcome.state) {
    case 'no-match': {
      // Pagefind indexes letters and digits only: a query of symbols or emoji can match nothing.
      if (!outcome.unmatched.length) return `No papers match “${outcome.query}”: search looks for words and numbers, and it has none.`;
      const words = outcome.unmatched.map((w) => `“${w}”`).join(', ');
      const which = outcome.unmatched.join(' ') === outcome.query ? '' : `: no paper has ${outcome.unmatched.length === 1 ? 'the word' : 'the words'} ${words}`;
      return `No papers match “${outcome.query}”${which}.`;
    }
    case 'needs-network':
      return `This search needs the network: the part of the index for “${outcome.query}” is not saved on this device.`;
    case 'too-short':
      return 'Keep typing…';
    case 'error':
      return 'Search could not load. Reload the page to try again.';
    default:
      return '';
  }
}
