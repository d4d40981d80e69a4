import { problemAt, quote, type Problem } from '../../src/format/problem.ts';
import type { ListingEntry } from './parse-listing.ts';

/**
 * The errors for papers whose title has no letter and no figure (`---`,
 * `* * *`, `?`, `…`, an emoji): no paper is titled so, but a line that
 * stands where a lost title belonged is (a separator a note-taking app
 * writes, a heading's mark). The run stops, naming the line, rather than
 * publish the abstract under it at a permanent URL made of nothing. A title
 * of figures alone (`1984`) has words enough and is not named here.
 */
export function titlesWithoutWords(entries: readonly ListingEntry[], file: string): Problem[] {
  return entries
    .filter((entry) => !/[\p{L}\p{N}]/u.test(entry.title))
    .map((entry) =>
      problemAt(file, entry.line, `expected a paper's title over the abstract at line ${entry.abstractLine}, found ${quote(entry.title)}, which has no letter or figure; is the title missing? (put it in place of this line)`),
    );
}
