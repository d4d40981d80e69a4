/**
 * What each generated page shows, as plain data: the page renders its view
 * and nothing else from the archive, so a hash of the view is a sound cache
 * key for Astro's incremental builds (see src/lib/cache-key.ts). A view holds
 * names and titles of other entries too (topics, related papers, listing
 * neighbours): Astro does not notice when those change. A paper page's key
 * is made from what its view is computed from (`paperKeyView`), and its
 * view only when the page renders.
 */
import { createHash } from 'node:crypto';
import type { Archive, ArchivePaper } from './archive.ts';
import type { Topic } from '../format/taxonomy-schema.ts';
import { formatDay, formatMonth, monthOf, type Day } from '../format/day.ts';
import { compareStrings } from '../format/compare-strings.ts';
import { firstDay, listingLabel, neighbours, placeInListing, type Listing, type TopicGroup } from '../lib/group-papers.ts';
import { termsFoundByTopic } from '../format/topic-terms.ts';
import { titleText } from '../format/title-text.ts';
import { leadSentences, snippet } from '../lib/snippet.ts';
import { endPageCount, paginate, pagesFromTheEnd } from '../lib/paginate.ts';
import { azPages, type LetterStart } from '../lib/a-to-z.ts';
import { calendarYear, type CalendarYear } from '../lib/calendar.ts';
import { countOf, formatCount } from '../text/counts.ts';

/** Papers per page of a topic. */
export const TOPIC_PAGE_SIZE = 50;

/** A topic as a paper in a list names it. */
export interface TopicRef {
  id: string;
  name: string;
}

/** A paper in a list: title, topics and, on the fuller lists, the first sentence or two of its abstract. */
export interface CardView {
  slug: string;
  title: string;
  topics: TopicRef[];
  lead?: string;
}

/** Where a list page is among its pages. */
export interface PageInfo {
  number: number;
  count: number;
  /** Items in the whole list. */
  total: number;
  /** 0-based index of the page's first item in the whole list. */
  offset: number;
}

/** A paper in a list; `lead` adds the first sentence or two of the abstract. */
export function cardView(archive: Archive, paper: ArchivePaper, lead = false): CardView {
  return {
    slug: paper.slug,
    title: paper.title,
    topics: paper.topics.map((id) => ({ id, name: archive.topicById.get(id)?.name ?? id })),
    ...(lead ? { lead: leadOf(paper) } : {}),
  };
}

/** Each paper's lead, found once: a paper is a card on the pages of each of its topics. */
const leads = new WeakMap<ArchivePaper, string>();

function leadOf(paper: ArchivePaper): string {
  let lead = leads.get(paper);
  // The plain text, formulas written out (`O(n²)`): the text would show their TeX, the prose leave holes where they were.
  if (lead === undefined) leads.set(paper, (lead = leadSentences(paper.abstract.plain)));
  return lead;
}

/** A paper's page: everything it shows besides the abstract's HTML (which `digest` stands for). */
export interface PaperView {
  slug: string;
  title: string;
  /** The title as its entry writes it, formulas in TeX: what its citation gives (src/lib/cite.ts). */
  texTitle: string;
  /** Titles it was listed under before (a later listing retitled it), shown on its page and searchable. */
  formerTitles: string[];
  /** The entry's digest: a hash of its file and of the code that read it, so of its abstract as rendered and as text. */
  digest: string;
  /** The abstract as text with its formulas' TeX (`$tex$`), for `citation_abstract` and, with `plain`, the search's extra words. */
  text: string;
  /** The abstract as plain text, formulas written out (`O(n²)`). */
  plain: string;
  /** The start of the abstract as plain text, formulas written out (`O(n²)`): the page's description and `og:description`. */
  description: string;
  hasMath: boolean;
  keywords: string[];
  topics: Array<TopicRef & { description: string; byHand: boolean; terms: string[] }>;
  /** The first day it was listed on, which dates its citation; none when it is on undated listings only. */
  listed?: Day;
  /** The listings it appeared in (oldest first), its place in each, and its neighbours there. */
  appearances: Array<{ id: string; label: string; position: number; count: number; previous?: PaperLink; next?: PaperLink }>;
  related: Array<PaperLink & { sharedTerms: string[] }>;
}

