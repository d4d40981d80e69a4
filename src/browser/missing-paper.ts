/**
 * A paper link that finds no page (cut short where a note wrapped it, a
 * word mistyped) lands on the 404 page: its search box is given the title's
 * words the link still holds, so the reader need only press Search. Papers
 * keep their addresses for good, so such a link names a paper the archive has.
 */
import { joinBase, paths } from '../lib/urls.ts';
// The slug's hash (slug-suffix.ts) is no word of the title, so no query's; a title's own last word that looks like one is left out too, which only widens the search.
import { SLUG_SUFFIX } from '../format/slug-suffix.ts';


/**
 * The words of the paper title a missing page's address names, as a query
 * (`/papers/efficiently-modeling-long/` → `efficiently modeling long`);
 * `undefined` for an address that names no paper: outside `papers/` of the
 * site at `base`, deeper than a slug (the A–Z index's pages past the last,
 * `papers/a-z/9/`), or not decodable. `papers/a-z/` itself never reaches
 * the 404 page: it redirects to the index's first page. Pure.
 */
export function queryFromMissingPaper(pathname: string, base: string): string | undefined {
  const slug = missingSlug(pathname, base);
  const query = slug?.replace(SLUG_SUFFIX, '').split('-').filter(Boolean).join(' ');
  return query || undefined;
}

/** The slug a missing page's address names under `papers/` of the site at `base`, decoded; `undefined` as for {@link queryFromMissingPaper}. */
function missingSlug(pathname: string, base: string): string | undefined {
  const papers = joinBase(base, paths.papers());
  if (!pathname.startsWith(papers)) return undefined;
  const [slug, ...rest] = pathname.slice(papers.length).split('/');
  if (!slug || rest.some(Boolean)) return undefined;
  try {
    return decodeURIComponent(slug);
  } catch {
    return undefined;
  }
}

/**
 * The slug of a paper whose title an address cannot spell (Hebrew,
 * Japanese: no Latin letters to write it in), `paper` and its title's hash
 * (scripts/lib/assign-slug.ts), or its start: a link to such a paper cut
 * short holds no word of its title to search for.
 */
const UNSPELLED_SLUG_START = /^paper(?:-[a-z2-7]*(?:-\d*)?)?$/;

/**
 * The papers (`[slug, title]`, of {@link paths.unspelledPapers}) whose slug
 * a missing page's address may be cut from: those it starts, when it starts
 * such a slug, and at most `max` of them (none past it: the link then names
 * none in particular). Pure.
 */
export function papersCutLinkNames(pathname: string, base: string, unspelled: ReadonlyArray<readonly [string, string]>, max = 5): Array<readonly [string, string]> {
  const slug = missingSlug(pathname, base);
  if (slug === undefined || !UNSPELLED_SLUG_START.test(slug)) return [];
  const named = unspelled.filter(([candidate]) => candidate.startsWith(slug));
  return named.length <= max ? named : [];
}

/**
 * Gives the 404 page's search box (`input`) the words of the paper its
 * address names, unless the reader has typed there; a link cut from the
 * slug of a paper whose title an address cannot spell is answered with that
 * paper: a link to it by its title in `list` (which it shows), and its
 * title in the box; `list.dataset.source` is the list's address.
 * Without the list (offline, a failed fetch), the box keeps the link's words.
 */
export async function bootMissingPaperSearch(input: HTMLInputElement | null, list: HTMLElement | null, base: string): Promise<void> {
  const query = queryFromMissingPaper(location.pathname, base);
  if (input && query && !input.value) input.value = query;
  const source = list?.dataset.source;
  if (!list || !source || !UNSPELLED_SLUG_START.test(missingSlug(location.pathname, base) ?? '')) return;
  const unspelled = await fetch(source)
    .then((response) => (response.ok ? (response.json() as Promise<Array<[string, string]>>) : []))
    .catch(() => []);
  const named = papersCutLinkNames(location.pathname, base, unspelled);
  if (named.length === 0) return;
  const items = list.querySelector('ul');
  for (const [slug, title] of named) {
    const link = document.createElement('a');
    link.href = joinBase(base, paths.paper(slug));
    link.dir = 'auto';
    link.textContent = title;
    const item = document.createElement('li');
    item.append(link);
    items?.append(item);
  }
  list.hidden = false;
  if (input && named.length === 1 && (!input.value || input.value === query)) input.value = named[0]![1];
}
