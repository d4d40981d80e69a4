import { problemAt, ProblemsError, type Problem } from '../format/problem.ts';
import type { AliasedTopics } from '../format/topic-aliases.ts';
import { goneTopicsReason } from '../format/gone-topics.ts';

/** The URL-relevant part of a paper entry. */
export interface PermalinkSource {
  slug: string;
  aliases: readonly string[];
  /** Where the entry came from, for error messages (`papers/x.mdx`). */
  file?: string | undefined;
}

/** One `/papers/<slug>/` URL and what serves it. */
export type PaperRoute =
  | { slug: string; kind: 'paper'; paper: string }
  | { slug: string; kind: 'redirect'; paper: string };

/** Thrown when the papers would drop or double-book a published URL; each problem names the URL and the entries involved. */
export class PermalinkError extends ProblemsError {
  override name = 'PermalinkError';
  constructor(problems: readonly Problem[]) {
    super(problems, { heading: 'Permanent URLs are broken:' });
  }
}

/**
 * Why a published `slug` that no entry has as its slug or alias is a broken
 * URL, and the fixes: most often its entry was deleted by hand.
 */
export function unservedPaperReason(slug: string): string {
  const entry = `papers/${slug}.mdx`;
  return `\`/papers/${slug}/\` was published but no paper has it as its slug or in its aliases; expected its entry, ${entry}: restore it from Git (\`git checkout -- ${entry}\`) or ingest again a dump that lists it (to take the paper off the archive, give the entry \`retired\`); if the paper lives on under another slug, add \`${slug}\` to that entry's \`aliases\``;
}

/** The slugs of `published` that none of `papers` has as its slug or in its aliases, in order. */
export function unservedPapers(papers: ReadonlyArray<{ slug: string; aliases: readonly string[] }>, published: readonly string[]): string[] {
  const served = new Set(papers.flatMap((p) => [p.slug, ...p.aliases]));
  return published.filter((slug) => !served.has(slug));
}

/**
 * Plans every `/papers/<slug>/` URL: a page per paper and a redirect per
 * alias. Throws a {@link PermalinkError} listing every problem when two
 * entries claim one URL or a published slug (from `published.json`) would
 * have neither a page nor a redirect.
 */
export function planPaperRoutes(papers: readonly PermalinkSource[], published: readonly string[], manifestFile = 'published.json'): PaperRoute[] {
  const problems: Problem[] = [];
  const claims = new Map<string, { route: PaperRoute; from: string }>();
  const where = (p: PermalinkSource) => (p.file ? `\`${p.file}\`` : `paper \`${p.slug}\``);
  const claim = (route: PaperRoute, paper: PermalinkSource) => {
    const existing = claims.get(route.slug);
    if (existing) {
      problems.push(problemAt(paper.file ?? paper.slug, undefined, `\`/papers/${route.slug}/\` is claimed twice: as ${describe(existing.route)} by ${existing.from}, and as ${describe(route)} by ${where(paper)}`));
      return;
    }
    claims.set(route.slug, { route, from: where(paper) });
  };
  for (const paper of papers) claim({ slug: paper.slug, kind: 'paper', paper: paper.slug }, paper);
  for (const paper of papers) {
    for (const alias of paper.aliases) claim({ slug: alias, kind: 'redirect', paper: paper.slug }, paper);
  }
  for (const slug of published) {
    if (!claims.has(slug)) {
      problems.push(problemAt(manifestFile, undefined, unservedPaperReason(slug)));
    }
  }
  if (problems.length > 0) throw new PermalinkError(problems);
  return [...claims.values()].map(({ route }) => route);
}

function describe(route: PaperRoute): string {
  return route.kind === 'paper' ? 'a paper page' : `a redirect to \`${route.paper}\``;
}

/** One `/listings/<id>/` URL and what serves it. */
export type ListingRoute =
  | { id: string; kind: 'listing'; listing: string }
  | { id: string; kind: 'redirect'; listing: string }
  | { id: string; kind: 'year'; year: number };