/** A link to a paper: its slug and title. */
export interface PaperLink {
  slug: string;
  title: string;
}

const link = (paper: ArchivePaper | undefined): PaperLink | undefined => (paper === undefined ? undefined : { slug: paper.slug, title: paper.title });

/**
 * What a paper page's cache key is computed from: its view, each topic with
 * a fingerprint of its entry in the taxonomy (its description and terms) in
 * place of its description and the terms found in the paper ("why it is
 * filed here"), and no abstract. The terms found are a function of the
 * title, the abstract's text and the topic's own terms, so the key changes
 * whenever they would; finding them for every paper of every build cost
 * about half a second at 10,000 papers, where only the pages rendered need
 * them. A topic's description and terms (about 600 characters) are the same
 * on each of its papers' pages: hashed once a topic, not once a paper. The
 * abstract (as text, plain text and description) is the entry's, and the
 * entry's digest, in the view, is a hash of its file and of the code that
 * read it: hashing the abstract's 3 KB again for each of 10,000 papers on
 * every build only made the keys slower.
 */
export function paperKeyView(archive: Archive, paper: ArchivePaper) {
  const view = paperViewAround(archive, paper);
  return { ...view, topics: view.topics.map(({ description: _, ...topic }) => ({ ...topic, taxonomy: topicFingerprint(archive.topicById.get(topic.id)!) })) };
}

/** Each topic's fingerprint, made once a build: a topic is on the pages of each of its papers. */
const topicFingerprints = new WeakMap<Topic, string>();

/** A hash of a topic's entry in the taxonomy, every field of it. */
function topicFingerprint(topic: Topic): string {
  let fingerprint = topicFingerprints.get(topic);
  if (fingerprint === undefined) topicFingerprints.set(topic, (fingerprint = createHash('sha256').update(JSON.stringify(topic)).digest('base64url')));
  return fingerprint;
}

/** What `paper`'s page shows. */
export function paperView(archive: Archive, paper: ArchivePaper): PaperView {
  const view = paperViewAround(archive, paper);
  const terms = termsFoundByTopic({ title: paper.title, abstract: paper.abstract.text }, paper.topics, archive.compiledTaxonomy);
  return {
    ...view,
    text: paper.abstract.text,
    plain: paper.abstract.plain,
    description: snippet(paper.abstract.plain, 200),
    hasMath: paper.abstract.hasMath,
    topics: view.topics.map((topic) => ({ ...topic, terms: terms.get(topic.id)! })),
  };
}

/** A paper page's view without its abstract (which its digest stands for) and without the terms found for its topics. */
function paperViewAround(archive: Archive, paper: ArchivePaper) {
  const listings = [...new Set(paper.listings.map((a) => a.listing))].map((id) => archive.listingById.get(id)!);
  const listed = firstDay(paper);
  return {
    slug: paper.slug,
    title: paper.title,
    texTitle: paper.entry.data.title,
    formerTitles: paper.entry.data.formerTitles.map(titleText),
    digest: String(paper.entry.digest ?? ''),
    keywords: paper.keywords,
    topics: paper.topics.map((id) => {
      const topic = archive.topicById.get(id)!;
      return { id, name: topic.name, description: topic.description, byHand: !paper.entry.data.autoTopics.includes(id) };
    }),
    ...(listed === undefined ? {} : { listed }),
    appearances: listings.map((listing) => {
      const { previous, next } = neighbours(listing, paper.slug);
      return {
        id: listing.id,
        label: listingLabel(listing),
        position: placeInListing(listing, paper.slug) + 1,
        count: listing.papers.length,
        ...(previous ? { previous: link(previous)! } : {}),
        ...(next ? { next: link(next)! } : {}),
      };
    }),
    related: (archive.related.get(paper.slug) ?? []).map((r) => ({ slug: r.slug, title: archive.bySlug.get(r.slug)!.title, sharedTerms: r.sharedTerms })),
  };
}

