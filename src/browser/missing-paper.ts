/**
 * A paper link that finds no page (cut short where a note wrapped it, a
 * word mistyped) lands on the 404 page: its search box is given the title's
 * words the link still holds, so the reader need only press Search. Papers
 * keep their addresses for good, so such a link names a paper the archive has.
 */
import { joinBase, paths } from '../lib/urls.ts';

/**
 * The hash that sets a slug apart from another title's words (10 base32
 * characters, or 16 when those were taken, then `-2`, `-3`, …;
 * scripts/lib/assign-slug.ts): no word of the title, so no query's.
 * A title's own last word that looks like one is left out too, which only
 * widens the search.
 */
const SLUG_SUFFIX = /-(?:[a-z2-7]{10}|[a-z2-7]{16}(?:-\d+)?)$/;

/**
 * The words of the paper title a missing page's address names, as a query
 * (`/papers/efficiently-modeling-long/` → `efficiently modeling long`);
 * `undefined` for an address that names no paper: outside `papers/` of the
 * site at `base`, deeper than a slug (the A–Z index's pages past the last,
 * `papers/a-z/9/`), or not decodable. `papers/a-z/` itself never reaches
 * the 404 page: it redirects to the index's first page. Pure.
 */
export function queryFromMissingPaper(pathname: string, base: string): string | undefined {
  const papers = joinBase(base, paths.papers());
  if (!pathname.startsWith(papers)) return undefined;
  const [slug, ...rest] = pathname.slice(papers.length).split('/');
  if (!slug || rest.some(Boolean)) return undefined;
  let words: string;
  try {
    words = decodeURIComponent(slug);
  } catch {
    return undefined;
  }
  const query = words.replace(SLUG_SUFFIX, '').split('-').filter(Boolean).join(' ');
  return query || undefined;
}

/** Gives the 404 page's search box (`input`) the words of the paper its address names, unless the reader has typed there. */
export function bootMissingPaperSearch(input: HTMLInputElement | null, base: string): void {
  const query = queryFromMissingPaper(location.pathname, base);
  if (input && query && !input.value) input.value = query;
}