/**
 * The id of the calendar of `year`: `2025`, or `calendar-2025` when
 * `/listings/2025/` is a listing's permanent URL (an undated dump named
 * `2025.txt`, ingested before the ingest kept such names apart).
 */
export function yearRouteId(year: number, listingIds: ReadonlySet<string>): string {
  return listingIds.has(String(year)) ? `calendar-${year}` : String(year);
}

/**
 * Plans every `/listings/<id>/` URL: a page per listing, a page per year of
 * the calendar (`years`, when there is more than one), and a redirect for
 * each published listing that has moved (`published`: id → the listing it
 * is now, from `published.json`). A published listing URL never moves, so a
 * year whose URL is one has its calendar at {@link yearRouteId}. Throws a
 * {@link PermalinkError} when a published listing would have neither a page
 * nor a redirect to one, or when two claim one URL.
 */
export function planListingRoutes(
  listings: readonly string[],
  years: readonly number[],
  published: ReadonlyArray<{ id: string; to: string }>,
  manifestFile = 'published.json',
): ListingRoute[] {
  const problems: Problem[] = [];
  const routes = new Map<string, ListingRoute>();
  const pages = new Set(listings);
  for (const id of listings) routes.set(id, { id, kind: 'listing', listing: id });
  const listingIds = new Set([...listings, ...published.map((p) => p.id)]);
  for (const year of years) {
    const id = yearRouteId(year, listingIds);
    if (routes.has(id)) problems.push(problemAt(manifestFile, undefined, `\`/listings/${id}/\` is both the listing \`${id}\` and the calendar of ${year} (moved there because \`/listings/${year}/\` is a listing too); expected at most one of the listings \`${year}\` and \`${id}\``));
    else routes.set(id, { id, kind: 'year', year });
  }
  for (const { id, to } of published) {
    if (routes.has(id)) continue;
    if (pages.has(to)) routes.set(id, { id, kind: 'redirect', listing: to });
    else problems.push(problemAt(manifestFile, undefined, `\`/listings/${id}/\` was published but no listing has it${to === id ? '' : `, and \`${to}\`, where it moved, has none either`}; ingest the dump it came from again`));
  }
  if (problems.length > 0) throw new PermalinkError(problems);
  return [...routes.values()];
}

/** One URL of a renamed topic's old id (an alias): a redirect to the same page of the topic. */
export interface TopicAliasRoute {
  alias: string;
  topic: string;
  /** The page: 1 is `/topics/<alias>/`, n is `/topics/<alias>/<n>/`. */
  page: number;
}

/**
 * Plans the redirects of renamed topics: for each alias of each topic
 * (`topics.yaml` keeps aliases apart from ids and from each other), one per
 * page the topic has now (`pages`), to the same page of its id.
 */
export function planTopicAliasRoutes(topics: ReadonlyArray<{ id: string; aliases?: readonly string[] | undefined; pages: number }>): TopicAliasRoute[] {
  return topics.flatMap((topic) =>
    (topic.aliases ?? []).flatMap((alias) => Array.from({ length: Math.max(topic.pages, 1) }, (_, i) => ({ alias, topic: topic.id, page: i + 1 }))),
  );
}

/**
 * Checks that every published topic (`published`, from `published.json`) is
 * still served: a topic's id, or one of its `aliases` (a renamed topic's old
 * id). Throws a {@link PermalinkError} naming, in one problem, every one that
 * is neither and both fixes ({@link goneTopicsReason}).
 */
export function checkPublishedTopics(topics: AliasedTopics['topics'], published: readonly string[], manifestFile = 'published.json'): void {
  const reason = goneTopicsReason({ topics }, published);
  if (reason !== undefined) throw new PermalinkError([problemAt(manifestFile, undefined, reason)]);
}
