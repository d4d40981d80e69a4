import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Topic } from '../format/taxonomy-schema.ts';
import { compileTaxonomy, type CompiledTaxonomy } from '../format/topic-terms.ts';
import { problemAt, ProblemsError } from '../format/problem.ts';
import { siteConfig, type SiteConfig } from '../config.ts';
import type { Urls } from '../lib/urls.ts';
import { entryAbstract, type AbstractText } from '../format/abstract-text.ts';
import { titleText } from '../format/title-text.ts';
import { byRecency, byTitle, firstDay, groupByListing, groupByTopic, type Listing, type PaperSummary, type TopicGroup } from '../lib/group-papers.ts';
import { relatedPapers, type RelatedPaper } from '../lib/related.ts';
import { listingsOnShow, papersOnShow } from '../lib/retired.ts';
import { checkPublishedTopics, planListingRoutes, planPaperRoutes, type ListingRoute, type PaperRoute } from '../lib/permalinks.ts';

/** A paper with everything its pages need, computed once per build. */
export interface ArchivePaper extends PaperSummary {
  entry: CollectionEntry<'papers'>;
  aliases: string[];
  abstract: AbstractText;
  /** Why the paper was retired (README, "Retiring a paper"); none for a paper on show. */
  retired: string | undefined;
}

/** The whole archive, loaded and cross-referenced once per build. */
export interface Archive {
  config: SiteConfig;
  urls: Urls;
  /** The papers on show (every one not retired), A–Z by title: what every page that lists papers lists. */
  papers: ArchivePaper[];
  /** The papers on show, newest first: by the latest day each was listed on, then listing order. */
  recent: ArchivePaper[];
  /** The papers on show by slug. */
  bySlug: Map<string, ArchivePaper>;
  /** The retired papers by slug: each keeps its URL, which answers with a notice, and is listed nowhere. */
  retiredBySlug: Map<string, ArchivePaper>;
  /** Topics with papers, in taxonomy order, each topic's papers newest first: the topics the site lists. */
  topics: TopicGroup<ArchivePaper>[];
  /**
   * Every topic of the taxonomy, with its papers (none, for some): each has
   * a page and a feed, so that a topic's URL keeps working when its last
   * paper is filed elsewhere, as long as the taxonomy has it.
   */
  topicPages: TopicGroup<ArchivePaper>[];
  topicById: Map<string, Topic>;
  /** The taxonomy's terms, compiled once, to explain why a paper is filed under a topic. */
  compiledTaxonomy: CompiledTaxonomy;
  /** Listings with a paper on show, each with its papers on show: days newest first, then undated listings. */
  listings: Listing<ArchivePaper>[];
  /** Every listing an entry names, those whose every paper is retired too (no page lists them, but their URLs answer). */
  listingById: Map<string, Listing<ArchivePaper>>;
  /** The dated listings alone, newest first. */
  days: Listing<ArchivePaper>[];
  /** The years the days fall in, newest first. */
  years: number[];
  related: Map<string, RelatedPaper[]>;
  /** Every `/papers/<slug>/` URL: pages and alias redirects. */
  routes: PaperRoute[];
  /** Every `/listings/<id>/` URL: listing pages, years of the calendar and redirects of listings that moved. */
  listingRoutes: ListingRoute[];
}

let cached: Promise<Archive> | undefined;

/** Loads the archive (memoised: every page of a build shares one copy). */
export function getArchive(): Promise<Archive> {
  cached ??= loadArchive();
  return cached;
}


