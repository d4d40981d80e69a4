import type { Appearance } from '../format/paper-schema.ts';
import type { Topic } from '../format/taxonomy-schema.ts';
import { formatDay, isDay, type Day } from '../format/day.ts';

/** What the listing, topic and index pages need to know about a paper. */
export interface PaperSummary {
  slug: string;
  title: string;
  topics: string[];
  keywords: string[];
  listings: Appearance[];
}

/** One listing: a day (however many dumps of it were ingested), or an undated dump named after its file. */
export interface Listing<P extends PaperSummary = PaperSummary> {
  /** `YYYY-MM-DD` for a day, else the id made from the dump's file name. */
  id: string;
  /** The day, for a dated listing. */
  day: Day | undefined;
  /** The date label printed on an undated dump (`Mar 14`), when it had one. */
  date: string | undefined;
  /** The file names of the dumps the listing was made from, in code-point order. */
  sources: string[];
  /** The papers, in listing order, each once. */
  papers: P[];
}

/** A topic with the papers filed under it, newest first. */
export interface TopicGroup<P extends PaperSummary = PaperSummary> {
  topic: Topic;
  papers: P[];
}

/**
 * Compares titles the way a reader expects an A–Z list: case and accents
 * folded, numbers by value (`2` before `10`), words compared word by word (a
 * space before any letter: `Foo Bar` before `Foobar`). Leading punctuation is
 * skipped by {@link titleSortKey}.
 */
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A title as it sorts: without leading punctuation, quotes, brackets or spaces (`“Quoted” Title` sorts under Q). */
export function titleSortKey(title: string): string {
  return title.replace(/^[^\p{L}\p{N}]+/u, '');
}

/** Sorts papers by title the way a reader expects (see {@link titleSortKey}), then by slug. */
export function byTitle<P extends Pick<PaperSummary, 'slug' | 'title'>>(papers: readonly P[]): P[] {
  const keyed = papers.map((paper) => ({ paper, key: titleSortKey(paper.title) }));
  keyed.sort((a, b) => collator.compare(a.key, b.key) || (a.paper.slug < b.paper.slug ? -1 : a.paper.slug > b.paper.slug ? 1 : 0));
  return keyed.map((k) => k.paper);
}

/** The letter a title is filed under in the A–Z index: `A`–`Z`, or `#` for titles that start with a digit or another script. */
export function indexLetter(title: string): string {
  const first = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .match(/[\p{L}\p{N}]/u)?.[0]
    ?.toUpperCase();
  return first && /[A-Z]/.test(first) ? first : '#';
}

/**
 * Rebuilds each listing from the papers' appearances, papers in listing
 * order (a paper on a listing twice is shown once, at its first place).
 * Days come newest first, then undated listings by id, highest first.
 */
export function groupByListing<P extends PaperSummary>(papers: readonly P[]): Listing<P>[] {
  const listings = new Map<string, { listing: Listing<P>; positions: Map<P, number> }>();
  for (const paper of papers) {
    for (const appearance of paper.listings) {
      let entry = listings.get(appearance.listing);
      if (!entry) {
        const day = isDay(appearance.listing) ? appearance.listing : undefined;
        entry = { listing: { id: appearance.listing, day, date: undefined, sources: [], papers: [] }, positions: new Map() };
        listings.set(appearance.listing, entry);
      }
      const { listing, positions } = entry;
      if (listing.day === undefined) listing.date ??= appearance.date;
      if (!listing.sources.includes(appearance.source)) listing.sources.push(appearance.source);
      const earlier = positions.get(paper);
      if (earlier === undefined) listing.papers.push(paper);
      if (earlier === undefined || appearance.position < earlier) positions.set(paper, appearance.position);
    }
  }
  return [...listings.values()]
    .map(({ listing, positions }) => ({
      ...listing,
      sources: listing.sources.sort(),
      papers: listing.papers.sort((a, b) => positions.get(a)! - positions.get(b)! || collator.compare(a.slug, b.slug)),
    }))
    .sort(newestListingFirst);
}

