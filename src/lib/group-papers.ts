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
 * order. A paper that appears twice in one listing is there twice, each time
 * at its own position. Listings are ordered by id, newest (highest) first,
 * which is the order dumps are saved in.
 */
export function groupByListing<P extends PaperSummary>(papers: readonly P[]): Listing<P>[] {
  const listings = new Map<string, { listing: Omit<Listing<P>, 'papers'>; items: Array<{ paper: P; position: number }> }>();
  for (const paper of papers) {
    for (const appearance of paper.listings) {
      let entry = listings.get(appearance.listing);
      if (!entry) {
        entry = { listing: { id: appearance.listing, date: appearance.date, source: appearance.source }, items: [] };
        listings.set(appearance.listing, entry);
      }
      entry.listing.date ??= appearance.date;
      entry.items.push({ paper, position: appearance.position });
    }
  }
  return [...listings.values()]
    .map(({ listing, items }) => ({
      ...listing,
      papers: items.sort((a, b) => a.position - b.position || collator.compare(a.paper.slug, b.paper.slug)).map((item) => item.paper),
    }))
    .sort((a, b) => collator.compare(b.id, a.id));
}

/**
 * The papers before and after one appearance of `slug` in a listing: its
 * `occurrence`-th copy there (0 for the first). Never the paper itself: a
 * paper listed twice, even twice in a row, links past its other copy.
 */
export function neighbours<P extends PaperSummary>(listing: Listing<P>, slug: string, occurrence: number): { previous?: P; next?: P } {
  const { papers } = listing;
  let index = -1;
  for (let i = 0, seen = 0; i < papers.length && index < 0; i++) if (papers[i]!.slug === slug && seen++ === occurrence) index = i;
  if (index < 0) return {};
  let before = index - 1;
  while (before >= 0 && papers[before]!.slug === slug) before--;
  let after = index + 1;
  while (after < papers.length && papers[after]!.slug === slug) after++;
  return { ...(before >= 0 ? { previous: papers[before] } : {}), ...(after < papers.length ? { next: papers[after] } : {}) };
}

/** One place a paper is listed: the listing, its position there, its neighbours, and a name for the navigation landmark. */
export interface ListingStop<P extends PaperSummary = PaperSummary> {
  listing: Listing<P>;
  position: number;
  previous?: P;
  next?: P;
  /** Unique among the paper's stops, so every landmark on its page has a label of its own. */
  label: string;
}

/**
 * Every place a paper is listed, in the order of its entry, each with its
 * neighbours. The landmark labels name the listing; when two would read the
 * same (a paper listed twice in one listing, or two listings with one date),
 * they add the position, then the listing id, then a count.
 */
export function listingStops<P extends PaperSummary>(paper: P, listingById: ReadonlyMap<string, Listing<P>>): ListingStop<P>[] {
  const appearances = paper.listings.filter((a) => listingById.has(a.listing));
  const stops = appearances.map(({ listing: id, position }, i) => {
    const listing = listingById.get(id)!;
    // A listing holds the paper's copies in position order, so this appearance's rank among them picks its copy.
    const occurrence = appearances.filter((b, j) => b.listing === id && (b.position < position || (b.position === position && j < i))).length;
    return { listing, position, ...neighbours(listing, paper.slug, occurrence) };
  });
  const names = uniqueLabels(
    stops.map(({ listing, position }) => {
      const name = listingLabel(listing);
      return [name, `${name}, #${position}`, `${name} (${listing.id}), #${position}`];
    }),
  );
  return stops.map((stop, i) => ({ ...stop, label: `${names[i]!}: previous and next` }));
}

/**
 * One label per item, each from its candidates (plainest first): items whose
 * label clashes move on to their next candidate, and a clash that remains
 * gets a count, `(2)`, `(3)`.
 */
function uniqueLabels(candidates: readonly (readonly string[])[]): string[] {
  const level = candidates.map(() => 0);
  const label = (i: number) => candidates[i]![Math.min(level[i]!, candidates[i]!.length - 1)]!;
  for (let round = 1; round < Math.max(1, ...candidates.map((c) => c.length)); round++) {
    const count = new Map<string, number>();
    candidates.forEach((_, i) => count.set(label(i), (count.get(label(i)) ?? 0) + 1));
    candidates.forEach((_, i) => {
      if (count.get(label(i))! > 1) level[i]!++;
    });
  }
  const used = new Set<string>();
  return candidates.map((_, i) => {
    let unique = label(i);
    for (let n = 2; used.has(unique); n++) unique = `${label(i)} (${n})`;
    used.add(unique);
    return unique;
  });
}

/** A listing's human name: its date label, or its id when the dump had no date. */
export function listingLabel(listing: Pick<Listing, 'id' | 'date'>): string {
  return listing.date ? `Daily Papers, ${listing.date}` : `Listing ${listing.id}`;
}