/** A retired paper's page (README, "Retiring a paper"): what it was, why it was taken off, and when it was listed. */
export interface RetiredView {
  slug: string;
  title: string;
  /** The reason its entry gives. */
  reason: string;
  /** The labels of the listings it was on, each once: days oldest first, then undated listings. */
  listed: string[];
}

/** What a retired `paper`'s page shows; nothing of its abstract, its topics or other papers. */
export function retiredView(archive: Archive, paper: ArchivePaper): RetiredView {
  const listings = [...new Set(paper.listings.map((a) => a.listing))]
    .map((id) => archive.listingById.get(id)!)
    .sort((a, b) => Number(a.day === undefined) - Number(b.day === undefined) || compareStrings(a.id, b.id));
  return { slug: paper.slug, title: paper.title, reason: paper.retired ?? '', listed: listings.map(listingLabel) };
}

/** A listing as a link: its id and label. */
export interface ListingLink {
  id: string;
  label: string;
}

/** A listing's page: a day (or an undated dump), its papers in order, and the days before and after it. */
export interface ListingView extends ListingLink {
  day?: Day;
  /** An undated dump's date label (`Mar 14`), when it had one. */
  date?: string;
  sources: string[];
  papers: CardView[];
  /** The day before (older) and the day after (newer), for a day. */
  previous?: ListingLink;
  next?: ListingLink;
}

/** What `listing`'s page shows. */
export function listingView(archive: Archive, listing: Listing<ArchivePaper>): ListingView {
  const at = archive.days.indexOf(listing);
  const around = (other: Listing | undefined) => (other === undefined || at < 0 ? undefined : { id: other.id, label: listingLabel(other) });
  const previous = around(archive.days[at + 1]);
  const next = around(archive.days[at - 1]);
  return {
    id: listing.id,
    label: listingLabel(listing),
    ...(listing.day === undefined ? {} : { day: listing.day }),
    ...(listing.date === undefined ? {} : { date: listing.date }),
    sources: listing.sources,
    papers: listing.papers.map((p) => cardView(archive, p)),
    ...(previous ? { previous } : {}),
    ...(next ? { next } : {}),
  };
}

/** One page of a topic. */
export interface TopicPageView {
  topic: TopicRef & { description: string };
  /** Where the page stands; the topic's number of papers only on its first page, so that a day's papers leave the others as they were. */
  page: { number: number; count: number; total?: number };
  papers: CardView[];
}

/**
 * A topic's pages: its papers newest first, {@link TOPIC_PAGE_SIZE} to a
 * page counted from the oldest, the first page taking the newest and the
 * rest (up to twice as many; see `pagesFromTheEnd`).
 */
export function topicPageViews(archive: Archive, group: TopicGroup<ArchivePaper>): TopicPageView[] {
  const { id, name, description } = group.topic;
  return pagesFromTheEnd(group.papers, TOPIC_PAGE_SIZE).map(({ items, number, count }) => ({
    topic: { id, name, description },
    page: number === 1 ? { number, count, total: group.papers.length } : { number, count },
    papers: items.map((p) => cardView(archive, p, true)),
  }));
}

/** How many pages a topic of `papers` papers has (the sitemap lists them). */
export function topicPageCount(papers: number): number {
  return endPageCount(papers, TOPIC_PAGE_SIZE);
}

/** One page of the A–Z index. */
export interface AzPageView {
  page: PageInfo;
  runs: Array<{ letter: string; starts: boolean; papers: PaperLink[] }>;
  /** Where each letter starts, for the letter navigation on every page. */
  letters: LetterStart[];
}

/** The A–Z index's pages. */
export function azPageViews(archive: Archive): AzPageView[] {
  const { pages, letters } = azPages(archive.papers);
  return pages.map(({ runs, ...page }) => ({ page, runs: runs.map((r) => ({ ...r, papers: r.papers.map((p) => link(p)!) })), letters }));
}

/** A day in the listings index: link, label and paper count. */
export interface DayLink extends ListingLink {
  day: Day;
  count: number;
}

