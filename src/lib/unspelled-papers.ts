import { createHash } from 'node:crypto';
import { compareStrings } from '../format/compare-strings.ts';
import { isUnspelledSlug } from '../format/slug-suffix.ts';
import type { PaperSummary } from './group-papers.ts';

/**
 * The papers whose titles an address cannot spell (Hebrew, Japanese, an
 * emoji alone: slug-words.ts gives no word of them), as `[slug, title]` by
 * slug: their slugs are `paper` and a hash (scripts/lib/assign-slug.ts),
 * kept when a title changes, so they are known by the slug, and
 * a link to one cut short holds no word of its title to search for, and the
 * 404 page names the paper from this list (src/browser/missing-paper.ts).
 * `title` is the title as shown. Pure.
 */
export function unspelledPapers(papers: ReadonlyArray<Pick<PaperSummary, 'slug' | 'title'>>): Array<[string, string]> {
  return papers
    .filter((paper) => isUnspelledSlug(paper.slug))
    .map((paper): [string, string] => [paper.slug, paper.title])
    .sort(([a], [b]) => compareStrings(a, b));
}

/** {@link unspelledPapers} as the text of its file, and a version of it for the address the 404 page fetches it at (`?v=`), so that no cache keeps a list without the latest such paper. */
export function unspelledPapersFile(papers: ReadonlyArray<Pick<PaperSummary, 'slug' | 'title'>>): { text: string; version: string } {
  const text = JSON.stringify(unspelledPapers(papers));
  return { text, version: createHash('sha256').update(text).digest('hex').slice(0, 12) };
}
