import type { Appearance } from '../format/paper-schema.ts';
import type { Topic } from '../format/taxonomy-schema.ts';

/** What the listing, topic and index pages need to know about a paper. */
export interface PaperSummary {
  slug: string;
  title: string;
  topics: string[];
  keywords: string[];
  listings: Appearance[];
}

/** One dump: its id, date label and papers in their original order. */
export interface Listing<P extends PaperSummary = PaperSummary> {
  id: string;
  /** The date label printed on the dump (`Mar 14`), when it had one. */
  date: string | undefined;
  /** The dump's file name. */
  source: string;
  papers: P[];
}

/** A topic with the papers filed under it. */
export interface TopicGroup<P extends PaperSummary = PaperSummary> {
  topic: Topic;
  papers: P[];
}

/** A letter of the A–Z index and its papers. */
export interface LetterGroup<P extends PaperSummary = PaperSummary> {
  /** `A`–`Z`, or `#` for titles that start with anything else. */
  letter: string;
  papers: P[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true, ignorePunctuation: true });

/** Sorts papers by title the way a reader expects (case, accents and punctuation ignored), then by slug. */
export function byTitle<P extends PaperSummary>(papers: readonly P[]): P[] {
  return [...papers].sort((a, b) => collator.compare(a.title, b.title) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** The letter a title is filed under in the A–Z index. */
export function indexLetter(title: string): string {
  const first = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .match(/[\p{L}\p{N}]/u)?.[0]
    ?.toUpperCase();
  return first && /[A-Z]/.test(first) ? first : '#';
}

/** Groups papers by first letter of the title, letters in order and `#` last. */
export function azIndex<P extends PaperSummary>(papers: readonly P[]): LetterGroup<P>[] {
  const groups = new Map<string, P[]>();
  for (const paper of byTitle(papers)) {
    const letter = indexLetter(paper.title);
    groups.set(letter, [...(groups.get(letter) ?? []), paper]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, list]) => ({ letter, papers: list }));
}

/**
 * Groups papers by topic in taxonomy order, each topic's papers sorted by title.
 * A topic no paper has yet is left out: it gets no page, no feed and no place
 * in the sitemap until a paper is filed under it.
 */
export function groupByTopic<P extends PaperSummary>(papers: readonly P[], topics: readonly Topic[]): TopicGroup<P>[] {
  const sorted = byTitle(papers);
  return topics.map((topic) => ({ topic, papers: sorted.filter((p) => p.topics.includes(topic.id)) })).filter((group) => group.papers.length > 0);
}

/**
 * Rebuilds each listing from the papers' appearances, papers in their original
 * order. Listings are ordered by id, newest (highest) first, which is the order
 * dumps are saved in.
 */
export function groupByListing<P extends PaperSummary>(papers: readonly P[]): Listing<P>[] {
  const listings = new Map<string, { listing: Listing<P>; positions: Map<P, number> }>();
  for (const paper of papers) {
    for (const appearance of paper.listings) {
      let entry = listings.get(appearance.listing);
      if (!entry) {
        entry = { listing: { id: appearance.listing, date: appearance.date, source: appearance.source, papers: [] }, positions: new Map() };
        listings.set(appearance.listing, entry);
      }
      entry.listing.date ??= appearance.date;
      entry.listing.papers.push(paper);
      entry.positions.set(paper, appearance.position);
    }
  }
  return [...listings.values()]
    .map(({ listing, positions }) => ({
      ...listing,
      papers: listing.papers.sort((a, b) => positions.get(a)! - positions.get(b)! || collator.compare(a.slug, b.slug)),
    }))
    .sort((a, b) => collator.compare(b.id, a.id));
}

/** The papers before and after `slug` in a listing, if any. */
export function neighbours<P extends PaperSummary>(listing: Listing<P>, slug: string): { previous?: P; next?: P } {
  const i = listing.papers.findIndex((p) => p.slug === slug);
  if (i < 0) return {};
  return { previous: listing.papers[i - 1], next: listing.papers[i + 1] };
}

/** A listing's human name: its date label, or its id when the dump had no date. */
export function listingLabel(listing: Pick<Listing, 'id' | 'date'>): string {
  return listing.date ? `Daily Papers, ${listing.date}` : `Listing ${listing.id}`;
}