async function loadArchive(): Promise<Archive> {
  const config = siteConfig;
  const taxonomy = (await getCollection('topics')).sort((a, b) => a.data.order - b.data.order).map(({ data: { order: _, ...topic } }) => topic);
  const published = (await getCollection('published')).map((entry) => entry.id);
  const publishedListings = (await getCollection('publishedListings')).map((entry) => ({ id: entry.id, to: entry.data.to }));
  const publishedTopics = (await getCollection('publishedTopics')).map((entry) => entry.id);
  const entries = await getCollection('papers');

  const everyPaper = byTitle(
    entries.map((entry): ArchivePaper => ({
      entry,
      slug: entry.data.slug,
      // As readers read it everywhere it is shown: its formulas, kept as written, in plain text.
      title: titleText(entry.data.title),
      topics: entry.data.topics,
      keywords: entry.data.keywords,
      listings: entry.data.listings,
      aliases: entry.data.aliases,
      abstract: entryAbstract(entry),
      retired: entry.data.retired,
    })),
  );
  const papers = papersOnShow(everyPaper);

  // Before the entries' topics: a topic renamed without its old id in `aliases` is told the fix (the alias) that also files the entries still naming it.
  checkPublishedTopics(taxonomy, publishedTopics, config.content.manifest);
  const topicById = new Map(taxonomy.map((t) => [t.id, t]));
  const unknown = everyPaper.filter((p) => p.topics.some((t) => !topicById.has(t)));
  if (unknown.length > 0) {
    // Rare: the reader for lines is loaded only then. Each entry named as the content loader names it, at the topic's line.
    const { frontmatterItemLine } = await import('../format/frontmatter.ts');
    const problems = unknown.flatMap((p) => {
      const file = path.join(config.content.papers, `${p.slug}.mdx`);
      const source = readEntryText(file);
      const expected = taxonomy.map((x) => `\`${x.id}\``).join(', ');
      return p.topics.filter((t) => !topicById.has(t)).map((t) => problemAt(file, frontmatterItemLine(source, 'topics', t), `topic \`${t}\` is not in topics.yaml (expected one of ${expected})`));
    });
    // Entries name topics by id (no Astro reference, whose check only logs, once per entry): a paper filed under a topic that has no page stops the build here.
    throw new ProblemsError(problems, { heading: 'Papers name unknown topics:' });
  }

  const routes = planPaperRoutes(
    everyPaper.map((p) => ({ slug: p.slug, aliases: p.aliases, file: p.entry.filePath })),
    published,
    config.content.manifest,
  );
  // Grouped with the retired papers, then without them: a listing whose every paper is retired keeps its (published) URL.
  const { onShow: listings, emptied } = listingsOnShow(groupByListing(everyPaper));
  const days = listings.filter((l) => l.day !== undefined);
  const yearsOf = (dated: readonly Listing[]) => [...new Set(dated.flatMap((l) => (l.day === undefined ? [] : [Number(l.day.slice(0, 4))])))];
  const years = yearsOf(days);
  // A year whose every paper is retired keeps its calendar's URL, as an emptied listing keeps its own; no page links it.
  const calendarYears = yearsOf([...listings, ...emptied]);
  const recent = byRecency(listings);
  const topicPages = groupByTopic(recent, taxonomy);
  return {
    config,
    urls: config.urls,
    papers,
    recent,
    bySlug: new Map(papers.map((p) => [p.slug, p])),
    retiredBySlug: new Map(everyPaper.filter((p) => p.retired !== undefined).map((p) => [p.slug, p])),
    topics: topicPages.filter((group) => group.papers.length > 0),
    topicPages,
    topicById,
    compiledTaxonomy: compileTaxonomy({ topics: taxonomy }),
    listings,
    listingById: new Map([...listings, ...emptied].map((l) => [l.id, l])),
    days,
    years,
    related: relatedPapers(papers.map((p) => ({ slug: p.slug, title: p.title, text: p.abstract.prose, firstListed: firstDay(p) }))),
    routes,
    // A calendar page per year only when there is more than one: /listings/ shows the latest.
    listingRoutes: planListingRoutes(
      [...listings, ...emptied].map((l) => l.id),
      calendarYears.length > 1 ? calendarYears : [],
      publishedListings,
      config.content.manifest,
    ),
  };
}

/** An entry's text, for a message's line: none when it cannot be read (the message then names the file alone). */
function readEntryText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
