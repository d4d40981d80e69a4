/**
 * "Did you mean": the archive's own words nearest to a word it does not
 * have. Pure: the candidates come from the vocabulary (suggest.txt and the
 * shard around the word), so it works offline and never suggests a word no
 * paper contains.
 */

import { editDistance } from '../../text/edit-distance.ts';

/** How many edits a word of `length` letters may be from a suggestion: 1 up to 4 letters, 2 up to 8, then 3. */
export function maxEdits(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/**
 * The candidates nearest to `word` (lowercase, accents folded), best first:
 * by distance (a candidate's start within reach counts half an edit more,
 * for a word still being typed: `trnasfo` → `transformer`), then by pages.
 * `candidates` are `[word, pages]`; words not starting with a letter are skipped.
 */
export function nearestWords(word: string, candidates: Iterable<readonly [string, number]>, count = 3): string[] {
  const max = maxEdits(word.length);
  const best = new Map<string, { distance: number; pages: number }>();
  for (const [candidate, pages] of candidates) {
    if (candidate === word || !/^\p{L}/u.test(candidate)) continue;
    const whole = editDistance(word, candidate, max);
    const start = candidate.length > word.length ? editDistance(word, candidate.slice(0, word.length), max) + 0.5 : max + 1;
    const distance = Math.min(whole, start);
    const seen = best.get(candidate);
    if (distance <= max && (!seen || seen.distance > distance)) best.set(candidate, { distance, pages });
  }
  return [...best]
    .sort(([a, x], [b, y]) => x.distance - y.distance || y.pages - x.pages || (a < b ? -1 : 1))
    .slice(0, count)
    .map(([candidate]) => candidate);
}
