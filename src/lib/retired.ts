/**
 * Retired papers (README, "Retiring a paper"): an entry whose frontmatter
 * gives `retired: "<reason>"` keeps its URL, which answers with a notice,
 * but no page lists it. These functions give the archive on show.
 */
import { problemAt, ProblemsError } from '../format/problem.ts';
import { countOf } from '../text/counts.ts';
import type { Listing, PaperSummary } from './group-papers.ts';

/** A paper that may be retired: `retired` is the reason given, when it is. */
export interface MaybeRetired {
  retired?: string | undefined;
}

/** Whether `paper` is on show: not retired. */
export function isOnShow(paper: MaybeRetired): boolean {
  return paper.retired === undefined;
}

/** The papers on show (every one not retired), in the order given: the one list every page that lists papers is made from. */
export function papersOnShow<P extends MaybeRetired>(papers: readonly P[]): P[] {
  return papers.filter(isOnShow);
}

/**
 * Throws when `papers` (the entries of the folder `papersDir`) has entries
 * but none on show. Such a site would have no paper to list or search, and
 * Pagefind writes no index for no page, which the build would report later
 * as a wrong language: as an archive with no entry (preflight.ts), it is
 * stopped with the fix.
 */
export function assertPapersOnShow(papersDir: string, papers: readonly MaybeRetired[]): void {
  if (papers.length === 0 || papers.some(isOnShow)) return;
  throw new ProblemsError([
    problemAt(papersDir, undefined, `${papers.length === 1 ? 'its one paper entry is' : `every one of its ${countOf(papers.length, 'paper entry', 'paper entries')} is`} retired, so the site would have no paper to show or search; put one back on show (remove its \`retired\`) or ingest a dump`),
  ]);
}

/**
 * Each listing with its retired papers taken off, the others keeping their
 * order. `onShow` holds the listings with a paper left; `emptied`, those
 * whose every paper is retired: their URL was published, so it keeps a
 * page (with no paper), though nothing lists the listing any more.
 */
export function listingsOnShow<P extends PaperSummary & MaybeRetired>(listings: readonly Listing<P>[]): { onShow: Listing<P>[]; emptied: Listing<P>[] } {
  const onShow: Listing<P>[] = [];
  const emptied: Listing<P>[] = [];
  for (const listing of listings) {
    const papers = papersOnShow(listing.papers);
    (papers.length > 0 ? onShow : emptied).push(papers.length === listing.papers.length ? listing : { ...listing, papers });
  }
  return { onShow, emptied };
}