/** Days newest first, then undated listings by id, highest (the latest saved, as dumps are numbered) first. */
function newestListingFirst(a: Pick<Listing, 'id' | 'day'>, b: Pick<Listing, 'id' | 'day'>): number {
  if ((a.day === undefined) !== (b.day === undefined)) return a.day === undefined ? 1 : -1;
  return collator.compare(b.id, a.id);
}

/**
 * Papers newest first: by the latest day each was listed on, then its place
 * in that day's listing; papers only on undated listings come last, in the
 * order of those listings. `listings` must come from {@link groupByListing}.
 */
export function byRecency<P extends PaperSummary>(listings: readonly Listing<P>[]): P[] {
  const seen = new Set<P>();
  const ordered: P[] = [];
  for (const listing of listings) {
    for (const paper of listing.papers) {
      if (!seen.has(paper)) {
        seen.add(paper);
        ordered.push(paper);
      }
    }
  }
  return ordered;
}

/**
 * Groups papers by topic in taxonomy order, keeping the order of `papers`
 * (pass them newest first); every topic has a group, an empty one for a
 * topic no paper is filed under.
 */
export function groupByTopic<P extends PaperSummary>(papers: readonly P[], topics: readonly Topic[]): TopicGroup<P>[] {
  const byTopic = new Map<string, P[]>(topics.map((t) => [t.id, []]));
  for (const paper of papers) for (const id of paper.topics) byTopic.get(id)?.push(paper);
  return topics.map((topic) => ({ topic, papers: byTopic.get(topic.id)! }));
}

/** The papers before and after `slug` in a listing, if any. */
export function neighbours<P extends PaperSummary>(listing: Listing<P>, slug: string): { previous?: P; next?: P } {
  const i = placeInListing(listing, slug);
  if (i < 0) return {};
  return { previous: listing.papers[i - 1], next: listing.papers[i + 1] };
}

/** Each listing's places by slug, made the first time one is asked for: every paper of a listing asks for its place (a scan each was about 0.1 s a build at 10,000 papers). */
const places = new WeakMap<readonly PaperSummary[], Map<string, number>>();

/**
 * Where `slug` is in a listing's papers (0-based), or -1. Kept for the
 * listing's array of papers, which is not changed once `groupByListing`
 * returns it (a listing made again, as `astro dev` does after an edit, has
 * an array of its own).
 */
export function placeInListing(listing: Listing, slug: string): number {
  let bySlug = places.get(listing.papers);
  if (bySlug === undefined) {
    bySlug = new Map();
    for (const [i, paper] of listing.papers.entries()) if (!bySlug.has(paper.slug)) bySlug.set(paper.slug, i);
    places.set(listing.papers, bySlug);
  }
  return bySlug.get(slug) ?? -1;
}

/** A listing's human name: its day (`14 March 2025`), or `Listing <id>` for an undated dump. */
export function listingLabel(listing: Pick<Listing, 'id' | 'day'>): string {
  return listing.day === undefined ? `Listing ${listing.id}` : formatDay(listing.day);
}

/** The latest day a paper was listed on, if any. */
export function latestDay(paper: Listed): Day | undefined {
  return listedDays(paper).at(-1);
}

/** The first day a paper was listed on, if any: the day it came into the archive. */
export function firstDay(paper: Listed): Day | undefined {
  return listedDays(paper)[0];
}

/** What {@link firstDay} and {@link latestDay} read of a paper: the listings it appeared in. */
type Listed = { listings: ReadonlyArray<Pick<Appearance, 'listing'>> };

/** The days a paper was listed on, earliest first. */
function listedDays(paper: Listed): Day[] {
  return paper.listings
    .map((a) => a.listing)
    .filter(isDay)
    .sort();
}