/** The listings index for a year: its calendar and its days by month, newest first. */
export interface YearView {
  /** The year shown; none when the archive has no dated listing (then only its undated listings are shown). */
  year: number | undefined;
  /** Every year of the archive, newest first (more than one: each has its page). */
  years: number[];
  /** The route id of each year's calendar page (`2025`, or `calendar-2025`: see yearRouteId). */
  yearIds: Record<string, string>;
  calendar: CalendarYear | undefined;
  /** Each month's days; its `count` is the papers it lists, each once (a paper on two of its days is one). */
  months: Array<{ month: string; label: string; count: number; days: DayLink[] }>;
  /** The papers the year's days list, each once. */
  papers: number;
  /** The places in the year's day lists: a paper listed on two days counts twice (the sum of the days' counts). */
  listed: number;
  /** Undated listings, shown with the latest year. */
  undated: Array<ListingLink & { count: number }>;
  /** The papers the undated listings hold, each once, and their places in them. */
  undatedPapers: number;
  undatedListed: number;
}

/** How many papers `listings` hold, each once, and how many places in them they fill. */
function paperCounts(listings: ReadonlyArray<{ papers: ReadonlyArray<{ slug: string }> }>): { papers: number; listed: number } {
  const slugs = new Set(listings.flatMap((l) => l.papers.map((p) => p.slug)));
  return { papers: slugs.size, listed: listings.reduce((n, l) => n + l.papers.length, 0) };
}

/** The listings index of `year`; with no year (an archive with no dated listing), its undated listings alone. */
export function yearView(archive: Archive, year: number | undefined): YearView {
  const counts = new Map(archive.days.map((l) => [l.day!, l.papers.length]));
  const max = Math.max(1, ...counts.values());
  const months: YearView['months'] = [];
  const yearDays = year === undefined ? [] : archive.days.filter((l) => l.day!.startsWith(`${year}-`));
  for (const listing of yearDays) {
    const day = listing.day!;
    let month = months.at(-1);
    if (month?.month !== monthOf(day)) {
      month = { month: monthOf(day), label: formatMonth(day), count: 0, days: [] };
      months.push(month);
    }
    month.days.push({ id: listing.id, day, label: formatDay(day), count: listing.papers.length });
  }
  for (const month of months) month.count = paperCounts(yearDays.filter((l) => monthOf(l.day!) === month.month)).papers;
  const latest = year === (archive.years[0] ?? year);
  const undated = latest ? archive.listings.filter((l) => l.day === undefined) : [];
  const inYear = paperCounts(yearDays);
  const inUndated = paperCounts(undated);
  return {
    year,
    years: archive.years,
    yearIds: Object.fromEntries(archive.listingRoutes.flatMap((r) => (r.kind === 'year' ? [[String(r.year), r.id]] : []))),
    calendar: year === undefined ? undefined : calendarYear(year, counts, max),
    months,
    papers: inYear.papers,
    listed: inYear.listed,
    undated: undated.map((l) => ({ id: l.id, label: listingLabel(l), count: l.papers.length })),
    undatedPapers: inUndated.papers,
    undatedListed: inUndated.listed,
  };
}

/**
 * The line under the listings index's title (`2025: 69 days listing 10,150
 * papers (11,249 counting a paper once for each day it is on)`) and the
 * page's meta description. Papers are counted once, as on the home page; a
 * paper on several days (or listings) is counted again only where that is said.
 */
export function yearSummary(view: YearView): { summary: string; description: string } {
  const papersOf = (papers: number, listed: number, each: string) =>
    `${countOf(papers, 'paper', 'papers')}${listed > papers ? ` (${formatCount(listed)} counting a paper once for each ${each} it is on)` : ''}`;
  // An archive with no dated listing has no year to show: its undated listings are all there is.
  if (view.year === undefined) {
    const summary = `${countOf(view.undated.length, 'listing', 'listings')} without a day, of ${papersOf(view.undatedPapers, view.undatedListed, 'listing')}`;
    return { summary, description: `Every listing of Daily Papers in the archive: ${summary}.` };
  }
  const days = view.months.reduce((n, m) => n + m.days.length, 0);
  const dated = `${countOf(days, 'day', 'days')} listing ${papersOf(view.papers, view.listed, 'day')}`;
  return { summary: `${view.year}: ${dated}`, description: `Every day of Daily Papers in the archive for ${view.year}, newest first: ${dated}.` };
}
